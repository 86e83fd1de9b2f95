package nl.vidcat.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.stage.Progress;
import nl.vidcat.index.JudgedCollection.Judged;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Relevance of search on the {@link JudgedCollection}: MRR@10, recall@10 and nDCG@10 (binary judgements) per query
 * category, for vidcat's own search and for two peers built from the same documents — Lucene's plain
 * {@link DutchAnalyzer} and {@link StandardAnalyzer} — queried as a bare {@link SimpleQueryParser} over the same
 * fields and weights. Shared by {@code bench/search-quality} (its {@link #main}) and {@code SearchQualityTest}.
 */
final class SearchQuality {

    static final int K = 10;
    static final String VIDCAT = "vidcat", DUTCH = "DutchAnalyzer", STANDARD = "StandardAnalyzer";

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

    /** A peer: the same documents and fields through {@code analyzer}, searched with a bare SimpleQueryParser. */
    static Chain peer(JudgedCollection c, Path work, Analyzer analyzer) throws IOException {
        IndexStore store = new IndexStore(work);
        new Indexer(DutchAnalysis.standard(), IndexFields.perField(analyzer, analyzer), 1, 16, Clock.systemUTC())
                .build(c, store, new Indexer.Options(false, false), Progress.NONE);
        FSDirectory dir = FSDirectory.open(store.buildDir(store.current().orElseThrow()));
        DirectoryReader reader = DirectoryReader.open(dir);
        IndexSearcher searcher = new IndexSearcher(reader);
        SimpleQueryParser p = new SimpleQueryParser(analyzer, IndexFields.WEIGHTS);
        p.setDefaultOperator(Occur.MUST);
        return new Chain() {
            @Override
            public List<String> top(String query) throws IOException {
                var q = new BooleanQuery.Builder().add(p.parse(query), Occur.MUST)
                        .add(new TermQuery(new Term(IndexFields.VALID, "1")), Occur.FILTER).build();
                List<String> ids = new ArrayList<>();
                var stored = searcher.storedFields();
                for (ScoreDoc d : searcher.search(q, K).scoreDocs) {
                    ids.add(stored.document(d.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
                }
                return ids;
            }

            @Override
            public void close() throws IOException {
                reader.close();
                dir.close();
            }
        };
    }

    /** Every chain's outcomes on the collection, vidcat's first. */
    static Map<String, List<Outcome>> evaluate(JudgedCollection c, Path work) throws IOException {
        Map<String, List<Outcome>> out = new LinkedHashMap<>();
        try (Chain v = vidcat(c, work.resolve("vidcat"));
             Chain d = peer(c, work.resolve("dutch"), new DutchAnalyzer());
             Chain s = peer(c, work.resolve("standard"), new StandardAnalyzer())) {
            out.put(VIDCAT, run(c, v));
            out.put(DUTCH, run(c, d));
            out.put(STANDARD, run(c, s));
        }
        return out;
    }

    static void report(JudgedCollection c, Map<String, List<Outcome>> results, PrintStream out) {
        out.printf(Locale.ROOT, "search quality: %d records, %d judged queries, scores at %d%n", c.size(),
                c.queries().size(), K);
        Map<String, Map<String, Scores>> cats = new LinkedHashMap<>();
        results.forEach((chain, outs) -> cats.put(chain, byCategory(outs)));
        out.printf(Locale.ROOT, "%-13s %4s", "category", "n");
        for (String chain : cats.keySet()) {
            out.printf(Locale.ROOT, " | %-22s", chain + " MRR/rec/nDCG");
        }
        out.println();
        for (String cat : cats.get(VIDCAT).keySet()) {
            out.printf(Locale.ROOT, "%-13s %4d", cat, cats.get(VIDCAT).get(cat).queries());
            for (Map<String, Scores> s : cats.values()) {
                Scores x = s.get(cat);
                out.printf(Locale.ROOT, " | %.3f  %.3f  %.3f    ", x.mrr(), x.recall(), x.ndcg());
            }
            out.println();
        }
        for (var e : results.entrySet()) {
            List<Outcome> misses = e.getValue().stream().filter(Outcome::miss).toList();
            out.printf(Locale.ROOT, "%nmisses of %s (%d): relevant records not in the top %d%n", e.getKey(),
                    misses.size(), K);
            for (Outcome o : misses) {
                List<String> missing = o.query().relevant().stream().filter(id -> !o.top().contains(id)).sorted()
                        .toList();
                out.printf(Locale.ROOT, "  %-12s %-32s missing %s; got %s%n", o.query().category(),
                        "'" + o.query().query() + "'", missing, o.top().subList(0, Math.min(5, o.top().size())));
            }
        }
    }

    public static void main(String[] args) throws IOException {
        JudgedCollection c = JudgedCollection.load();
        Path work = Files.createTempDirectory("vidcat-search-quality");
        try {
            report(c, evaluate(c, work), System.out);
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }
}
