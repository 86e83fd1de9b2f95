package nl.vidcat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewsTest {

    static final Instant NOW = Instant.parse("2026-09-15T09:00:00Z");

    @TempDir
    Path tmp;
    Catalog catalog;
    Reviews reviews;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        catalog.save(RecordFixtures.sample("breuken-00000001"));
        catalog.save(RecordFixtures.sample("pythagoras-00000002", "De stelling van Pythagoras", "wiskunde", "vwo", "2",
                "KD22"));
        catalog.save(RecordFixtures.sample("fotosynthese-00000003", "Fotosynthese", "biologie", "havo", "1", "KD34"));
        reviews = new Reviews(catalog, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    ReviewForm approve(String reviewer) {
        return ReviewForm.of(reviewer, ReviewForm.parseScores("content=4,didactics=5,usability=3,copyright=ok"),
                List.of(), Decision.APPROVE, null, NOW);
    }

    @Test
    void statusFollowsDecisionsAndHistoryIsKept() throws IOException {
        ReviewForm revise = ReviewForm.of("mw. Jansen", ReviewForm.parseScores("usability=2,copyright=ok"),
                List.of(3, 4), Decision.REVISE, "Geluid is te zacht; muziek zonder licentie vervangen", NOW);
        Reviews.Outcome o = reviews.add("breuken-00000001", revise);
        assertEquals(ReviewStatus.DRAFT, o.before());
        assertEquals(ReviewStatus.IN_REVIEW, o.after());
        o = reviews.add("breuken-00000001", approve("dhr. Bakker"));
        assertEquals(ReviewStatus.IN_REVIEW, o.before());
        assertEquals(ReviewStatus.APPROVED, o.after());
        VideoRecord r = catalog.find("breuken-00000001").orElseThrow();
        assertEquals(ReviewStatus.APPROVED, r.status());
        assertEquals(List.of("revise", "approve"), r.reviews().stream().map(x -> x.decision()).toList());
        assertEquals("3,4", r.reviews().get(0).scores().get("students"));
        assertEquals(NOW, r.updatedAt());

        ReviewForm reject = ReviewForm.of("dhr. Bakker", ReviewForm.parseScores("copyright=not-ok"), List.of(),
                Decision.REJECT, "Fragment uit een tv-programma zonder toestemming", NOW);
        assertEquals(ReviewStatus.REJECTED, reviews.add("breuken-00000001", reject).after());
        assertEquals(3, catalog.find("breuken-00000001").orElseThrow().reviews().size());
    }

    @Test
    void everyReviewKeepsTheRecordItReplaced() throws IOException {
        reviews.add("breuken-00000001", approve("mw. Jansen"));
        reviews.add("breuken-00000001", approve("dhr. Bakker"));
        List<nl.vidcat.store.RecordHistory.Entry> h = catalog.history().entries("breuken-00000001");
        assertEquals(List.of("review", "review", "vidcat"), h.stream().map(e -> e.writtenBy()).toList());
        assertEquals(List.of(2, 1, 0), h.stream().map(e -> e.reviews()).toList());
        assertEquals(List.of("approved", "approved", "draft"), h.stream().map(e -> e.status()).toList());
        assertEquals(2, catalog.find("breuken-00000001").orElseThrow().reviews().size());
    }

    @Test
    void theSameReviewIsNotAddedTwice() throws IOException {
        reviews.add("breuken-00000001", approve("dhr. Bakker"));
        Reviews.Outcome again = reviews.add("breuken-00000001", approve("dhr. Bakker"));
        assertTrue(again.duplicate());
        assertEquals(1, catalog.find("breuken-00000001").orElseThrow().reviews().size());
    }

    @Test
    void unknownAndMaliciousIdsAreUsageErrors() {
        VidcatException e = assertThrows(VidcatException.class, () -> reviews.add("nope-1", approve("X")));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("no video with id 'nope-1'"));
        e = assertThrows(VidcatException.class, () -> reviews.add("../../etc/passwd", approve("X")));
        assertTrue(e.getMessage().contains("not a video id"));
        assertFalse(Files.exists(tmp.resolve("etc")));
    }

    @Test
    void pendingListsDraftsAndRevisionsLongestWaitingFirst() throws IOException {
        reviews.add("breuken-00000001", approve("X"));
        reviews.add("pythagoras-00000002", ReviewForm.of("Y", java.util.Map.of(), List.of(), Decision.REVISE,
                "Uitleg van de rechthoekszijden klopt niet", NOW));
        List<Reviews.Pending> p = reviews.pending();
        assertEquals(List.of("fotosynthese-00000003", "pythagoras-00000002"), p.stream().map(Reviews.Pending::id).toList());
        assertEquals(ReviewStatus.IN_REVIEW, p.get(1).status());
        assertEquals("revise", p.get(1).lastReview().decision());
        assertEquals("Biologie", p.get(0).subject());
    }

    @Test
    void importsDutchExcelSheetInWindows1252AndReportsBadLines() throws IOException {
        String sheet = """
                ID ;Beoordelaar; Inhoud;Didactiek;Bruikbaarheid;Auteursrecht;Leerlingcijfers;Besluit;Opmerking;Datum
                breuken-00000001;mw. Çelik;4;5;3;ja;4,5;goedkeuren;Heldere uitleg – prima;3-9-2026

                pythagoras-00000002;dhr. Bakker;;;2;;;herzien;"Geluid te zacht;
                graag opnieuw opnemen";
                fotosynthese-00000003;dhr. Bakker;4;4;4;nee;;goedkeuren;;
                onbekend-00000009;dhr. Bakker;4;4;4;ja;;goedkeuren;;
                fotosynthese-00000003;;4;4;4;ja;;goedkeuren;;
                ;;;;;;;;;
                fotosynthese-00000003;dhr. Bakker;4;4;9;ja;;goedkeuren;;
                """;
        Path f = tmp.resolve("beoordelingen.csv");
        Files.write(f, sheet.getBytes(Charset.forName("windows-1252")));
        Reviews.ImportResult r = reviews.importSheet(f, Progress.NONE);
        assertEquals("windows-1252", r.encoding());
        assertEquals(';', r.delimiter());
        assertEquals(2, r.applied().size());
        assertEquals(List.of(6, 7, 8, 10), r.rejected().stream().map(Reviews.LineError::line).toList());
        assertTrue(r.rejected().get(0).message().contains("copyright=not-ok"), r.rejected().get(0).message());
        assertTrue(r.rejected().get(1).message().contains("no video with id"));
        assertTrue(r.rejected().get(2).message().contains("reviewer"));
        assertTrue(r.rejected().get(3).message().contains("usability"));
        assertFalse(r.clean());

        VideoRecord b = catalog.find("breuken-00000001").orElseThrow();
        assertEquals(ReviewStatus.APPROVED, b.status());
        assertEquals("mw. Çelik", b.reviews().get(0).reviewer());
        assertEquals("Heldere uitleg – prima", b.reviews().get(0).comment());
        assertEquals(Instant.parse("2026-09-02T22:00:00Z"), b.reviews().get(0).at());
        assertEquals("4,5", b.reviews().get(0).scores().get("students"));
        VideoRecord p = catalog.find("pythagoras-00000002").orElseThrow();
        assertEquals(ReviewStatus.IN_REVIEW, p.status());
        assertEquals("Geluid te zacht;\ngraag opnieuw opnemen", p.reviews().get(0).comment());
        assertEquals(ReviewStatus.DRAFT, catalog.find("fotosynthese-00000003").orElseThrow().status());

        // importing the same sheet again adds nothing
        Reviews.ImportResult again = reviews.importSheet(f, Progress.NONE);
        assertEquals(0, again.applied().size());
        assertEquals(2, again.duplicates().size());
        assertEquals(1, catalog.find("breuken-00000001").orElseThrow().reviews().size());
    }

    @Test
    void importsEnglishUtf8SheetWithBom() throws IOException {
        String sheet = "\uFEFFid,Reviewer,Content,Didactics,Usability,Copyright,Student ratings,Decision,Comment\r\n"
                + "breuken-00000001,Ms Smith,5,4,4,ok,\"4,4,5\",approve,Good\r\n";
        Path f = tmp.resolve("reviews.csv");
        Files.writeString(f, sheet, StandardCharsets.UTF_8);
        Reviews.ImportResult r = reviews.importSheet(f, Progress.NONE);
        assertEquals("UTF-8 (BOM)", r.encoding());
        assertEquals(',', r.delimiter());
        assertTrue(r.clean(), r.rejected().toString());
        assertEquals("4,4,5", catalog.find("breuken-00000001").orElseThrow().reviews().get(0).scores().get("students"));
        assertEquals(NOW, catalog.find("breuken-00000001").orElseThrow().reviews().get(0).at());
    }

    @Test
    void headerProblemsAreUsageErrorsAndChangeNothing() throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "titel;beoordelaar;besluit\nBreuken;X;goedkeuren\n");
        VidcatException e = assertThrows(VidcatException.class, () -> reviews.importSheet(f, Progress.NONE));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("no 'id' column"), e.getMessage());
        Files.writeString(f, "id;beoordelaar;besluit;inhoud;content\n");
        assertTrue(assertThrows(VidcatException.class, () -> reviews.importSheet(f, Progress.NONE)).getMessage()
                .contains("appears twice"));
        Files.writeString(f, "");
        assertTrue(assertThrows(VidcatException.class, () -> reviews.importSheet(f, Progress.NONE)).getMessage()
                .contains("is empty"));
        assertTrue(assertThrows(VidcatException.class, () -> reviews.importSheet(tmp.resolve("missing.csv"),
                Progress.NONE)).getMessage().contains("does not exist"));
        assertEquals(ReviewStatus.DRAFT, catalog.find("breuken-00000001").orElseThrow().status());
    }

    @Test
    void linesOfAPendingSheetNobodyFilledInWaitQuietly() throws IOException {
        Path f = tmp.resolve("pending.csv");
        Files.writeString(f, "id;titel;vak;status;beoordelaar;inhoud;didactiek;bruikbaarheid;auteursrecht;"
                + "leerlingcijfers;besluit;opmerking;datum\r\n"
                + "breuken-00000001;Breuken;Wiskunde;draft;mw. Jansen;4;4;4;ok;3,4;goedkeuren;Prima;\r\n"
                + "pythagoras-00000002;Pythagoras;Wiskunde;draft;;;;;;;;;\r\n");
        Reviews.ImportResult r = reviews.importSheet(f, Progress.NONE);
        assertEquals(1, r.applied().size());
        assertEquals(1, r.unfilled());
        assertTrue(r.clean());
        assertEquals(ReviewStatus.DRAFT, catalog.find("pythagoras-00000002").orElseThrow().status());
    }

    @Test
    void anUnclosedQuoteKeepsTheGoodLinesBeforeIt() throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "id;beoordelaar;besluit;opmerking\n"
                + "breuken-00000001;X;afwijzen;Auteursrecht muziek\n"
                + "pythagoras-00000002;X;afwijzen;\"never closed\n"
                + "fotosynthese-00000003;X;afwijzen;ok\n");
        Reviews.ImportResult r = reviews.importSheet(f, Progress.NONE);
        assertEquals(1, r.applied().size());
        assertEquals(3, r.brokenLine());
        assertFalse(r.clean());
        assertEquals(ReviewStatus.REJECTED, catalog.find("breuken-00000001").orElseThrow().status());
    }

    @Test
    void datesAreCheckedAndReadInTheSchoolsZone() {
        Clock c = Clock.fixed(NOW, ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-09-02T22:00:00Z"), ReviewSheet.date("2026-09-03", c));
        assertEquals(Instant.parse("2026-09-02T22:00:00Z"), ReviewSheet.date("03/09/2026", c));
        assertEquals(NOW, ReviewSheet.date(" ", c));
        assertTrue(assertThrows(VidcatException.class, () -> ReviewSheet.date("gisteren", c)).getMessage()
                .contains("not a date"));
        assertTrue(assertThrows(VidcatException.class, () -> ReviewSheet.date("2027-01-01", c)).getMessage()
                .contains("future"));
    }
}
