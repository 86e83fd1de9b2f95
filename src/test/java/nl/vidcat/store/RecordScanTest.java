package nl.vidcat.store;

import nl.vidcat.io.VidcatException;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable record files and stray copies are listed, explained in plain words, and never overwritten. */
class RecordScanTest {

    static final String ID = "breuken-vereenvoudigen-00000000";

    @TempDir
    Path tmp;
    Catalog c;

    @BeforeEach
    void catalog() throws IOException {
        c = Catalog.openOrCreate(tmp.resolve("cat"));
    }

    static void keywordsAsText(Catalog c, String id) throws IOException {
        RecordFixtures.keywordsAsText(c.recordFile(id));
    }

    static void cutOff(Catalog c, String id) throws IOException {
        RecordFixtures.cutOff(c.recordFile(id));
    }

    @Test
    void wrongTypeIsExplainedWithFieldFoundExpectedAndLine() throws IOException {
        c.save(RecordFixtures.sample(ID));
        keywordsAsText(c, ID);
        int line = lineOf(c.recordFile(ID), "\"keywords\"");
        RecordScan scan = c.scan();
        assertEquals(List.of(), scan.records());
        RecordScan.Unreadable u = scan.unreadable().get(0);
        assertEquals(ID, u.id());
        assertEquals("records/" + ID + ".json line " + line
                + ": 'metadata.keywords' should be a list of texts but is a text (\"a, b\")", u.message());
        plainWords(u.message());
    }

    @Test
    void cutOffFileSaysWhereItEnds() throws IOException {
        c.save(RecordFixtures.sample(ID));
        cutOff(c, ID);
        long lines = Files.readString(c.recordFile(ID)).lines().count();
        String m = c.scan().unreadable().get(0).message();
        assertEquals("records/" + ID + ".json ends at line " + lines + " in the middle of the record (cut off?)", m);
    }

    @Test
    void otherMistakesAreExplainedToo() throws IOException {
        assertMessage("{\n  \"id\" : \"" + ID + "\",\n  \"status\" : \"goedgekeurd\"\n}\n",
                "line 3: 'status' cannot be used: unknown review status 'goedgekeurd'");
        assertMessage("{\n  \"id\" : \"" + ID + "\",\n  \"schemaVersion\" : \"een\"\n}\n",
                "line 3: 'schemaVersion' should be a whole number but is a text (\"een\")");
        assertMessage("{\n  \"id\" : \"" + ID + "\"\n  \"status\" : \"draft\"\n}\n",
                "line 3: is not valid JSON here: unexpected character '\"'");
        assertMessage("{\n  \"id\" : \"" + ID + "\",\n  \"metadata\" : {\"years\" : [1, \"twee\"]}\n}\n",
                "line 3: 'metadata.years[2]' should be a whole number but is a text (\"twee\")");
        assertMessage("{\n  // a note\n  \"id\" : \"" + ID + "\"\n}\n",
                "line 2: is not valid JSON here: unexpected character '/': maybe a (non-standard) comment?");
        assertMessage("", "records/" + ID + ".json is empty");
    }

    private void assertMessage(String json, String expected) throws IOException {
        Files.writeString(c.recordFile(ID), json);
        String m = c.scan().unreadable().get(0).message();
        assertTrue(m.contains(expected), m);
        plainWords(m);
    }

    /** What users must never see: Java and Jackson internals. */
    static void plainWords(String message) {
        for (String internal : List.of("com.fasterxml", "java.", "Feature", "Cannot construct", "`", "[Source",
                "code 34", "ArrayList", "token")) {
            assertFalse(message.contains(internal), message);
        }
    }

    @Test
    void strayCopyNeverShadowsTheRecordAndIsNamedOnce() throws IOException {
        VideoRecord r = RecordFixtures.sample(ID);
        c.save(r);
        Files.copy(c.recordFile(ID), c.recordsDir().resolve("kopie.json"));
        RecordScan scan = c.scan();
        assertEquals(List.of(r), scan.records());
        assertEquals(1, scan.strays().size());
        assertEquals(List.of("records/kopie.json is a stray copy of record '" + ID + "' (the record itself is records/"
                + ID + ".json); it is ignored: remove it or move it out of the records folder"), scan.problems());
        assertFalse(scan.complete());

        Files.delete(c.recordFile(ID));
        RecordScan alone = c.scan();
        assertEquals(List.of(), alone.records());
        assertTrue(alone.problems().get(0).contains("is not named " + ID + ".json"), alone.problems().toString());
    }

    @Test
    void saveNeverReplacesAnUnreadableRecord() throws IOException {
        c.save(RecordFixtures.sample(ID));
        keywordsAsText(c, ID);
        byte[] before = Files.readAllBytes(c.recordFile(ID));
        VidcatException e = assertThrows(VidcatException.class,
                () -> c.save(RecordFixtures.sample(ID).withStatus(ReviewStatus.DRAFT, RecordFixtures.T0)));
        assertEquals(VidcatException.FINDINGS, e.exitCode());
        assertTrue(e.getMessage().contains("'metadata.keywords' should be a list of texts"), e.getMessage());
        assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(c.recordFile(ID)));
        VidcatException find = assertThrows(VidcatException.class, () -> c.find(ID));
        plainWords(find.getMessage());
    }

    @Test
    void sourceHashIsRecoveredFromARecordThatDoesNotBind() throws IOException {
        c.save(RecordFixtures.sample(ID));
        keywordsAsText(c, ID);
        assertEquals("0".repeat(64), RecordScan.sourceSha256(c.recordFile(ID)).orElseThrow());
        Files.writeString(c.recordFile(ID), "{\n  \"id\" : \"" + ID + "\",\n  \"metad", StandardCharsets.UTF_8);
        assertTrue(RecordScan.sourceSha256(c.recordFile(ID)).isEmpty());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
