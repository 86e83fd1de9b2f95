package nl.vidcat.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import nl.vidcat.suggest.SuggestEvaluation.Labelled;
import nl.vidcat.suggest.SuggestEvaluation.Scores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the accuracy of {@code vidcat suggest} on the labelled set (src/test/resources/suggest): no value may drop
 * more than 0.02 below {@code recorded.properties}, and the targets hold. {@code bench/suggest} prints the
 * same numbers with the speed and the misses.
 */
class SuggestAccuracyTest {

    private static final double SLACK = 0.02;

    static List<Labelled> set;
    static Properties recorded;

    @BeforeAll
    static void load() throws IOException {
        set = SuggestEvaluation.load();
        recorded = new Properties();
        try (InputStream in = SuggestAccuracyTest.class.getResourceAsStream(SuggestEvaluation.RESOURCES
                + "recorded.properties")) {
            recorded.load(in);
        }
    }

    @Test
    void theSetIsLargeEnoughAndCoversPrimarySchool() {
        assertTrue(set.size() >= 150, "the set shrank: " + set.size());
        assertTrue(set.stream().filter(l -> l.goals().stream().anyMatch(g -> g.startsWith("PO "))).count() >= 10);
        assertTrue(set.stream().map(Labelled::subject).distinct().count() >= 20, "too few subjects");
    }

    /** Zero-shot is measured on published texts only: the law and SLO's elaboration, not vidcat's own words. */
    @Test
    void zeroShotDoesNotDegrade() {
        Scores s = SuggestEvaluation.score(set, SuggestEvaluation.zeroShot());
        guard("zeroshot", s, true);
        assertTrue(s.goalTop3() >= 0.60, "target: kerndoel top-3 >= 0.60 zero-shot, was " + s.goalTop3());
    }

    @Test
    void lawTextsAloneDoNotDegrade() {
        guard("lawtexts", SuggestEvaluation.score(set, SuggestEvaluation.lawTextsOnly()), false);
    }

    @Test
    void shippedWithoutExamplesDoesNotDegrade() {
        guard("shipped", SuggestEvaluation.score(set, SuggestEvaluation.shipped()), true);
    }

    @Test
    void leaveOneOutOnPublishedTextsDoesNotDegrade() {
        guard("leaveoneoutpublished", SuggestEvaluation.score(set, SuggestEvaluation.leaveOneOutPublished(set)), true);
    }

    @Test
    void leaveOneOutDoesNotDegrade() {
        Scores s = SuggestEvaluation.score(set, SuggestEvaluation.leaveOneOut(set));
        guard("leaveoneout", s, true);
        assertTrue(s.goalTop3() >= 0.80, "target: kerndoel top-3 >= 0.80 with examples, was " + s.goalTop3());
        assertTrue(s.subjectTop1() >= 0.90, "target: subject top-1 >= 0.90 with examples, was " + s.subjectTop1());
    }

    @Test
    void theSameInputGivesTheSameSuggestion() {
        Suggester s = SuggestEvaluation.leaveOneOut(set);
        for (Labelled l : set.subList(0, 20)) {
            assertEquals(s.suggest(l.input()), s.suggest(l.input()));
        }
    }

    private static void guard(String prefix, Scores s, boolean subject) {
        check(prefix + ".goal.top1", s.goalTop1(), s);
        check(prefix + ".goal.top3", s.goalTop3(), s);
        if (subject) {
            check(prefix + ".subject.top1", s.subjectTop1(), s);
        }
    }

    private static void check(String key, double value, Scores s) {
        double was = Double.parseDouble(recorded.getProperty(key));
        assertTrue(value >= was - SLACK, key + " " + value + " < recorded " + was + "; misses " + s.misses());
    }
}
