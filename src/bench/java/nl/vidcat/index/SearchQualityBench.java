package nl.vidcat.index;

import static nl.vidcat.index.SearchQuality.K;
import static nl.vidcat.index.SearchQuality.byCategory;
import static nl.vidcat.index.SearchQuality.run;
import static nl.vidcat.index.SearchQuality.vidcat;

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
import nl.vidcat.index.SearchQuality.Chain;
import nl.vidcat.index.SearchQuality.Outcome;
import nl.vidcat.index.SearchQuality.Scores;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.stage.Progress;
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
 * {@code bench/search-quality}: the {@link SearchQuality} scores of vidcat's search next to two peers built from the
 * same documents, Lucene's plain {@link DutchAnalyzer} and {@link StandardAnalyzer}, queried as a bare
 * {@link SimpleQueryParser} over the same fields and weights; then every query whose relevant records are not all in
 * the top {@value SearchQuality#K} (the misses).
 */
final class SearchQualityBench {

    static final String VIDCAT = "vidcat", DUTCH = "DutchAnalyzer", STANDARD = "StandardAnalyzer";

    private SearchQualityBench() {
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
