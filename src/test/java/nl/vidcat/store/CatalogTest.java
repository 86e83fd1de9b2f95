package nl.vidcat.store;

import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    @TempDir
    Path tmp;

    @Test
    void recordRoundTripIsByteStable() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        VideoRecord r = RecordFixtures.sample("breuken-vereenvoudigen-00000000");
        c.save(r);
        byte[] first = Files.readAllBytes(c.recordFile(r.id()));
        VideoRecord back = c.find(r.id()).orElseThrow();
        assertEquals(r, back);
        c.save(back);
        assertEquals(new String(first), Files.readString(c.recordFile(r.id())));
        assertTrue(new String(first).endsWith("}\n"));
        assertEquals("22", back.metadata().goals().get(0).code());
    }

    @Test
    void instantsReadAsRfc3339AndAsBefore() throws IOException {
        // What records store, with a fraction, with an offset (converted to UTC), in lower case (RFC 3339 allows it
        // and the schema's format check accepts it), and epoch seconds, which the JavaTimeModule default still reads.
        record At(java.time.Instant at) {
        }
        var mapper = Json.mapper();
        assertEquals(java.time.Instant.parse("2026-09-01T08:00:00Z"),
                mapper.readValue("{\"at\":\"2026-09-01T08:00:00Z\"}", At.class).at());
        assertEquals(java.time.Instant.parse("2026-09-01T08:00:00.125Z"),
                mapper.readValue("{\"at\":\"2026-09-01T08:00:00.125Z\"}", At.class).at());
        assertEquals(java.time.Instant.parse("2026-09-01T08:00:00Z"),
                mapper.readValue("{\"at\":\"2026-09-01T10:00:00+02:00\"}", At.class).at());
        assertEquals(java.time.Instant.parse("2026-09-01T08:00:00Z"),
                mapper.readValue("{\"at\":\"2026-09-01t08:00:00z\"}", At.class).at());
        assertEquals(java.time.Instant.ofEpochSecond(1_788_336_000L),
                mapper.readValue("{\"at\":1788336000}", At.class).at());
        assertThrows(com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
                () -> mapper.readValue("{\"at\":\"1 september 2026\"}", At.class));
    }

    @Test
    void recordFilesAreSortedJsonWithoutTempsAndAnUnlistableFolderSaysWhy() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        Path records = c.recordsDir();
        for (String name : new String[] {"b-00000000.json", "a-00000000.json", "notes.txt"}) {
            Files.writeString(records.resolve(name), "{}");
        }
        Files.writeString(AtomicFiles.tempFor(records.resolve("c-00000000.json")), "{");
        assertEquals(List.of(records.resolve("a-00000000.json"), records.resolve("b-00000000.json")), c.recordFiles());

        Catalog broken = Catalog.openOrCreate(tmp.resolve("broken"));
        Files.delete(broken.recordsDir());
        assertEquals(List.of(), broken.recordFiles());
        Files.writeString(broken.recordsDir(), "not a folder");
        var e = assertThrows(java.io.UncheckedIOException.class, broken::recordFiles);
        assertTrue(e.getCause() instanceof java.nio.file.NotDirectoryException, String.valueOf(e.getCause()));
    }

    @Test
    void failedWriteLeavesOldFileAndNoTemp() throws IOException {
        Path target = tmp.resolve("a.json");
        AtomicFiles.write(target, "old".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.replace(target, temp -> {
            Files.writeString(temp, "half");
            throw new IOException("simulated crash between temp write and rename");
        }));
        assertEquals("old", Files.readString(target));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void leftoverTempFromKilledWriterIsInvisibleAndSweptUnderLock() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        VideoRecord r = RecordFixtures.sample("x-00000000");
        c.save(r);
        // what a writer killed between write and rename leaves behind
        Path temp = AtomicFiles.tempFor(c.recordFile("y-00000000"));
        Files.writeString(temp, "{\"trunc");
        assertEquals(1, c.records().size());
        try (CatalogLock l = c.lock("test", Duration.ZERO)) {
            assertFalse(Files.exists(temp));
        }
    }

    @Test
    void secondWriterIsRefusedWithHolderNamed() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        try (CatalogLock l = c.lock("ingest", Duration.ZERO)) {
            VidcatException e = assertThrows(VidcatException.class, () -> c.lock("index", Duration.ZERO));
            assertEquals(VidcatException.USAGE, e.exitCode());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        try (CatalogLock again = c.lock("index", Duration.ZERO)) {
            assertTrue(Files.exists(c.dir().resolve(".lock")));
        }
    }

    @Test
    void missingCatalogAndBadIdsAreUsageErrors() throws IOException {
        assertEquals(VidcatException.USAGE,
                assertThrows(VidcatException.class, () -> Catalog.open(tmp.resolve("nope"))).exitCode());
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        assertThrows(VidcatException.class, () -> c.mediaDir("../../etc"));
        assertThrows(VidcatException.class, () -> c.resolve("../outside.txt"));
        assertThrows(VidcatException.class, () -> c.scan(List.of("does-not-exist")));
    }

    @Test
    void idsAreReadableStableAndSafe() {
        String sha = "3f9a2c1d" + "0".repeat(56);
        assertEquals("breuken-vereenvoudigen-deel-2-3f9a2c1d",
                RecordIds.newId("Breuken vereenvoudigen (deel 2)", sha, id -> false));
        assertEquals("geintegreerd-rekenen-3f9a2c1d", RecordIds.newId("Geïntegreerd  rekenen!", sha, id -> false));
        assertEquals("video-3f9a2c1d0000", RecordIds.newId("???", sha, id -> id.equals("video-3f9a2c1d")));
        assertTrue(RecordIds.isValid("breuken-3f9a2c1d"));
        assertFalse(RecordIds.isValid("../etc"));
    }
}
