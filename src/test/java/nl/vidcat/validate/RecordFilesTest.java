package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad record files on purpose: each is one finding at its location, never an exception, and the rest goes on. */
class RecordFilesTest {

    @TempDir
    Path tmp;

    private Finding single(Path file) throws IOException {
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.records(List.of(file), CatalogContext.NONE));
        List<Finding> f = c.findings().stream().filter(x -> x.rule() != Rules.SUBTITLES).toList();
        assertEquals(1, f.size(), () -> c.ruleIds().toString());
        return f.get(0);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] record() {
        return Json.pretty(ValidateFixtures.clean("breuken-vereenvoudigen-00000000"));
    }

    @Test
    void brokenJsonIsAFindingWithItsLine() throws IOException {
        Path f = write("kapot.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \"kapot\"\n  \"status\": \"draft\"\n}\n"
                .getBytes(StandardCharsets.UTF_8));
        Finding x = single(f);
        assertEquals(Rules.UNREADABLE, x.rule());
        assertEquals(4, x.location().line());
        assertTrue(x.nl().startsWith("Geen geldige JSON (regel 4"), x.nl());
    }

    @Test
    void byteOrderMarksAreFine() throws IOException {
        String json = new String(record(), StandardCharsets.UTF_8);
        Path utf8 = write("bom8.json", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                json.getBytes(StandardCharsets.UTF_8)));
        Path utf16 = write("bom16.json", json.getBytes(StandardCharsets.UTF_16)); // Java writes a BOM
        assertEquals(List.of(), ValidateFixtures.run(Source.records(List.of(utf8), CatalogContext.NONE)).ruleIds());
        assertEquals(List.of(), ValidateFixtures.run(Source.records(List.of(utf16), CatalogContext.NONE)).ruleIds());
    }

    @Test
    void windows1252IsReportedWithAHint() throws IOException {
        String json = new String(record(), StandardCharsets.UTF_8).replace("Breuken vereenvoudigen\"",
                "Breuken vereenvoudigen (één)\"");
        Finding x = single(write("cp1252.json", json.getBytes(Charset.forName("windows-1252"))));
        assertEquals(Rules.UNREADABLE, x.rule());
        assertTrue(x.nl().contains("UTF-8"), x.nl());
        assertEquals(5, x.location().line());
    }

    @Test
    void emptyTruncatedAndTrailingGarbage() throws IOException {
        assertEquals(Rules.UNREADABLE, single(write("leeg.json", new byte[0])).rule());
        byte[] full = record();
        byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
        assertEquals(Rules.UNREADABLE, single(write("half.json", half)).rule());
        Finding merge = single(write("twee.json", concat(full, full)));
        assertEquals(Rules.UNREADABLE, merge.rule(), "two records in one file (a bad merge)");
    }

    @Test
    void repeatedKeysAreRejected() throws IOException {
        String json = new String(record(), StandardCharsets.UTF_8).replace("\"status\" : \"draft\"",
                "\"status\" : \"draft\",\n  \"status\" : \"approved\"");
        Finding x = single(write("dubbel.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Rules.UNREADABLE, x.rule());
        assertTrue(x.en().contains("status"), x.en());
    }

    @Test
    void directoriesUnreadableAndHugeFilesAreFindings() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("map.json"));
        assertTrue(single(dir).en().contains("cannot be read"));
        Path huge = tmp.resolve("huge.json");
        Files.write(huge, new byte[(int) RecordFiles.MAX_RECORD_BYTES + 1]);
        assertTrue(single(huge).nl().contains("MB"));
        Path locked = write("locked.json", record());
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) { // root can read anything
            assertTrue(single(locked).en().contains("permission denied"));
        }
    }

    @Test
    void aRecordThatVanishesMidRunIsAFinding() throws IOException {
        Path gone = tmp.resolve("weg.json");
        Finding x = single(gone);
        assertEquals(Rules.UNREADABLE, x.rule());
        assertNull(x.location().line());
    }

    @Test
    void outputFollowsInputOrderWhateverTheThreads() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("cat"));
        for (int i = 0; i < 300; i++) {
            VideoRecord r = ValidateFixtures.edit(RecordFixtures.sample(String.format("video-%04d", i)), m -> {
                m.title = "Uitleg nummer " + Integer.toString(m.hashCode());
                m.years = List.of(1 + (m.title.length() % 7));
            });
            Files.write(cat.recordFile(r.id()), Json.pretty(r)); // no fsync per file: a test, not a crash
        }
        Files.writeString(cat.recordsDir().resolve("video-0150.json"), "{ kapot");
        List<String> one = names(ValidateFixtures.run(List.of(Source.catalog(cat)), 1));
        List<String> four = names(ValidateFixtures.run(List.of(Source.catalog(cat)), 4));
        assertEquals(one, four);
        assertEquals(300, ValidateFixtures.run(List.of(Source.catalog(cat)), 3).summary.items());
        List<String> sorted = new ArrayList<>(one.subList(0, 300));
        sorted.sort(null);
        assertEquals(sorted, one.subList(0, 300));
    }

    private static List<String> names(ValidateFixtures.Collected c) {
        return c.items.stream().map(i -> i.file() + " " + i.findings().stream().map(f -> f.rule().id()).toList())
                .toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
