package nl.vidcat.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.stage.Progress;
import nl.vidcat.io.VidcatException;
import nl.vidcat.index.RecordSource.Scanned;
import nl.vidcat.validate.CatalogFindings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * {@code vidcat index}: builds the search index of a catalog safely. Every build, full or incremental, goes into a
 * fresh directory, gets its facts in the commit user data ({@link IndexInfo}), passes {@link BuildCheck} (CheckIndex
 * and smoke queries), and only then is published through {@link IndexStore}; anything failing on the way leaves the
 * live index serving. An incremental build starts from hard links to the live build's files (Lucene never rewrites a
 * file), so it costs only the changed records.
 */
public final class Indexer {

    private static final Logger LOG = LogManager.getLogger(Indexer.class);

    /** Whether to update the live index by record hash, and whether to build even when nothing changed. */
    public record Options(boolean incremental, boolean force) {
    }

    private final Analyzer analyzer;
    private final boolean dutch;
    private final DutchAnalysis analysis;
    private final int threads;
    private final double ramBufferMb;
    private final Clock clock;

    public Indexer() {
        this(DutchAnalysis.standard(), null, Runtime.getRuntime().availableProcessors(), 128, Clock.systemUTC());
    }

    /**
     * @param analyzer the index-time analyzer, or null for the Dutch chain of {@code analysis} (the benchmark swaps in
     *                 a plain StandardAnalyzer for its baseline)
     */
    Indexer(DutchAnalysis analysis, Analyzer analyzer, int threads, double ramBufferMb, Clock clock) {
        this.analysis = analysis;
        this.dutch = analyzer == null;
        this.analyzer = analyzer != null ? analyzer : IndexFields.perField(analysis.index(), analysis.exact());
        this.threads = Math.max(1, threads);
        this.ramBufferMb = ramBufferMb;
        this.clock = clock;
    }

    public static String vidcatVersion() {
        String v = Indexer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Indexes the catalog's records into {@code CATALOG/index}, first validating them all (records with errors are
     * indexed but only found with --include-invalid). Callers hold the catalog lock.
     */
    public IndexResult index(Catalog catalog, Options options, Progress progress) throws IOException {
        return index(catalog, CatalogFindings.of(catalog, progress), options, progress);
    }

    /** {@link #index(Catalog, Options, Progress)} with findings the caller already has. */
    public IndexResult index(Catalog catalog, CatalogFindings findings, Options options, Progress progress)
            throws IOException {
        // Anything besides the record that shapes its document: a change re-indexes every record. (Rule settings
        // need not be here: they act through each record's errors, which are part of its hash.)
        String context = "analysis " + DutchAnalysis.VERSION + "\nvidcat " + vidcatVersion();
        return build(new CatalogRecordSource(catalog, findings, RecordSource.utf8(context)),
                new IndexStore(catalog.indexDir()), options, progress);
    }

    /** Builds from any record source into {@code store}. Callers hold the catalog lock. */
    public IndexResult build(RecordSource source, IndexStore store, Options options, Progress progress)
            throws IOException {
        long t0 = System.nanoTime();
        store.sweepUnfinished();
        List<Scanned> scanned = uniqueById(source.scan(progress), source);
        String fingerprint = fingerprint(scanned);
        long searchable = scanned.stream().filter(Scanned::valid).count();

        try (Live live = Live.open(store)) {
            if (live.info != null && !options.force() && live.info.fingerprint().equals(fingerprint)
                    && live.info.analyzerVersion() == DutchAnalysis.VERSION) {
                return new IndexResult("unchanged", null, live.info.build(), store.previous().orElse(null),
                        live.info.records(), live.info.searchable(), 0, 0, 0, source.unreadable(), source.warnings(),
                        seconds(t0));
            }
            String reason = null;
            boolean incremental = options.incremental();
            if (incremental && live.info == null) {
                reason = live.problem;
            } else if (incremental && live.info.analyzerVersion() != DutchAnalysis.VERSION) {
                reason = "analyzer version changed from " + live.info.analyzerVersion() + " to " + DutchAnalysis.VERSION;
            }
            incremental = incremental && reason == null;

            Path part = store.startBuild();
            try {
                IndexInfo info = new IndexInfo(IndexStore.nameOf(part), fingerprint, scanned.size(), searchable,
                        DutchAnalysis.VERSION, vidcatVersion(), clock.instant(), incremental ? "incremental" : "full");
                long[] counts = incremental ? update(part, live, scanned, source, info, progress)
                        : full(part, scanned, source, info, progress);
                LOG.info("indexed {} records in {} s; checking the build", scanned.size(), String.format("%.1f", seconds(t0)));
                new BuildCheck(analysis, dutch).verify(part, info, counts[3] == 0 ? null : live.segmentNames,
                        samples(scanned, source));
                String name = store.publish(part);
                LOG.info("published index build {} ({} records, {} searchable)", name, scanned.size(), searchable);
                return new IndexResult(info.mode(), reason, name, store.previous().orElse(null), scanned.size(),
                        searchable, counts[0], counts[1], counts[2], source.unreadable(), source.warnings(),
                        seconds(t0));
            } catch (IOException | RuntimeException | Error e) {
                AtomicFiles.deleteTree(part);
                throw e;
            }
        }
    }

    /** Points CURRENT back at the previous build (and PREVIOUS at the one it replaces). */
    public IndexResult rollback(IndexStore store) throws IOException {
        String target;
        try {
            target = store.rollback();
        } catch (IllegalStateException e) {
            throw VidcatException.usage("cannot roll back: " + e.getMessage());
        }
        IndexInfo info = status(store).orElseThrow(() -> new VidcatException(VidcatException.FINDINGS,
                "rolled back to " + target + ", but it cannot be opened"));
        return new IndexResult("rollback", null, target, store.previous().orElse(null), info.records(),
                info.searchable(), 0, 0, 0, 0, List.of(), 0);
    }

    /** The live build's facts, if there is a readable one. */
    public static Optional<IndexInfo> status(IndexStore store) throws IOException {
        Optional<String> cur = store.current();
        if (cur.isEmpty()) {
            return Optional.empty();
        }
        try (Directory d = FSDirectory.open(store.buildDir(cur.get()))) {
            return Optional.of(IndexInfo.fromUserData(cur.get(), SegmentInfos.readLatestCommit(d).getUserData()));
        } catch (IOException e) {
            LOG.warn("index build {} is unreadable: {}", cur.get(), e.getMessage());
            return Optional.empty();
        }
    }

    /** @return {added, updated, removed, 0} */
    private long[] full(Path part, List<Scanned> scanned, RecordSource source, IndexInfo info, Progress progress)
            throws IOException {
        try (Directory dir = FSDirectory.open(part);
             IndexWriter w = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE))) {
            write(w, scanned, Set.of(), source, progress);
            commit(w, info);
        }
        return new long[]{scanned.size(), 0, 0, 0};
    }

    /** @return {added, updated, removed, 1} */
    private long[] update(Path part, Live live, List<Scanned> scanned, RecordSource source, IndexInfo info,
                          Progress progress) throws IOException {
        linkCommitFiles(live.dir, part);
        Map<String, BytesRef> old = live.hashes();
        List<Scanned> todo = new ArrayList<>();
        Set<String> existing = new HashSet<>();
        Set<String> ids = new HashSet<>();
        long added = 0;
        for (Scanned s : scanned) {
            ids.add(s.id());
            BytesRef h = old.get(s.id());
            if (h == null || !h.bytesEquals(new BytesRef(s.hash()))) {
                todo.add(s);
                if (h == null) {
                    added++;
                } else {
                    existing.add(s.id());
                }
            }
        }
        List<Term> removed = old.keySet().stream().filter(id -> !ids.contains(id)).map(id -> new Term(IndexFields.ID, id))
                .toList();
        try (Directory dir = FSDirectory.open(part);
             IndexWriter w = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND))) {
            if (!removed.isEmpty()) {
                w.deleteDocuments(removed.toArray(Term[]::new));
            }
            write(w, todo, existing, source, progress);
            commit(w, info);
        }
        return new long[]{added, existing.size(), removed.size(), 1};
    }

    /** Loads and indexes {@code todo} on {@link #threads} threads; ids in {@code replace} replace their old document. */
    private void write(IndexWriter w, List<Scanned> todo, Set<String> replace, RecordSource source, Progress progress)
            throws IOException {
        progress.start("indexing", todo.size());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vidcat-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < todo.size(); i = next.getAndIncrement()) {
                        Scanned s = todo.get(i);
                        Document doc = RecordDocuments.build(source.load(s));
                        if (replace.contains(s.id())) {
                            w.updateDocument(new Term(IndexFields.ID, s.id()), doc);
                        } else {
                            w.addDocument(doc);
                        }
                        progress.advance(1, s.id());
                    }
                    return null;
                }));
            }
            for (Future<Void> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VidcatException(VidcatException.FINDINGS, "interrupted while indexing; the previous index stays live");
        } catch (ExecutionException e) {
            next.set(todo.size()); // stop the other workers
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(ramBufferMb);
        c.setUseCompoundFile(false);
        TieredMergePolicy mp = new TieredMergePolicy();
        mp.setNoCFSRatio(0.0);
        c.setMergePolicy(mp);
        c.setCommitOnClose(false);
        return c;
    }

    private static void commit(IndexWriter w, IndexInfo info) throws IOException {
        w.setLiveCommitData(info.toUserData().entrySet());
        w.commit();
    }

    /** Lucene never changes a file once written, so the new build can share the live build's files. */
    private static void linkCommitFiles(Directory from, Path to) throws IOException {
        Path src = ((FSDirectory) from).getDirectory();
        for (String f : SegmentInfos.readLatestCommit(from).files(true)) {
            try {
                Files.createLink(to.resolve(f), src.resolve(f));
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(src.resolve(f), to.resolve(f));
            }
        }
    }

    /** A few records the smoke test must be able to find by their title. */
    private static List<RecordSource.Loaded> samples(List<Scanned> scanned, RecordSource source) throws IOException {
        List<Scanned> valid = scanned.stream().filter(Scanned::valid).toList();
        List<RecordSource.Loaded> out = new ArrayList<>();
        if (!valid.isEmpty()) {
            for (int i : new int[]{0, valid.size() / 2, valid.size() - 1}) {
                out.add(source.load(valid.get(i)));
            }
        }
        return out;
    }

    private static List<Scanned> uniqueById(List<Scanned> in, RecordSource source) {
        List<Scanned> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing(Scanned::id));
        List<Scanned> out = new ArrayList<>(sorted.size());
        for (Scanned s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).id().equals(s.id())) {
                LOG.warn("record id {} appears twice; indexing the first", s.id());
                continue;
            }
            out.add(s);
        }
        return out;
    }

    static String fingerprint(List<Scanned> sortedById) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Scanned s : sortedById) {
                md.update(RecordSource.utf8(s.id()));
                md.update((byte) 0);
                md.update(s.hash());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The live build, opened to compare against and to update from; {@code info} is null when there is none. */
    private static final class Live implements AutoCloseable {
        final Directory dir;
        final DirectoryReader reader;
        final IndexInfo info;
        final String problem;
        final List<String> segmentNames;

        private Live(Directory dir, DirectoryReader reader, IndexInfo info, String problem, List<String> segmentNames) {
            this.dir = dir;
            this.reader = reader;
            this.info = info;
            this.problem = problem;
            this.segmentNames = segmentNames;
        }

        static Live open(IndexStore store) throws IOException {
            Optional<String> cur = store.current();
            if (cur.isEmpty()) {
                return new Live(null, null, null, "no index yet", List.of());
            }
            Directory dir = FSDirectory.open(store.buildDir(cur.get()));
            try {
                DirectoryReader reader = DirectoryReader.open(dir);
                SegmentInfos sis = SegmentInfos.readLatestCommit(dir);
                List<String> names = new ArrayList<>();
                for (SegmentCommitInfo sci : sis) {
                    names.add(sci.info.name);
                }
                return new Live(dir, reader, IndexInfo.fromUserData(cur.get(), sis.getUserData()), null, names);
            } catch (IOException e) {
                LOG.warn("live index build {} is unreadable ({}); building a new one from scratch", cur.get(),
                        e.getMessage());
                dir.close();
                return new Live(null, null, null, "live index unreadable", List.of());
            }
        }

        /** id -> record hash of every live document. */
        Map<String, BytesRef> hashes() throws IOException {
            Map<String, BytesRef> out = new HashMap<>(reader.numDocs() * 2);
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                SortedDocValues ids = leaf.getSortedDocValues(IndexFields.ID);
                BinaryDocValues hashes = leaf.getBinaryDocValues(IndexFields.HASH);
                Bits liveDocs = leaf.getLiveDocs();
                if (ids == null || hashes == null) {
                    continue;
                }
                for (int d = 0; d < leaf.maxDoc(); d++) {
                    if ((liveDocs == null || liveDocs.get(d)) && ids.advanceExact(d) && hashes.advanceExact(d)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), BytesRef.deepCopyOf(hashes.binaryValue()));
                    }
                }
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
            if (dir != null) {
                dir.close();
            }
        }
    }
}
