package nl.vidcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large-folder path of the listing, with runs of a few names instead of {@value RecordListing#RUN} so it is
 * exercised on a handful of names: same order as sorting in memory, nothing left in the temp folder.
 */
class RecordListingTest {

    @TempDir
    Path tmp;

    @Test
    void spilledRunsMergeToTheSameOrderAsOneSort() throws Exception {
        List<String> names = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            // accents, other scripts and shared prefixes: the merge must order them exactly as String.compareTo
            String[] stems = {"breuken", "Breuken", "één-op-één", "الكسور", "κλάσματα", "a", "z"};
            names.add(stems[random.nextInt(stems.length)] + "-" + Integer.toHexString(random.nextInt(5000)) + ".json");
        }
        List<String> expected = new ArrayList<>(names);
        Collections.sort(expected);
        Path dir = tmp.resolve("records");
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        for (int run : new int[] {1, 7, 999, 1000, 1001}) {
            List<Path> listed = RecordListing.sorted(dir, names.iterator(), run, scratch);
            assertEquals(expected.size(), listed.size(), "run " + run);
            assertEquals(expected.stream().map(dir::resolve).toList(), List.copyOf(listed), "run " + run);
            assertEquals(dir.resolve(expected.get(999)), listed.get(999));
            assertThrows(IndexOutOfBoundsException.class, () -> listed.get(1000));
            try (Stream<Path> left = Files.list(scratch)) {
                assertEquals(List.of(), left.toList(), "temp files are gone once mapped");
            }
        }
        assertEquals(List.of(), RecordListing.sorted(dir, List.<String>of().iterator(), 3, scratch));
    }

    @Test
    void aLargeFolderIsStreamedThroughTheDiskOrInMemoryWhenTheTempFolderFails() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = "r-" + String.format("%08x", i * 7919 % 300) + ".json";
            Files.writeString(dir.resolve(name), "{}");
            expected.add(name);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a record");
        Collections.sort(expected);
        List<Path> want = expected.stream().map(dir::resolve).toList();
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        // directory size 0 and above: every folder counts as large
        assertEquals(want, List.copyOf(RecordListing.of(dir, n -> n.endsWith(".json"), 0, 16, scratch)));
        assertEquals(want, RecordListing.of(dir, n -> n.endsWith(".json")), "the in-memory way agrees");
        // a temp folder that cannot take the runs (here: missing) falls back to memory, it does not fail the stage
        assertEquals(want, RecordListing.of(dir, n -> n.endsWith(".json"), 0, 16, tmp.resolve("no-such-dir")));
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
