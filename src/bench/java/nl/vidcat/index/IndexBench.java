package nl.vidcat.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.vidcat.model.AudioStream;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Origin;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.model.VideoStream;
import nl.vidcat.index.SubtitleCues.Cue;
import nl.vidcat.vocab.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code bench/index}: synthetic Dutch catalogue of N records (titles, descriptions, keywords, ~1 KB of subtitle
 * cues each), generated in-process, indexed through the real {@link Indexer} (safe build, CheckIndex, smoke queries,
 * suggester), then a 1% incremental update and 1,000 fixed queries with facets and highlights. The same documents
 * are indexed with a plain StandardAnalyzer as the peer. Not a test: run by the bench script.
 */
public final class IndexBench {


    private static IndexResult build(Indexer indexer, RecordSource records, Path dir) throws IOException {
        nl.vidcat.io.AtomicFiles.deleteTree(dir);
        return indexer.build(records, new IndexStore(dir), new Indexer.Options(false, false), Progress.NONE);
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(arg(args, "--records", "100000"));
        Path work = Path.of(arg(args, "--work", "target/bench-index"));
        int rounds = Integer.parseInt(arg(args, "--rounds", "3"));
        nl.vidcat.io.AtomicFiles.deleteTree(work);
        Files.createDirectories(work);
        HeapWatch heap = new HeapWatch();
        heap.start();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "bench/index: %,d synthetic records, %d cores, max heap %d MB%n", n, cores,
                Runtime.getRuntime().maxMemory() >> 20);

        DutchAnalysis dutch = DutchAnalysis.standard();
        Indexer dutchIndexer = new Indexer(dutch, null, cores, 128, Clock.systemUTC());
        Analyzer standard = IndexFields.perField(new StandardAnalyzer(), new StandardAnalyzer());
        Indexer baselineIndexer = new Indexer(dutch, standard, cores, 128, Clock.systemUTC());

        // Both sides share Lucene's indexing code: whichever ran first would pay for its class loading and JIT. So
        // both warm up on a small catalogue, then full builds alternate and each side's fastest counts.
        int warm = Math.max(1_000, n / 10);
        build(dutchIndexer, new Synthetic(warm), work.resolve("warm-dutch"));
        build(baselineIndexer, new Synthetic(warm), work.resolve("warm-standard"));
        double dutchBest = Double.MAX_VALUE;
        double baseBest = Double.MAX_VALUE;
        IndexResult full = null;
        IndexStore dutchStore = null;
        Synthetic source = null;
        for (int round = 1; round <= rounds; round++) {
            nl.vidcat.io.AtomicFiles.deleteTree(work.resolve("dutch"));
            source = new Synthetic(n);
            dutchStore = new IndexStore(work.resolve("dutch"));
            heap.reset();
            full = dutchIndexer.build(source, dutchStore, new Indexer.Options(false, false), Progress.NONE);
            dutchBest = Math.min(dutchBest, full.seconds());
            System.out.printf(Locale.ROOT, "round %d full build (Dutch chain):  %,d docs in %.1f s = %,.0f docs/s"
                    + " (incl. CheckIndex, smoke queries, suggester), peak heap %s%n", round, full.records(),
                    full.seconds(), full.records() / full.seconds(), heap.report());
            IndexResult base = build(baselineIndexer, new Synthetic(n), work.resolve("standard"));
            baseBest = Math.min(baseBest, base.seconds());
            System.out.printf(Locale.ROOT, "round %d full build (StandardAnalyzer peer): %,d docs in %.1f s = %,.0f"
                    + " docs/s%n", round, base.records(), base.seconds(), base.records() / base.seconds());
        }
        long dutchSize = size(dutchStore.buildDir(full.build()));
        IndexStore baseStore = new IndexStore(work.resolve("standard"));
        long baseSize = size(baseStore.buildDir(baseStore.current().orElseThrow()));
        System.out.printf(Locale.ROOT, "full build, fastest of %d: Dutch %.1f s (%,.0f docs/s, index %,d MB),"
                + " peer %.1f s (index %,d MB)%n", rounds, dutchBest, n / dutchBest, dutchSize >> 20, baseBest,
                baseSize >> 20);

        source.change(n / 100);
        heap.reset();
        IndexResult inc = dutchIndexer.build(source, dutchStore, new Indexer.Options(true, false), Progress.NONE);
        System.out.printf(Locale.ROOT, "incremental 1%%:            %,d updated in %.1f s (%s), peak heap %s%n",
                inc.updated(), inc.seconds(), inc.mode(), heap.report());

        List<SearchRequest> queries = queries(1000);
        heap.reset();
        double[] dutchLatency;
        try (Searcher s = Searcher.open(dutchStore)) {
            dutchLatency = latencies(q -> s.search(q), queries);
        }
        System.out.printf(Locale.ROOT, "queries (Dutch, facets + highlights, limit 10): p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, peak heap %s%n", pct(dutchLatency, 50), pct(dutchLatency, 99), pct(dutchLatency, 100),
                heap.report());

        double[] baseLatency = baselineLatencies(baseStore, queries);
        System.out.printf(Locale.ROOT, "queries (StandardAnalyzer peer, facets, no highlights): p50 %.1f ms, p99 %.1f ms%n",
                pct(baseLatency, 50), pct(baseLatency, 99));

        System.out.printf(Locale.ROOT, "ratio Dutch/Standard: build time %.2fx, index size %.2fx, query p50 %.2fx, p99 %.2fx%n",
                dutchBest / baseBest, (double) dutchSize / baseSize,
                pct(dutchLatency, 50) / pct(baseLatency, 50), pct(dutchLatency, 99) / pct(baseLatency, 99));
        System.out.printf(Locale.ROOT, "targets: >= 10,000 docs/s full build: %s; p99 < 50 ms: %s; heap <= 1 GB: %s%n",
                n / dutchBest >= 10_000 ? "met" : "NOT met", pct(dutchLatency, 99) < 50 ? "met" : "NOT met",
                heap.peakAfterGcMb <= 1024 ? "met" : "NOT met");
        heap.stopWatching();
        nl.vidcat.io.AtomicFiles.deleteTree(work);
    }

    // ---- queries

    @FunctionalInterface
    private interface Search {
        Object run(SearchRequest r) throws IOException;
    }

    private static double[] latencies(Search s, List<SearchRequest> queries) throws IOException {
        for (int i = 0; i < 200; i++) { // warm-up
            s.run(queries.get(i % queries.size()));
        }
        double[] ms = new double[queries.size()];
        Integer[] order = new Integer[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            s.run(queries.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ms[b], ms[a]));
        StringBuilder slow = new StringBuilder("  slowest:");
        for (int i = 0; i < 5; i++) {
            SearchRequest q = queries.get(order[i]);
            slow.append(String.format(Locale.ROOT, " [%s%s %.0f ms]", q.query(), q.filters().isEmpty() ? "" : " " + q.filters(),
                    ms[order[i]]));
        }
        System.out.println(slow);
        Arrays.sort(ms);
        return ms;
    }

    private static double[] baselineLatencies(IndexStore store, List<SearchRequest> queries) throws IOException {
        try (var dir = FSDirectory.open(store.buildDir(store.current().orElseThrow()));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var state = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
            SimpleQueryParser p = new SimpleQueryParser(new StandardAnalyzer(), IndexFields.WEIGHTS);
            p.setDefaultOperator(BooleanClause.Occur.MUST);
            return latencies(r -> {
                DrillDownQuery ddq = new DrillDownQuery(IndexFields.facetsConfig(), p.parse(r.query()));
                r.filters().forEach((d, vs) -> vs.forEach(v -> ddq.add(d, v)));
                var res = new DrillSideways(searcher, IndexFields.facetsConfig(), state).search(ddq, 10);
                return res.facets.getAllDims(10);
            }, queries);
        }
    }

    private static List<SearchRequest> queries(int count) {
        Random r = new Random(42);
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Topic t = Words.TOPICS.get(r.nextInt(Words.TOPICS.size()));
            String q = switch (i % 10) {
                case 0, 1, 2 -> t.words()[r.nextInt(t.words().length)];
                case 3, 4 -> t.words()[r.nextInt(t.words().length)] + " " + Words.pick(r, Words.ACTIONS).split(" ")[0];
                case 5 -> typo(r, t.words()[r.nextInt(t.words().length)]);
                case 6 -> "\"" + t.words()[r.nextInt(t.words().length)] + " " + Words.pick(r, Words.ACTIONS) + "\"";
                case 7 -> Words.pick(r, Words.SPOKEN).split(" ")[2] + " " + t.words()[0];
                case 8 -> t.words()[0] + " havo " + (1 + r.nextInt(3));
                default -> t.subject().substring(0, Math.min(3, t.subject().length())) + " " + t.words()[0];
            };
            Map<String, List<String>> filters = new LinkedHashMap<>();
            if (i % 3 == 0) {
                filters.put(IndexFields.F_SUBJECT, List.of(Filters.resolve(IndexFields.F_SUBJECT, List.of(t.subject())).get(0)));
            }
            if (i % 5 == 0) {
                filters.put(IndexFields.F_LEVEL, List.of(Words.LEVELS[r.nextInt(Words.LEVELS.length)]));
            }
            out.add(new SearchRequest(q, filters, 10, false, true));
        }
        return out;
    }

    private static String typo(Random r, String w) {
        if (w.length() < 5) {
            return w;
        }
        int i = 1 + r.nextInt(w.length() - 3);
        char[] c = w.toCharArray();
        char x = c[i];
        c[i] = c[i + 1];
        c[i + 1] = x;
        return new String(c);
    }

    // ---- synthetic records

    record Topic(String subject, String[] words) {
    }

    /** Deterministic records: record i at version v is always the same; {@link #change} bumps versions. */
    static final class Synthetic implements RecordSource {
        private final int n;
        private final Map<Integer, Integer> versions = new ConcurrentHashMap<>();
        private final Map<String, Term> subjects = new ConcurrentHashMap<>();
        private final Map<String, List<Term>> levels = new ConcurrentHashMap<>();
        private final Map<String, List<Term>> goals = new ConcurrentHashMap<>();
        private final Term licence = Normalizer.standard().licence("CC BY-SA 4.0");

        Synthetic(int n) {
            this.n = n;
        }

        void change(int count) {
            for (int i = 0; i < count; i++) {
                versions.merge(i * (n / count), 1, Integer::sum);
            }
        }

        private static String id(int i) {
            return String.format(Locale.ROOT, "bench-%08d", i);
        }

        @Override
        public List<Scanned> scan(Progress progress) {
            List<Scanned> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int v = versions.getOrDefault(i, 0);
                out.add(new Scanned(id(i), RecordSource.hash(RecordSource.utf8(i + "/" + v)), true));
            }
            return out;
        }

        @Override
        public Loaded load(Scanned s) {
            int i = Integer.parseInt(s.id().substring("bench-".length()));
            int v = versions.getOrDefault(i, 0);
            Random r = new Random(i * 31L + v * 1_000_003L);
            Topic t = Words.TOPICS.get(r.nextInt(Words.TOPICS.size()));
            String word = t.words()[r.nextInt(t.words().length)];
            String title = cap(word) + " " + Words.pick(r, Words.ACTIONS) + (r.nextInt(4) == 0 ? " deel " + (1 + r.nextInt(5)) : "")
                    + (v > 0 ? " (herzien)" : "");
            String description = "In deze video legt een leerling uit " + Words.pick(r, Words.ACTIONS) + " bij "
                    + word + ". " + cap(Words.pick(r, Words.SPOKEN)) + " " + t.words()[r.nextInt(t.words().length)]
                    + ". Handig voor de toets en om thuis te oefenen.";
            String level = Words.LEVELS[r.nextInt(Words.LEVELS.length)];
            int year = 1 + r.nextInt(3);
            Metadata m = Metadata.builder().title(title).description(description)
                    .keywords(List.of(word, t.words()[r.nextInt(t.words().length)], t.subject()))
                    .subject(subjects.computeIfAbsent(t.subject(), x -> Normalizer.standard().subject(x)))
                    .levels(levels.computeIfAbsent(level, x -> Normalizer.standard().levels(x))).years(List.of(year))
                    .goals(goals.computeIfAbsent(t.subject(), x -> Normalizer.standard().goals(Words.goalFor(x))))
                    .language("nl").licence(licence).school(Words.SCHOOLS[r.nextInt(Words.SCHOOLS.length)]).build();
            double duration = 30 + r.nextInt(900);
            SourceFile src = new SourceFile(null, null, 0, null, "mp4", duration,
                    new VideoStream("h264", null, 1280, 720, 25, 8, "yuv420p", 0, false), new AudioStream("aac", 2, 48000),
                    List.of(), null);
            VideoRecord rec = new VideoRecord(VideoRecord.SCHEMA_VERSION, s.id(), m, src, new Origin(null, null), Media.EMPTY,
                    ReviewStatus.values()[r.nextInt(3)], List.of(), List.of(), null, null);
            return new Loaded(rec, cues(r, t, duration), List.of(), s.hash());
        }

        private static List<Cue> cues(Random r, Topic t, double duration) {
            List<Cue> out = new ArrayList<>();
            int chars = 0;
            long at = 0;
            long step = (long) (duration * 1000 / 14);
            while (chars < 1000) {
                String text = cap(Words.pick(r, Words.SPOKEN)) + " " + t.words()[r.nextInt(t.words().length)] + " "
                        + Words.pick(r, Words.FILLER) + " " + Words.pick(r, Words.SPOKEN) + ".";
                out.add(new Cue(at, at + step - 100, text));
                at += step;
                chars += text.length();
            }
            return out;
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public int unreadable() {
            return 0;
        }
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- measurement helpers

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }

    /** Samples heap use: peak used, and peak of the heap left after a collection (the live set). */
    private static final class HeapWatch extends Thread {
        volatile long peakUsedMb;
        volatile long peakAfterGcMb;
        private volatile boolean running = true;

        HeapWatch() {
            setDaemon(true);
        }

        void reset() {
            peakUsedMb = 0;
            peakAfterGcMb = 0;
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        String report() {
            return String.format(Locale.ROOT, "%d MB used, %d MB live after GC", peakUsedMb, peakAfterGcMb);
        }

        @Override
        public void run() {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                long afterGc = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                        afterGc += p.getCollectionUsage().getUsed();
                    }
                }
                peakUsedMb = Math.max(peakUsedMb, used);
                peakAfterGcMb = Math.max(peakAfterGcMb, afterGc >> 20);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopWatching() {
            running = false;
        }
    }
}
