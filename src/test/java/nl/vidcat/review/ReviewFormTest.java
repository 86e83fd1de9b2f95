package nl.vidcat.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.Review;
import nl.vidcat.io.VidcatException;
import org.junit.jupiter.api.Test;

class ReviewFormTest {

    static final Instant T = Instant.parse("2026-09-10T10:00:00Z");

    static String error(Runnable r) {
        VidcatException e = assertThrows(VidcatException.class, r::run);
        assertEquals(VidcatException.USAGE, e.exitCode());
        return e.getMessage();
    }

    @Test
    void parsesScoresInEnglishAndDutch() {
        Map<Criterion, String> s = ReviewForm.parseScores("content=4, didactics=5,usability=3 ,copyright=ok");
        assertEquals(Map.of(Criterion.CONTENT, "4", Criterion.DIDACTICS, "5", Criterion.USABILITY, "3",
                Criterion.COPYRIGHT, "ok"), s);
        assertEquals(s, ReviewForm.parseScores("Inhoud=4;didactiek:5;Bruikbaarheid=3;auteursrecht=ja"));
        assertEquals("not-ok", ReviewForm.parseScores("copyright=niet ok").get(Criterion.COPYRIGHT));
        assertEquals("not-ok", ReviewForm.parseScores("copyright=Not-OK").get(Criterion.COPYRIGHT));
    }

    @Test
    void rejectsBadScoresWithClearMessages() {
        assertTrue(error(() -> ReviewForm.parseScores("content=6")).contains("1 (insufficient) to 5"));
        assertTrue(error(() -> ReviewForm.parseScores("content=4.5")).contains("whole number"));
        assertTrue(error(() -> ReviewForm.parseScores("contnt=4")).contains("unknown criterion 'contnt'"));
        assertTrue(error(() -> ReviewForm.parseScores("content4")).contains("NAME=VALUE"));
        assertTrue(error(() -> ReviewForm.parseScores("content=4,inhoud=3")).contains("twice"));
        assertTrue(error(() -> ReviewForm.parseScores("copyright=maybe")).contains("ok or not-ok"));
    }

    @Test
    void approveNeedsAllCriteriaSufficientAndCopyrightOk() {
        Map<Criterion, String> good = ReviewForm.parseScores("content=4,didactics=5,usability=3,copyright=ok");
        ReviewForm f = ReviewForm.of(" J. de Vries ", good, List.of(4, 5, 3), Decision.APPROVE, null, T);
        Review r = f.toReview();
        assertEquals("J. de Vries", r.reviewer());
        assertEquals("approve", r.decision());
        assertEquals("4,5,3", r.scores().get("students"));
        assertEquals("ok", r.scores().get("copyright"));

        assertTrue(error(() -> ReviewForm.of("X", ReviewForm.parseScores("content=4,didactics=5,usability=3"),
                List.of(), Decision.APPROVE, null, T)).contains("without a score for copyright"));
        assertTrue(error(() -> ReviewForm.of("X", ReviewForm.parseScores(
                "content=4,didactics=5,usability=3,copyright=not-ok"), List.of(), Decision.APPROVE, null, T))
                .contains("copyright=not-ok"));
        assertTrue(error(() -> ReviewForm.of("X", ReviewForm.parseScores(
                "content=2,didactics=5,usability=3,copyright=ok"), List.of(), Decision.APPROVE, null, T))
                .contains("content=2"));
    }

    @Test
    void reviseAndRejectNeedAComment() {
        assertTrue(error(() -> ReviewForm.of("X", Map.of(), List.of(), Decision.REVISE, " ", T)).contains("what to fix"));
        assertTrue(error(() -> ReviewForm.of("X", Map.of(), List.of(), Decision.REJECT, null, T)).contains("why"));
        ReviewForm f = ReviewForm.of("X", ReviewForm.parseScores("usability=2"), List.of(), Decision.REVISE,
                "Geluid is te zacht", T);
        assertEquals("revise", f.toReview().decision());
        assertEquals(Map.of("usability", "2"), f.toReview().scores());
    }

    @Test
    void checksNamesCommentsAndRatings() {
        assertTrue(error(() -> ReviewForm.of("", Map.of(), List.of(), Decision.REJECT, "x", T)).contains("reviewer"));
        assertTrue(error(() -> ReviewForm.of("a\u0007b", Map.of(), List.of(), Decision.REJECT, "x", T))
                .contains("control character"));
        assertTrue(error(() -> ReviewForm.of("X".repeat(101), Map.of(), List.of(), Decision.REJECT, "x", T))
                .contains("longer than 100"));
        assertTrue(error(() -> ReviewForm.of("X", Map.of(), List.of(), null, "x", T)).contains("decision is missing"));
        assertEquals(List.of(4, 5, 3), ReviewForm.parseRatings("4,5,3"));
        assertEquals(List.of(4, 5, 3), ReviewForm.parseRatings(" 4 5;3 "));
        assertEquals(List.of(), ReviewForm.parseRatings(""));
        assertTrue(error(() -> ReviewForm.parseRatings("4,7")).contains("'7'"));
        assertEquals("multi\nline", ReviewForm.of("X", Map.of(), List.of(), Decision.REJECT, "multi\r\nline", T)
                .comment());
    }

    @Test
    void decisionsInDutch() {
        assertEquals(Decision.APPROVE, Decision.find("Goedgekeurd").orElseThrow());
        assertEquals(Decision.REVISE, Decision.find(" herzien ").orElseThrow());
        assertEquals(Decision.REJECT, Decision.find("AFWIJZEN").orElseThrow());
        assertTrue(Decision.find("misschien").isEmpty());
    }
}
