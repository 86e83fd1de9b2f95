package nl.vidcat.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.stage.Progress;
import nl.vidcat.index.JudgedCollection.Judged;

/**
 * Relevance of search on the {@link JudgedCollection}: MRR@10, recall@10 and nDCG@10 (binary judgements) per query
 * category, for any {@link Chain} of analysis and querying, vidcat's own first. Shared by {@code SearchQualityTest},
 * which guards vidcat's scores, and {@code SearchQualityBench} (src/bench, {@code bench/search-quality}), which sets
 * them beside plain Lucene peers.
 */
final class SearchQuality {

    static final int K = 10;

    /** What one chain returned for one query, and its scores. */
    record Outcome(Judged query, List<String> top, double rr, double recall, double ndcg) {
        boolean miss() {
            return recall < 1;
        }
    }

    /** The mean scores of a set of outcomes. */
    record Scores(int queries, double mrr, double recall, double ndcg) {
        static Scores of(List<Outcome> outs) {
            double rr = 0, rec = 0, ndcg = 0;
            for (Outcome o : outs) {
                rr += o.rr();
                rec += o.recall();
                ndcg += o.ndcg();
            }
            int n = Math.max(1, outs.size());
            return new Scores(outs.size(), rr / n, rec / n, ndcg / n);
        }
    }

    /** One search chain: the top {@link #K} record ids for a query. */
    interface Chain extends Closeable {
        List<String> top(String query) throws IOException;
    }

    private SearchQuality() {
    }

    /** Scores one query's ranking: reciprocal rank of the first relevant hit, recall and nDCG, all at {@link #K}. */
    static Outcome score(Judged q, List<String> top) {
        double rr = 0, dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(K, top.size()); i++) {
            if (q.relevant().contains(top.get(i))) {
                found++;
                dcg += 1 / log2(i + 2);
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, q.relevant().size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        // recall@10 against what fits in ten places, so a query with more relevant records can still reach 1
        return new Outcome(q, top, rr, (double) found / Math.min(K, q.relevant().size()), dcg / ideal);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static List<Outcome> run(JudgedCollection c, Chain chain) throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (Judged q : c.queries()) {
            out.add(score(q, chain.top(q.query())));
        }
        return out;
    }

    /** Scores per category, in the order categories first appear, plus "all". */
    static Map<String, Scores> byCategory(List<Outcome> outs) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outs) {
            groups.computeIfAbsent(o.query().category(), k -> new ArrayList<>()).add(o);
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, Scores.of(v)));
        out.put("all", Scores.of(outs));
        return out;
    }

    /** vidcat's search as users get it: the Dutch chain, its query building, typo mode and all. */
    static Chain vidcat(JudgedCollection c, Path work) throws IOException {
        IndexStore store = new IndexStore(work);
        new Indexer(DutchAnalysis.standard(), null, 1, 16, Clock.systemUTC())
                .build(c, store, new Indexer.Options(false, false), Progress.NONE);
        Searcher s = Searcher.open(store);
        return new Chain() {
            @Override
            public List<String> top(String query) throws IOException {
                return s.search(new SearchRequest(query, Map.of(), K, false, false)).hits().stream()
                        .map(SearchResult.Hit::id).toList();
            }

            @Override
            public void close() throws IOException {
                s.close();
            }
        };
    }
}
