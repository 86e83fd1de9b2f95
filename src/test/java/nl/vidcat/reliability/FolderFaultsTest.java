package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.cli.CliRun;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A catalog on a read-only file system, in a folder the user may not write, or on a full disk: writing commands say
 * so in one sentence with exit 2 (full disk: exit 1 and "out of disk space"), reading commands still work, and no
 * stack trace or "internal error" ever reaches the console.
 */
@Tag("slow")
class FolderFaultsTest {

    @TempDir
    static Path tmp;
    static Path in;
    static Path cat;
    static String id;

    @BeforeAll
    static void catalog() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("klein-1.mp4"), 160, 120, 1, true);
        VideoFixtures.clip(in.resolve("klein-2.mp4"), 176, 144, 1, true);
        cat = tmp.resolve("catalog");
        CliRun.Result r = CliRun.run("ingest", in.toString(), "--catalog", cat.toString());
        assertTrue(r.code() <= 1, r.all());
        id = Catalog.open(cat).records().getFirst().id();
        assertEquals(0, CliRun.run("index", "--catalog", cat.toString()).code());
    }

    @Test
    void writingCommandsOnAReadOnlyCatalogAreUsageErrors() throws Exception {
        for (List<String> cmd : List.of(List.of("ingest", in.toString()), List.of("transcode"), List.of("thumbnails"),
                List.of("index"), List.of("run", in.toString()), List.of("review", id, "--reviewer", "Jan",
                        "--scores", "content=4,didactics=5,usability=3,copyright=ok", "--decision", "approve"))) {
            String out = readOnly(2, cmd);
            assertTrue(out.contains("catalog " + cat.toAbsolutePath() + " is on a read-only file system"), out);
            assertEquals(1, out.strip().lines().count(), "one sentence: " + out);
        }
    }

    @Test
    void readingCommandsWorkOnAReadOnlyCatalog() throws Exception {
        readOnly(1, List.of("validate"));
        readOnly(0, List.of("search", "klein"));
        readOnly(0, List.of("review", "--pending"));
        Path sheet = tmp.resolve("sheet");
        readOnly(0, List.of("export", "--format", "csv", "--include-unreviewed", "--out", sheet.toString()));
        try (Stream<Path> files = Files.list(sheet)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".csv")), "the sheet was written");
        }
    }

    @Test
    void reportOfAReadOnlyCatalogPointsAtOut() throws Exception {
        String out = readOnly(2, List.of("report"));
        assertTrue(out.contains("--out"), out);
        readOnly(0, List.of("report", "--out", tmp.resolve("report").toString()));
    }

    @Test
    void aCatalogTheUserMayNotWriteIsAUsageError() throws Exception {
        Path mine = tmp.resolve("not-mine");
        copy(cat, mine);
        chmodTree(mine, "a-w");
        try {
            Path log = tmp.resolve("perm.log");
            int code = ChildVidcat.run(FolderFaults.withoutPermissionOverride(ChildVidcat.builder(log, "--catalog",
                    mine.toString(), "ingest", in.toString())));
            String out = Files.readString(log);
            assertEquals(2, code, out);
            assertTrue(out.contains("is not writable for this user"), out);
            assertClean(out);
        } finally {
            chmodTree(mine, "u+w");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"transcode", "thumbnails"})
    void fullDiskDuringMediaWorkIsSaidInWords(String stage) throws Exception {
        Path mine = tmp.resolve("full-" + stage);
        copy(bigCatalog(), mine);
        Path log = tmp.resolve(stage + ".log");
        int code = ChildVidcat.run(FolderFaults.onFullDisk(mine, ROOM_FOR_RECORDS, ChildVidcat.builder(log, "--catalog",
                mine.toString(), stage)));
        String out = Files.readString(log);
        assertEquals(1, code, out);
        assertTrue(out.contains("out of disk space"), out);
        assertClean(out);
        CatalogConsistency.assertNoTempFiles(mine);
    }

    @Test
    void aFileSizeLimitDuringTranscodeIsSaidLikeAFullDisk() throws Exception {
        Path mine = tmp.resolve("limited");
        copy(bigCatalog(), mine);
        Path log = tmp.resolve("limited.log");
        // ffmpeg meets the limit as SIGXFSZ, not as an error message
        int code = ChildVidcat.run(ChildVidcat.withFileSizeLimit(ROOM_FOR_RECORDS, log, "--catalog", mine.toString(),
                "transcode"));
        String out = Files.readString(log);
        assertEquals(1, code, out);
        assertTrue(out.contains("out of disk space (File too large)"), out);
        assertClean(out);
    }

    /** Room for the record (so the failure is recorded) but not for a rendition or a poster. */
    private static final int ROOM_FOR_RECORDS = 24;

    /** A catalog of one video big enough that its renditions and posters need room. */
    private static synchronized Path bigCatalog() throws IOException {
        Path bigCat = tmp.resolve("big-catalog");
        if (!Files.isDirectory(bigCat)) {
            Path big = Files.createDirectories(tmp.resolve("big"));
            VideoFixtures.clip(big.resolve("groot.mp4"), 640, 480, 2, true);
            assertTrue(CliRun.run("ingest", big.toString(), "--catalog", bigCat.toString()).code() <= 1);
        }
        return bigCat;
    }

    /** Runs {@code args} on the read-only catalog, checks the exit code and a clean console, returns the output. */
    private static String readOnly(int expected, List<String> args) throws Exception {
        Path log = tmp.resolve("ro.log");
        String[] all = Stream.concat(Stream.of("--catalog", cat.toString()), args.stream()).toArray(String[]::new);
        int code = ChildVidcat.run(FolderFaults.readOnly(cat, ChildVidcat.builder(log, all)));
        String out = Files.readString(log);
        assertEquals(expected, code, args + ": " + out);
        assertClean(out);
        return out;
    }

    private static void assertClean(String out) {
        assertFalse(out.contains("Exception") || out.contains("\tat ") || out.contains("internal error"),
                "no stack trace, no internal error: " + out);
    }

    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("cp", "-a", from.toString(), to.toString()).start().waitFor());
    }

    private static void chmodTree(Path dir, String mode) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("chmod", "-R", mode, dir.toString()).start().waitFor());
    }
}
