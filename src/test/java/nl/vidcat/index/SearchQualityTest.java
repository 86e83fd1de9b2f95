package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.vidcat.index.SearchQuality.Outcome;
import nl.vidcat.index.SearchQuality.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards search relevance on the judged collection (src/test/resources/search-quality): MRR@10 and recall@10 may not
 * drop more than 0.01 below the recorded scores, and every query category keeps MRR and recall of at least 0.85.
 * {@code bench/search-quality} prints the same numbers for vidcat and its peers, with the misses.
 */
class SearchQualityTest {

    private static final double SLACK = 0.01;
    private static final double CATEGORY_FLOOR = 0.85;

    @TempDir
    Path tmp;

    @Test
    void relevanceDoesNotDegrade() throws IOException {
        JudgedCollection c = JudgedCollection.load();
        assertTrue(c.size() >= 300 && c.queries().size() >= 120, "the collection shrank");
        List<Outcome> outcomes;
        try (SearchQuality.Chain vidcat = SearchQuality.vidcat(c, tmp.resolve("index"))) {
            outcomes = SearchQuality.run(c, vidcat);
        }
        Map<String, Scores> scores = SearchQuality.byCategory(outcomes);
        Scores all = scores.get("all");
        Properties recorded = recorded();
        String misses = outcomes.stream().filter(Outcome::miss)
                .map(o -> o.query().query() + " -> " + o.top()).toList().toString();
        double mrr = Double.parseDouble(recorded.getProperty("mrr"));
        double recall = Double.parseDouble(recorded.getProperty("recall"));
        assertTrue(all.mrr() >= mrr - SLACK, "MRR@10 " + all.mrr() + " < recorded " + mrr + "; misses " + misses);
        assertTrue(all.recall() >= recall - SLACK,
                "recall@10 " + all.recall() + " < recorded " + recall + "; misses " + misses);
        scores.forEach((category, s) -> assertTrue(s.mrr() >= CATEGORY_FLOOR && s.recall() >= CATEGORY_FLOOR,
                category + ": " + s + "; misses " + misses));
    }

    private static Properties recorded() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SearchQualityTest.class.getResourceAsStream(JudgedCollection.RESOURCES
                + "recorded.properties")) {
            p.load(in);
        }
        return p;
    }
}
