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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.io.VidcatException;
import nl.vidcat.index.RecordSource.Scanned;
import nl.vidcat.validate.CatalogFindings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

    /**
     * The documents a build added, replaced and removed; {@code fromLive} when it started from the live build's
     * files (whose segments the check then expects to find again).
     */
    private record Written(long added, long updated, long removed, boolean fromLive) {
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

        try (LiveBuild live = LiveBuild.open(store)) {
            IndexInfo was = live.info();
            if (was != null && !options.force() && was.fingerprint().equals(fingerprint)
                    && was.analyzerVersion() == DutchAnalysis.VERSION) {
                return IndexResult.unchanged(was, store.previous().orElse(null), source.unreadable(),
                        source.warnings(), seconds(t0));
            }
            String reason = null;
            boolean incremental = options.incremental();
            if (incremental && was == null) {
                reason = live.problem();
            } else if (incremental && was.analyzerVersion() != DutchAnalysis.VERSION) {
                reason = "analyzer version changed from " + was.analyzerVersion() + " to " + DutchAnalysis.VERSION;
            }
            incremental = incremental && reason == null;

            Path part = store.startBuild();
            try {
                IndexInfo info = new IndexInfo(IndexStore.nameOf(part), fingerprint, scanned.size(), searchable,
                        DutchAnalysis.VERSION, vidcatVersion(), clock.instant(), incremental ? "incremental" : "full");
                Written written = incremental ? update(part, live, scanned, source, info, progress)
                        : full(part, scanned, source, info, progress);
                LOG.info("indexed {} records in {} s; checking the build", scanned.size(), String.format("%.1f", seconds(t0)));
                new BuildCheck(analysis, dutch).verify(part, info, written.fromLive() ? live.segmentNames() : null,
                        samples(scanned, source));
                String name = store.publish(part);
                LOG.info("published index build {} ({} records, {} searchable)", name, scanned.size(), searchable);
                return new IndexResult(info.mode(), reason, name, store.previous().orElse(null), scanned.size(),
                        searchable, written.added(), written.updated(), written.removed(), source.unreadable(),
                        source.warnings(), seconds(t0));
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
        return IndexResult.rolledBack(target, info, store.previous().orElse(null));
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

    /** Writes every record into a new index. */
    private Written full(Path part, List<Scanned> scanned, RecordSource source, IndexInfo info, Progress progress)
            throws IOException {
        try (Directory dir = FSDirectory.open(part);
             IndexWriter w = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE))) {
            write(w, scanned, Set.of(), source, progress);
            // a full build is read, never written again: one segment is one term lookup per field and term, and
            // facet counts without a map between segments' ordinals
            w.forceMerge(1);
            commit(w, info);
        }
        return new Written(scanned.size(), 0, 0, false);
    }

    /** Starts from the live build's files and writes only the records whose hash changed. */
    private Written update(Path part, LiveBuild live, List<Scanned> scanned, RecordSource source, IndexInfo info,
                          Progress progress) throws IOException {
        linkCommitFiles(live.dir(), part);
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
        return new Written(added, existing.size(), removed.size(), true);
    }

    /** Loads and indexes {@code todo} on {@link #threads} threads; ids in {@code replace} replace their old document. */
    private void write(IndexWriter w, List<Scanned> todo, Set<String> replace, RecordSource source, Progress progress)
            throws IOException {
        progress.start("indexing", todo.size());
        try {
            RecordRunner.over(todo, "index", threads).counting(progress, Scanned::id).forEach(s -> {
                Document doc = RecordDocuments.build(source.load(s));
                if (replace.contains(s.id())) {
                    w.updateDocument(new Term(IndexFields.ID, s.id()), doc);
                } else {
                    w.addDocument(doc);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VidcatException(VidcatException.FINDINGS, "interrupted while indexing; the previous index stays live");
        } finally {
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
}
