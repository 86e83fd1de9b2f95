package nl.vidcat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir
    static Path shared;
    static Path clipA;
    static Path clipB;

    @TempDir
    Path tmp;

    @BeforeAll
    static void clips() throws IOException {
        clipA = VideoFixtures.clip(shared.resolve("a.mp4"), 320, 240, 1, true);
        clipB = VideoFixtures.clip(shared.resolve("b.mp4"), 320, 180, 1, false);
    }

    private static final String HEADER = "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;makers;toestemming\n";

    private Path folder(String sheet) throws IOException {
        Path f = Files.createDirectories(tmp.resolve("import"));
        Files.createDirectories(f.resolve("wiskunde"));
        Files.copy(clipA, f.resolve("wiskunde/breuken.mp4"));
        Files.copy(clipB, f.resolve("los.mp4"));
        Files.writeString(f.resolve("metadata.csv"), HEADER + sheet);
        return f;
    }

    private IngestResult ingest(Path folder, Path catalogDir, boolean dryRun, Ingester.Transfer t) throws IOException {
        Catalog c = dryRun && !Files.exists(catalogDir) ? null : Catalog.openOrCreate(catalogDir);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        return new Ingester(c, Progress.NONE, clock).run(new Ingester.Options(folder, null, t, 2, dryRun));
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/logs/"))
                    .collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                        try {
                            return Files.size(p) + ":" + Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).hashCode();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void importsThenSecondRunChangesNothing() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken vereenvoudigen;Uitleg;wiskunde;havo;1;KD22;Sanne;ja\n");
        Path cat = tmp.resolve("catalog");
        IngestResult first = ingest(f, cat, false, Ingester.Transfer.COPY);
        assertEquals(2, first.count(IngestResult.Outcome.NEW));
        assertFalse(first.hasRejections());
        Catalog c = Catalog.open(cat);
        VideoRecord r = c.records().stream().filter(x -> x.metadata().title().equals("Breuken vereenvoudigen"))
                .findFirst().orElseThrow();
        assertTrue(r.id().startsWith("breuken-vereenvoudigen-"));
        assertEquals(2, r.origin().line());
        assertTrue(Files.isRegularFile(c.resolve(r.source().file())));
        assertEquals(Files.size(clipA), Files.size(c.resolve(r.source().file())));
        VideoRecord orphan = c.records().stream().filter(x -> x.source().originalPath().equals("los.mp4")).findFirst().orElseThrow();
        assertEquals("los", orphan.metadata().title());
        assertTrue(orphan.problems().stream().anyMatch(p -> p.code().equals("ingest.no-sheet-row")));

        Map<String, String> before = snapshot(cat);
        IngestResult second = ingest(f, cat, false, Ingester.Transfer.COPY);
        assertEquals("0 new, 0 updated, 2 unchanged, 0 rejected", second.summaryLine());
        assertEquals(before, snapshot(cat));
    }

    @Test
    void changedRowUpdatesMetadataOnly() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken;Uitleg;wiskunde;havo;1;KD22;;\n");
        Path cat = tmp.resolve("catalog");
        ingest(f, cat, false, Ingester.Transfer.COPY);
        String id = Catalog.open(cat).records().stream().filter(x -> x.origin().line() != null).findFirst().orElseThrow().id();
        Files.writeString(f.resolve("metadata.csv"), HEADER + "wiskunde/breuken.mp4;Breuken (nieuw);Betere uitleg;wiskunde;vwo;2;KD23;;\n");
        IngestResult r = ingest(f, cat, false, Ingester.Transfer.COPY);
        assertEquals(1, r.count(IngestResult.Outcome.UPDATED));
        VideoRecord updated = Catalog.open(cat).find(id).orElseThrow();
        assertEquals("Breuken (nieuw)", updated.metadata().title());
        assertEquals("vwo", updated.metadata().levels().get(0).code());
        assertEquals(id, updated.id(), "ids never change");
    }

    /** An ingested record of one sheet row, then approved by a reviewer. */
    private record Approved(Path folder, Path cat, Catalog catalog, VideoRecord record,
                            nl.vidcat.model.Review approval, byte[] bytes) {
    }

    private Approved ingestedAndApproved() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken;Uitleg;wiskunde;havo;1;KD22;;\n");
        Path cat = tmp.resolve("catalog");
        ingest(f, cat, false, Ingester.Transfer.COPY);
        Catalog c = Catalog.open(cat);
        VideoRecord r = c.records().stream().filter(x -> x.origin().line() != null).findFirst().orElseThrow();
        nl.vidcat.model.Review approval = new nl.vidcat.model.Review("J. de Vries",
                Instant.parse("2026-11-23T11:00:00Z"), Map.of("content", "4", "copyright", "ok"), "approve", null);
        c.save(r.withReview(approval, nl.vidcat.model.ReviewStatus.APPROVED, approval.at()), "review");
        byte[] approved = Files.readAllBytes(c.recordFile(r.id()));
        return new Approved(f, cat, c, r, approval, approved);
    }

    @Test
    void aChangedSheetKeepsReviewsAndApprovalAndTheOldVersion() throws IOException {
        Approved a = ingestedAndApproved();
        Path f = a.folder();
        Path cat = a.cat();
        Catalog c = a.catalog();
        VideoRecord r = a.record();
        nl.vidcat.model.Review approval = a.approval();
        byte[] approved = a.bytes();

        Files.writeString(f.resolve("metadata.csv"), HEADER + "wiskunde/breuken.mp4;Breuken (nieuw);Betere uitleg;wiskunde;vwo;2;KD23;;\n");
        assertEquals(1, ingest(f, cat, false, Ingester.Transfer.COPY).count(IngestResult.Outcome.UPDATED));
        VideoRecord updated = c.find(r.id()).orElseThrow();
        assertEquals("Breuken (nieuw)", updated.metadata().title());
        assertEquals(List.of(approval), updated.reviews());
        assertEquals(nl.vidcat.model.ReviewStatus.APPROVED, updated.status());
        assertEquals("ingest", c.history().versions(r.id()).get(0).writtenBy());
        nl.vidcat.store.RecordHistory.Version kept = c.history().versions(r.id()).get(1);
        assertEquals("review", kept.writtenBy());
        assertTrue(java.util.Arrays.equals(approved, kept.bytes()), "the approved record before the sheet is kept");
    }

    @Test
    void anApprovedRecordBrokenByHandComesBackAfterAReingest() throws IOException {
        Approved a = ingestedAndApproved();
        Path f = a.folder();
        Path cat = a.cat();
        Catalog c = a.catalog();
        VideoRecord r = a.record();
        nl.vidcat.model.Review approval = a.approval();
        byte[] approved = a.bytes();
        String broken = new String(approved, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"keywords\" : \\[[^\\]]*\\]", "\"keywords\" : \"a, b\"");
        Files.writeString(c.recordFile(r.id()), broken); // "keywords": "a, b" instead of a list

        ingest(f, cat, false, Ingester.Transfer.COPY); // whether it refuses or writes a fresh draft, nothing is lost
        c.history().restore(r.id(), null);
        assertTrue(java.util.Arrays.equals(approved, Files.readAllBytes(c.recordFile(r.id()))),
                "the approved record with its review is back");
        assertTrue(c.history().versions(r.id()).stream().anyMatch(v -> v.writtenBy().equals("found")),
                "the broken hand edit is kept");
    }

    @Test
    void badRowsAndFilesAreReportedPerLineAndNeverCrash() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken;Uitleg;wiskunde;havo;1;;;\n"
                + "wiskunde/breuken.mp4;Dubbel;Zelfde bestand;wiskunde;havo;1;;;\n"
                + "../../etc/passwd;Uitbraak;x;;;;;;\n"
                + "/etc/passwd;Absoluut;x;;;;;;\n"
                + "C:\\\\Users\\\\juf\\\\film.mp4;Windows;x;;;;;;\n"
                + "ontbreekt.mp4;Weg;x;;;;;;\n"
                + "leeg.mp4;Leeg;x;;;;;;\n"
                + "tekst.mp4;Tekst;x;;;;;;\n"
                + "kopie.mp4;Kopie;x;;;;;;\n");
        Files.createFile(f.resolve("leeg.mp4"));
        Files.writeString(f.resolve("tekst.mp4"), "dit is een tekstbestand\n".repeat(20));
        Files.copy(clipA, f.resolve("kopie.mp4"));
        Files.createSymbolicLink(f.resolve("link.mp4"), clipB);
        Files.writeString(f.resolve("leesmij.txt"), "notities");
        IngestResult r = ingest(f, tmp.resolve("catalog"), false, Ingester.Transfer.COPY);
        Map<Integer, String> byLine = r.entries().stream().filter(e -> e.outcome() == IngestResult.Outcome.REJECTED)
                .collect(Collectors.toMap(IngestResult.Entry::line, IngestResult.Entry::reason));
        assertFalse(byLine.containsKey(2), "the first line naming a video wins: " + byLine.get(2));
        assertTrue(byLine.get(3).contains("duplicate row: line 2"), byLine.get(3));
        assertTrue(byLine.get(4).contains("outside the import folder"), byLine.get(4));
        assertTrue(byLine.get(5).contains("absolute path"), byLine.get(5));
        assertTrue(byLine.get(6).contains("absolute path"), byLine.get(6));
        assertTrue(byLine.get(7).contains("not found"), byLine.get(7));
        assertTrue(byLine.get(8).contains("empty"), byLine.get(8));
        assertTrue(byLine.get(9).contains("not a video"), byLine.get(9));
        assertTrue(byLine.get(10).contains("same video as wiskunde/breuken.mp4"), byLine.get(10));
        assertTrue(r.skipped().stream().anyMatch(s -> s.startsWith("link.mp4") && s.contains("symbolic link")));
        assertTrue(r.skipped().stream().anyMatch(s -> s.startsWith("leesmij.txt")));
        assertEquals(2, r.count(IngestResult.Outcome.NEW));
        assertTrue(r.hasRejections());
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken;Uitleg;wiskunde;havo;1;;;\n");
        Path cat = tmp.resolve("catalog");
        IngestResult r = ingest(f, cat, true, Ingester.Transfer.COPY);
        assertEquals(2, r.count(IngestResult.Outcome.NEW));
        assertTrue(r.summaryLine().startsWith("dry run"));
        assertFalse(Files.exists(cat));
    }

    @Test
    void moveRemovesOriginalsOnlyOnceStored() throws IOException {
        Path f = folder("wiskunde/breuken.mp4;Breuken;Uitleg;wiskunde;havo;1;;;\n");
        Path cat = tmp.resolve("catalog");
        ingest(f, cat, false, Ingester.Transfer.MOVE);
        assertFalse(Files.exists(f.resolve("wiskunde/breuken.mp4")));
        assertEquals(2, Catalog.open(cat).records().size());
        for (VideoRecord r : Catalog.open(cat).records()) {
            assertTrue(Files.isRegularFile(Catalog.open(cat).resolve(r.source().file())));
        }
    }

    @Test
    void gpsTaggedPhoneClipIsNotedAndSidecarSubtitlesAreStored() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("import"));
        VideoFixtures.gpsTaggedMov(f.resolve("telefoon.mov"));
        Files.writeString(f.resolve("telefoon.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHallo\n");
        Path cat = tmp.resolve("catalog");
        IngestResult r = ingest(f, cat, false, Ingester.Transfer.COPY);
        assertTrue(r.entries().get(0).notes().stream().anyMatch(n -> n.contains("GPS")));
        VideoRecord rec = Catalog.open(cat).records().get(0);
        assertTrue(rec.source().hasLocation());
        assertTrue(rec.problems().stream().anyMatch(p -> p.code().equals("ingest.location-tags")));
        assertEquals("media/" + rec.id() + "/source.nl.srt", rec.source().subtitlesFile());
        assertTrue(Files.isRegularFile(Catalog.open(cat).resolve(rec.source().subtitlesFile())));
    }

    @Test
    void titleFromFileName() {
        assertEquals("breuken vereenvoudigen deel2", Ingester.titleFromFileName("wiskunde/breuken_vereenvoudigen-deel2.mp4"));
    }
}
