package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    static final String ID = "breuken-00000001";

    @TempDir
    Path tmp;
    Catalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        catalog.save(RecordFixtures.sample(ID), "ingest");
    }

    CliRun.Result vidcat(String... args) {
        return CliRun.inCatalog(catalog.dir(), args);
    }

    CliRun.Result approve() {
        return vidcat("review", ID, "--reviewer", "J. de Vries", "--scores",
                "content=4,didactics=5,usability=3,copyright=ok", "--decision", "approve");
    }

    static String line(CliRun.Result r, String start) {
        return r.out().lines().filter(l -> l.trim().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + start + "' in:\n" + r.out()));
    }

    @Test
    void unknownIdIsAUsageErrorAndAnUnchangedRecordSaysSo() {
        CliRun.Result r = vidcat("history", "bestaat-niet-00000009");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("no record with id 'bestaat-niet-00000009'"), r.err());
        r = vidcat("history", "../records");
        assertEquals(2, r.code(), r.all());
        r = vidcat("history", ID);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("has no earlier versions"), r.out());
    }

    @Test
    void listsWhatEachChangeReplacedAsTextAndJson() throws IOException {
        assertEquals(0, approve().code());
        CliRun.Result r = vidcat("history", ID);
        assertEquals(0, r.code(), r.all());
        String line = line(r, "1 ");
        assertTrue(line.contains("ingest") && line.contains("draft") && line.contains("Breuken vereenvoudigen"), line);
        line = line(r, "2*");
        assertTrue(line.contains("review") && line.contains("approved"), line);

        r = vidcat("history", ID, "--format", "json");
        assertEquals(0, r.code(), r.all());
        JsonNode versions = Json.mapper().readTree(r.out());
        assertEquals(2, versions.size());
        assertEquals("review", versions.get(0).get("writtenBy").asText());
        assertTrue(versions.get(0).get("current").asBoolean());
        assertEquals(1, versions.get(0).get("reviews").asInt());
    }

    @Test
    void restoresAnUnreadableRecordAndTheRestoreIsUndoable() throws IOException {
        assertEquals(0, approve().code());
        byte[] approved = Files.readAllBytes(catalog.recordFile(ID));
        Files.writeString(catalog.recordFile(ID), "{ \"schemaVersion\" : 1, \"id\" : \"" + ID + "\", \"reviews\" : ");

        CliRun.Result r = vidcat("history", ID);
        assertEquals(0, r.code(), r.all());
        r = vidcat("restore", ID);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Restored version 2 of " + ID), r.out());
        VideoRecord now = catalog.find(ID).orElseThrow();
        assertEquals(ReviewStatus.APPROVED, now.status());
        assertEquals(1, now.reviews().size());

        r = vidcat("history", ID);
        String found = line(r, "3 ");
        assertTrue(found.contains("found") && found.contains("unreadable"), found);
        r = vidcat("restore", ID, "--version", "3");
        assertEquals(2, r.code(), "an unreadable version is not put back: " + r.all());
        r = vidcat("restore", ID, "--version", "2");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("already is version 2"), r.out());
        assertTrue(java.util.Arrays.equals(approved, Files.readAllBytes(catalog.recordFile(ID))));
    }

    @Test
    void badVersionOrNothingToRestoreIsAUsageError() {
        CliRun.Result r = vidcat("restore", ID);
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("no readable earlier version"), r.err());
        assertEquals(0, approve().code());
        r = vidcat("restore", ID, "--version", "9");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("has no version 9"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void restoreWaitsForNoOneAndTouchesNothingWhileTheCatalogIsBusy() throws IOException {
        assertEquals(0, approve().code());
        byte[] before = Files.readAllBytes(catalog.recordFile(ID));
        try (nl.vidcat.store.CatalogLock lock = catalog.lock("ingest", java.time.Duration.ZERO)) {
            CliRun.Result r = vidcat("restore", ID);
            assertEquals(2, r.code(), r.all());
            assertTrue(r.err().contains("in use"), r.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(catalog.recordFile(ID))));
    }

    @Test
    void controlCharactersOfATitleAreNotPrintedRaw() throws IOException {
        VideoRecord r = RecordFixtures.sample(ID, "Titel\u001b]0;pwned\u0007 \u202egnp.exe", "wiskunde", "havo", "1",
                "KD22");
        catalog.save(r, "ingest");
        catalog.save(RecordFixtures.sample(ID), "ingest");
        CliRun.Result out = vidcat("history", ID);
        assertEquals(0, out.code(), out.all());
        assertTrue(out.out().contains("Titel<U+001B>]0;pwned<U+0007> <U+202E>gnp.exe"), out.out());
        assertFalse(out.out().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), out.out());
    }
}
