package nl.vidcat.store;

import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.VideoRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A catalog directory a curator can back up, diff and keep in git; {@link CatalogLayout} says where what lives.
 * All writes go through {@link AtomicFiles}. Writers hold {@link #lock}; readers need no lock because no file is
 * ever visible half-written.
 */
public final class Catalog {

    private static final Logger LOG = LogManager.getLogger(Catalog.class);

    private final Path dir;
    private final CatalogLayout layout;
    private final CatalogSettings settings;
    private final RecordHistory history;

    private Catalog(Path dir, CatalogSettings settings) {
        this.dir = dir;
        this.layout = CatalogLayout.of(dir);
        this.settings = settings;
        this.history = new RecordHistory(this, java.time.Clock.systemUTC());
    }

    /** Opens an existing catalog; a missing one is a usage error with a hint. */
    public static Catalog open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path settingsFile = CatalogLayout.of(abs).settingsFile();
        if (!CatalogLayout.isCatalog(abs)) {
            throw VidcatException.usage("no catalog at " + dir + " (no " + CatalogLayout.SETTINGS_FILE
                    + "); create one with 'vidcat ingest FOLDER', or point --catalog at an existing one");
        }
        try {
            CatalogSettings s = Json.mapper().readValue(settingsFile.toFile(), CatalogSettings.class);
            if (s.schemaVersion() > VideoRecord.SCHEMA_VERSION) {
                throw VidcatException.usage("catalog " + dir + " has schema version " + s.schemaVersion()
                        + ", newer than this vidcat understands (" + VideoRecord.SCHEMA_VERSION + "); upgrade vidcat");
            }
            return new Catalog(abs, s);
        } catch (IOException e) {
            throw VidcatException.usage("cannot read " + settingsFile + ": " + e.getMessage());
        }
    }

    /** Opens the catalog, creating an empty one first when the directory has none. */
    public static Catalog openOrCreate(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw VidcatException.usage("--catalog " + dir + " is a file, not a directory");
        }
        CatalogLayout layout = CatalogLayout.of(abs);
        if (!CatalogLayout.isCatalog(abs)) {
            Files.createDirectories(layout.recordsDir());
            Files.createDirectories(layout.mediaRoot());
            AtomicFiles.write(layout.gitignore(), CatalogLayout.GITIGNORE_TEXT.getBytes());
            AtomicFiles.write(layout.settingsFile(),
                    Json.pretty(CatalogSettings.defaults(abs.getFileName().toString())));
            LOG.info("created catalog {}", abs);
        }
        return open(abs);
    }

    public Path dir() {
        return dir;
    }

    public CatalogSettings settings() {
        return settings;
    }

    /** Where everything lives in this catalog. */
    public CatalogLayout layout() {
        return layout;
    }

    public Path recordsDir() {
        return layout.recordsDir();
    }

    public Path mediaDir(String id) {
        requireValidId(id);
        return layout.mediaDir(id);
    }

    /** The folder of all {@code media/<id>/} folders. */
    public Path mediaRoot() {
        return layout.mediaRoot();
    }

    public Path indexDir() {
        return layout.indexDir();
    }

    public Path lostFoundDir() {
        return layout.lostFoundDir();
    }

    /**
     * The holder the lock file still names although that process is gone and no process holds the lock: a writer that
     * was killed or crashed (a finished one clears the name). Harmless for locking, which uses the OS lock, but a sign
     * that a run was interrupted. Empty when the lock is free and unnamed, or held.
     */
    public Optional<String> staleLock() {
        return CatalogLock.holder(dir).filter(h -> !h.running()).map(CatalogLock.Holder::name);
    }

    /** The writer now holding the lock, as the lock file names it; empty when none is named or it is gone. */
    public Optional<String> runningWriter() {
        return CatalogLock.holder(dir).filter(CatalogLock.Holder::running).map(CatalogLock.Holder::name);
    }

    /** See {@link CatalogLayout#ownedFolders()}. */
    public List<Path> ownedFolders() {
        return layout.ownedFolders();
    }

    /** The folder of record {@code id}'s versions. */
    public Path historyDir(String id) {
        requireValidId(id);
        return layout.historyDir(id);
    }

    /** The versions of the records: {@code vidcat history} and {@code vidcat restore}. */
    public RecordHistory history() {
        return history;
    }

    public Path recordFile(String id) {
        requireValidId(id);
        return layout.recordFile(id);
    }

    /** Resolves a catalog-relative path from a record, refusing anything that would leave the catalog. */
    public Path resolve(String catalogRelative) {
        Path p;
        try {
            p = dir.resolve(catalogRelative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw VidcatException.usage("path '" + catalogRelative.replace("\0", "\\0") + "' is not a valid path: "
                    + e.getReason());
        }
        if (!p.startsWith(dir) || Path.of(catalogRelative).isAbsolute()) {
            throw VidcatException.usage("path '" + catalogRelative + "' points outside the catalog");
        }
        return p;
    }

    /** The catalog-relative, '/'-separated form of a path inside the catalog, as stored in records. */
    public String relativize(Path p) {
        return dir.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Takes the write lock, waiting up to {@code wait}; see {@link CatalogLock}. */
    public CatalogLock lock(String command, Duration wait) throws IOException {
        CatalogLock lock = CatalogLock.acquire(dir, command, wait, false);
        sweepTemporaries();
        return lock;
    }

    /**
     * For a command that only reads: the write lock, or on a catalog this user cannot write a shared one (or none);
     * see {@link CatalogLock#acquireForReading}. Sweeps temp files only under the write lock.
     */
    public CatalogLock lockForReading(String command, Duration wait) throws IOException {
        CatalogLock lock = CatalogLock.acquireForReading(dir, command, wait);
        if (lock.exclusive()) {
            sweepTemporaries();
        }
        return lock;
    }

    /**
     * Takes the lock shared with other sharded media runs ({@code --shard}); see {@link CatalogLock}. Does not sweep
     * temp files: the other shards' are live.
     */
    public CatalogLock lockShared(String command, Duration wait) throws IOException {
        return CatalogLock.acquire(dir, command, wait, true);
    }

    /**
     * Removes temp files left by a crashed or killed writer. Only safe under the lock: then no live writer owns them.
     */
    void sweepTemporaries() throws IOException {
        for (Path p : temporaries()) {
            LOG.info("removing leftover temp file {} from an interrupted run", relativize(p));
            Files.deleteIfExists(p);
        }
    }

    /**
     * Temp files of interrupted writes anywhere in the catalog but the index (which keeps its own, see IndexStore).
     * Read-only: without the lock some may belong to a live writer.
     */
    public List<Path> temporaries() throws IOException {
        return temporaries(Set.of());
    }

    /** {@link #temporaries()} outside the folders {@code skip} (a caller that lists those itself). */
    public List<Path> temporaries(Set<Path> skip) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                if (d.equals(indexDir()) || skip.contains(d)) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                if (AtomicFiles.isTemp(d)) {
                    out.add(d);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (AtomicFiles.isTemp(f)) {
                    out.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /**
     * Record files in id order (temp files and non-JSON files skipped). A catalog of millions is listed without
     * holding its names on the heap ({@link RecordListing}).
     */
    public List<Path> recordFiles() {
        return RecordListing.of(recordsDir(), name -> name.endsWith(".json") && !AtomicFiles.isTempName(name));
    }

    /**
     * All readable records in id order, each from its own {@code <id>.json}. Stages that act on the whole catalog use
     * {@link #scan()} instead, so an unreadable or stray file is reported rather than taken for absent.
     */
    public List<VideoRecord> records() {
        return scan().records();
    }

    /** Every record file, read: the records, the unreadable files and the strays ({@link RecordScan}). */
    public RecordScan scan() {
        return RecordScan.of(this);
    }

    /** The record files of {@code ids}, or all when empty; an unknown id is a usage error. */
    public RecordScan scan(List<String> ids) {
        return RecordScan.of(this, ids);
    }

    public Optional<VideoRecord> find(String id) {
        if (!RecordIds.isValid(id)) {
            return Optional.empty();
        }
        Path f = recordFile(id);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        return Optional.of(RecordScan.of(this, List.of(id)).requireReadable());
    }

    public static VideoRecord read(Path recordFile) throws IOException {
        return parse(Files.readAllBytes(recordFile));
    }

    /** A record from the bytes of its file. */
    public static VideoRecord parse(byte[] json) throws IOException {
        return Json.mapper().readValue(json, VideoRecord.class);
    }

    /** {@link #save(VideoRecord, String)} for a change without a command name of its own. */
    public void save(VideoRecord record) throws IOException {
        save(record, "vidcat");
    }

    /**
     * Writes a record atomically, first keeping it as a version, and the file it replaces too when vidcat did not
     * write that ({@link RecordHistory}). {@code change} names the version in {@code vidcat history}: "ingest",
     * "review", "transcode", … Callers hold the lock. An existing record file that cannot be read is never replaced
     * (exit 1, bytes untouched); {@code vidcat restore} is the one way to put a good version over it.
     */
    public void save(VideoRecord record, String change) throws IOException {
        RecordScan.requireReplaceable(this, recordFile(record.id()));
        history.replace(record.id(), Json.pretty(record), change);
    }

    /** Writes catalog.json atomically. Callers hold the lock. */
    public Catalog saveSettings(CatalogSettings s) throws IOException {
        AtomicFiles.write(layout.settingsFile(), Json.pretty(s));
        return new Catalog(dir, s);
    }

    private static void requireValidId(String id) {
        if (!RecordIds.isValid(id)) {
            throw VidcatException.usage("'" + id + "' is not a valid record id");
        }
    }
}
