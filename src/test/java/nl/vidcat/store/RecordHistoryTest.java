package nl.vidcat.store;

import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordHistoryTest {

    static final String ID = "breuken-00000001";

    @TempDir
    Path tmp;
    Catalog catalog;
    RecordHistory history;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        history = catalog.history();
    }

    VideoRecord titled(String title) {
        VideoRecord r = RecordFixtures.sample(ID);
        Metadata m = r.metadata();
        return r.withMetadata(m.toBuilder().title(title).build(), r.origin(), RecordFixtures.T0);
    }

    static Review review(String who, String decision) {
        return new Review(who, Instant.parse("2026-10-01T09:00:00Z"), Map.of("content", "4"), decision, null);
    }

    byte[] recordBytes() throws IOException {
        return Files.readAllBytes(catalog.recordFile(ID));
    }

    @Test
    void everyChangeKeepsTheBytesItReplacesNewestFirst() throws IOException {
        catalog.save(titled("Een"), "ingest");
        byte[] first = recordBytes();
        catalog.save(titled("Twee"), "ingest");
        byte[] second = recordBytes();
        catalog.save(titled("Twee").withReview(review("J. de Vries", "approve"), ReviewStatus.APPROVED,
                RecordFixtures.T0), "review");

        List<RecordHistory.Version> versions = history.versions(ID);
        assertEquals(List.of(3, 2, 1), versions.stream().map(RecordHistory.Version::number).toList());
        assertEquals(List.of("review", "ingest", "ingest"),
                versions.stream().map(RecordHistory.Version::writtenBy).toList());
        assertArrayEquals(recordBytes(), versions.get(0).bytes());
        assertArrayEquals(second, versions.get(1).bytes());
        assertArrayEquals(first, versions.get(2).bytes());
        List<RecordHistory.Entry> entries = history.entries(ID);
        assertEquals(List.of(true, false, false), entries.stream().map(RecordHistory.Entry::current).toList());
        assertEquals("approved", entries.get(0).status());
        assertEquals(1, entries.get(0).reviews());
        assertEquals("Twee", entries.get(1).title());
        assertEquals("draft", entries.get(1).status());
        assertEquals(0, entries.get(1).reviews());
        assertNull(entries.get(1).unreadable());
    }

    @Test
    void identicalBytesKeepNoVersion() throws IOException {
        catalog.save(titled("Een"), "ingest");
        catalog.save(titled("Een"), "ingest");
        catalog.save(titled("Een"), "transcode");
        assertEquals(1, history.versions(ID).size());
    }

    @Test
    void keepsTheNewestTwentyPerRecord() throws IOException {
        for (int i = 1; i <= 25; i++) {
            catalog.save(titled("Titel " + i), "ingest");
        }
        List<RecordHistory.Version> versions = history.versions(ID);
        assertEquals(RecordHistory.KEEP, versions.size());
        assertEquals(25, versions.get(0).number());
        assertEquals(6, versions.get(RecordHistory.KEEP - 1).number());
        assertEquals("Titel 25", history.entries(ID).get(0).title());
        assertEquals("Titel 6", history.entries(ID).get(RecordHistory.KEEP - 1).title());
    }

    @Test
    void versionsAreNeverTakenForRecordsAndIgnoreThemselvesInGit() throws IOException {
        catalog.save(titled("Een"), "ingest");
        catalog.save(titled("Twee"), "ingest");
        catalog.save(RecordFixtures.sample("andere-00000002"), "ingest");
        assertEquals(List.of("andere-00000002.json", ID + ".json"),
                catalog.recordFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(1, catalog.records().stream().filter(r -> r.id().equals(ID)).count());
        try (Stream<Path> all = Files.walk(catalog.dir().resolve(CatalogLayout.HISTORY_DIR))) {
            assertTrue(all.filter(Files::isRegularFile).noneMatch(p -> p.toString().endsWith(".json")),
                    "a tree walk for *.json must not find versions");
        }
        assertEquals("*\n", Files.readString(catalog.dir().resolve(CatalogLayout.HISTORY_DIR).resolve(".gitignore")));
    }

    String brokenCopyOf(byte[] good) {
        String broken = new String(good, StandardCharsets.UTF_8)
                .replaceFirst("\"keywords\" : \\[[^\\]]*\\]", "\"keywords\" : \"a, b\"");
        assertFalse(broken.equals(new String(good, StandardCharsets.UTF_8)), "the edit must change the record");
        return broken;
    }

    @Test
    void aBadHandEditIsUndoneAndItsBytesAreKept() throws IOException {
        catalog.save(titled("Goed"), "ingest");
        catalog.save(titled("Goed").withReview(review("J. de Vries", "approve"), ReviewStatus.APPROVED,
                RecordFixtures.T0), "review");
        byte[] good = recordBytes();
        String broken = brokenCopyOf(good);
        Files.writeString(catalog.recordFile(ID), broken); // a bad hand edit of the approved record

        RecordHistory.Restored r = history.restore(ID, null);
        assertTrue(r.changed());
        assertEquals(2, r.version().number());
        assertArrayEquals(good, recordBytes(), "the approved record comes back exactly");
        assertEquals(ReviewStatus.APPROVED, catalog.find(ID).orElseThrow().status());
        RecordHistory.Version kept = history.versions(ID).get(1);
        assertEquals(r.keptAs(), kept.number());
        assertEquals(RecordHistory.FOUND, kept.writtenBy());
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), kept.bytes(), "the hand edit is kept exactly");
        assertTrue(history.entries(ID).get(1).unreadable() != null);
        assertEquals("restore", history.versions(ID).get(0).writtenBy());
    }

    @Test
    void aWriterLeavesAnUnreadableRecordAloneAndRestoreKeepsItsBytes() throws IOException {
        catalog.save(titled("Goed"), "ingest");
        String broken = brokenCopyOf(recordBytes());
        Files.writeString(catalog.recordFile(ID), broken);
        VidcatException refused = assertThrows(VidcatException.class,
                () -> catalog.save(titled("Iets anders"), "ingest"));
        assertEquals(VidcatException.FINDINGS, refused.exitCode());
        assertTrue(refused.getMessage().contains("vidcat restore " + ID), refused.getMessage());
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), recordBytes(), "the writer changed nothing");
        assertEquals(1, history.versions(ID).size(), "and kept no version");
        history.restore(ID, null);
        RecordHistory.Version kept = history.versions(ID).get(1);
        assertEquals(RecordHistory.FOUND, kept.writtenBy());
        assertArrayEquals(broken.getBytes(StandardCharsets.UTF_8), kept.bytes());
    }

    @Test
    void aRestoreCanBeUndone() throws IOException {
        catalog.save(titled("Een"), "ingest");
        byte[] one = recordBytes();
        catalog.save(titled("Twee"), "ingest");
        byte[] two = recordBytes();
        RecordHistory.Restored r = history.restore(ID, null);
        assertArrayEquals(one, recordBytes());
        history.restore(ID, r.keptAs());
        assertArrayEquals(two, recordBytes());
    }

    @Test
    void restoresADeletedRecordFile() throws IOException {
        catalog.save(titled("Een"), "ingest");
        catalog.save(titled("Twee"), "ingest");
        byte[] two = recordBytes();
        Files.delete(catalog.recordFile(ID));
        RecordHistory.Restored r = history.restore(ID, null);
        assertEquals(0, r.keptAs(), "nothing to keep when the file was gone");
        assertArrayEquals(two, recordBytes(), "the newest version is the record as it was before it was deleted");
    }

    @Test
    void aRestoreKeepsTheReviewsRecordedSinceThatVersion() throws IOException {
        catalog.save(titled("Goede titel"), "ingest");
        catalog.save(titled("Foute titel uit het verkeerde blad"), "ingest");
        catalog.save(titled("Foute titel uit het verkeerde blad").withReview(review("J. de Vries", "approve"),
                ReviewStatus.APPROVED, RecordFixtures.T0), "review");
        RecordHistory.Restored r = history.restore(ID, 1);
        VideoRecord now = catalog.find(ID).orElseThrow();
        assertEquals("Goede titel", now.metadata().title());
        assertEquals(1, r.reviewsKept());
        assertEquals(List.of(review("J. de Vries", "approve")), now.reviews());
        assertEquals(ReviewStatus.APPROVED, now.status());
    }

    @Test
    void unknownOrUnreadableVersionsAreUsageErrors() throws IOException {
        assertEquals(VidcatException.USAGE,
                assertThrows(VidcatException.class, () -> history.restore(ID, null)).exitCode());
        catalog.save(titled("Een"), "ingest");
        assertEquals(VidcatException.USAGE,
                assertThrows(VidcatException.class, () -> history.restore(ID, null)).exitCode());
        Files.writeString(catalog.recordFile(ID), "{ \"id\" : ");
        history.restore(ID, null); // keeps the cut-off file as version 2
        VidcatException e = assertThrows(VidcatException.class, () -> history.restore(ID, 2));
        assertEquals(VidcatException.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("unreadable"), e.getMessage());
        assertEquals(VidcatException.USAGE,
                assertThrows(VidcatException.class, () -> history.restore(ID, 7)).exitCode());
    }

    @Test
    void aVersionLeftHalfWrittenIsIgnoredAndSweptByTheNextWriter() throws IOException {
        catalog.save(titled("Een"), "ingest");
        Path folder = catalog.historyDir(ID);
        Path half = AtomicFiles.tempFor(folder.resolve("2-20261207T040000000Z-ingest.version"));
        Files.writeString(half, "{ \"id\" : ");
        assertEquals(1, history.versions(ID).size(), "a temp file is no version");
        try (CatalogLock lock = catalog.lock("test", java.time.Duration.ZERO)) {
            assertFalse(Files.exists(half));
        }
        assertEquals(1, history.versions(ID).size());
    }

    @Test
    void theVersionIsWrittenBeforeTheRecordIsReplaced() throws IOException {
        catalog.save(titled("Een"), "ingest");
        byte[] one = recordBytes();
        byte[] two = Json.pretty(titled("Twee"));
        IOException crash = new IOException("killed while writing the record");
        assertThrows(IOException.class, () -> history.replace(ID, "ingest", two, temp -> {
            assertArrayEquals(two, history.versions(ID).get(0).bytes(), "kept before the record is written");
            throw crash;
        }));
        assertArrayEquals(one, recordBytes(), "the record is untouched");
        assertArrayEquals(one, history.versions(ID).get(1).bytes());
        catalog.save(titled("Twee"), "ingest");
        assertEquals(2, history.versions(ID).size(), "the retry keeps nothing twice, and the record is no 'found'");
        assertArrayEquals(two, recordBytes());
    }
}
