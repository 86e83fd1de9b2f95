package nl.vidcat.check;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.model.RecordIds;
import nl.vidcat.store.RecordListing;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.check.Fault.Kind;
import nl.vidcat.check.Fault.Repair;
import nl.vidcat.check.MediaRefs.Ref;
import nl.vidcat.index.IndexContents;
import nl.vidcat.index.IndexStore;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.RecordIntegrity;

/**
 * {@code vidcat check}: the catalog's fsck. Every record file is read as validate reads it (JSON and schema), its
 * name compared with its id, every media file it names looked at (size, or with a full check its SHA-256), the live
 * index compared with the records, and the catalog searched for leftover temp files and a stale lock. Read-only and
 * lock-free: readers never see a half-written file, so the check runs beside a writer (whose temp files it then
 * reports as leftovers; a {@code --repair} run holds the lock and sees none).
 *
 * <p>Records are examined in parallel; a clean record leaves nothing on the heap but a shared marker.
 */
public final class CatalogCheck {

    /**
     * @param quick     sizes only, no hashing (what {@code vidcat run} does first)
     * @param threads   worker threads
     * @param underLock the caller holds the write lock: temp files were swept by taking it, and the lock is its own
     */
    public record Options(boolean quick, int threads, boolean underLock) {
    }

    /** What one entry of records/ turned out to be; {@link #CLEAN} for an intact record named after its id. */
    private record Outcome(String claimedId, boolean readable, boolean changedSinceIndex, List<Fault> faults) {
    }

    private static final Outcome CLEAN = new Outcome(null, true, false, List.of());

    private final Catalog catalog;
    private final Options options;
    private final AtomicLong mediaFiles = new AtomicLong();
    private final AtomicLong bytesHashed = new AtomicLong();
    private final java.util.Queue<Path> temps = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public CatalogCheck(Catalog catalog, Options options) {
        this.catalog = catalog;
        this.options = options;
    }

    public CheckResult run(Progress progress) throws IOException {
        long start = System.nanoTime();
        // Temp files: the record's own folders are listed by the workers (names only, no stat per file); the walk
        // covers the rest of the catalog (logs, report, export, lost+found), on a thread of its own.
        CompletableFuture<List<Path>> elsewhere = options.underLock() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return catalog.temporaries(Set.of(catalog.recordsDir(), catalog.mediaRoot(),
                                catalog.layout().historyRoot()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        IndexContents index = IndexContents.read(new IndexStore(catalog.indexDir()));
        Instant builtAt = index.info() == null ? null : index.info().builtAt();
        List<Path> entries = RecordListing.of(catalog.recordsDir(), name -> true);
        List<Outcome> outcomes = examineAll(entries, builtAt, progress);

        List<Fault> faults = new ArrayList<>();
        if (!options.underLock()) {
            List<Path> all = new ArrayList<>(temps);
            all.addAll(await(elsewhere));
            all.sort(null);
            faults.addAll(leftovers(catalog, all));
        }
        List<String> ids = new ArrayList<>(entries.size());
        List<String> changed = new ArrayList<>();
        Set<String> owners = new HashSet<>(entries.size() * 2);
        Names names = new Names(entries);
        for (int i = 0; i < entries.size(); i++) {
            Outcome o = outcomes.get(i);
            faults.addAll(o.faults());
            if (o.claimedId() != null) {
                faults.add(names.misnamed(i, o.claimedId()));
                owners.add(o.claimedId());
            } else if (entries.get(i).getFileName().toString().endsWith(".json")) {
                String id = names.id(i);
                owners.add(id);
                if (o.readable()) {
                    ids.add(id);
                    if (o.changedSinceIndex()) {
                        changed.add(id);
                    }
                }
            }
        }
        faults.addAll(MediaFolders.orphans(catalog, owners));
        faults.addAll(IndexComparison.compare(index, ids, changed, owners));
        return new CheckResult(options.quick(), faults, List.of(), List.of(),
                faults.stream().filter(Fault::problem).count(), entries.size(), mediaFiles.get(), bytesHashed.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The stale lock and temp files, as found without the lock (taking it clears them both). */
    static List<Fault> leftovers(Catalog catalog, List<Path> temps) {
        List<Fault> out = new ArrayList<>();
        catalog.staleLock().ifPresent(holder -> out.add(new Fault(Kind.STALE_LOCK, ".lock", null,
                "the lock still names a writer that is no longer running (" + holder + "): that run was"
                        + " interrupted. Harmless for locking; 'vidcat check --repair' clears it.", Repair.CLEAR_LOCK)));
        Optional<String> writer = temps.isEmpty() ? Optional.empty() : catalog.runningWriter();
        for (Path t : temps) {
            out.add(writer.isPresent()
                    ? new Fault(Kind.TEMP_FILE_IN_USE, catalog.relativize(t), null, "temp file, most likely of the"
                            + " writer now running (" + writer.get() + ").")
                    : new Fault(Kind.TEMP_FILE, catalog.relativize(t), null, "leftover temp file of an interrupted"
                            + " write (the file it was meant to replace is intact); 'vidcat check --repair' or the"
                            + " next writing command removes it.", Repair.SWEEP));
        }
        return out;
    }

    private List<Outcome> examineAll(List<Path> entries, Instant builtAt, Progress progress) throws IOException {
        progress.start(options.quick() ? "quick check" : "check", entries.size());
        try {
            return RecordRunner.over(entries, "check", options.threads()).counting(progress, entry -> null)
                    .map(entry -> examine(entry, builtAt));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VidcatException(VidcatException.USAGE, "the check was interrupted");
        } finally {
            progress.finish();
        }
    }

    private Outcome examine(Path file, Instant builtAt) {
        String name = file.getFileName().toString();
        String rel = CatalogLayout.recordsEntry(name);
        if (AtomicFiles.isTempName(name)) {
            temps.add(file);
            return new Outcome(null, false, false, List.of());
        }
        if (!name.endsWith(".json") && Files.isDirectory(file)) {
            return stray(rel, "is a folder among the record files; vidcat does not read it. 'vidcat check --repair'"
                    + " moves it to " + CatalogLayout.LOST_FOUND_DIR + "/.");
        }
        if (!name.endsWith(".json")) {
            return stray(rel, "is not a record file (only <id>.json belongs here). 'vidcat check --repair' moves it to "
                    + CatalogLayout.LOST_FOUND_DIR + "/.");
        }
        String nameId = name.substring(0, name.length() - ".json".length());
        RecordIntegrity.Result read = options.quick() ? RecordIntegrity.readQuick(file, rel)
                : RecordIntegrity.read(file, rel);
        VideoRecord r = read.record();
        if (r == null) {
            String why = describe(read.findings());
            return RecordIds.isValid(nameId)
                    ? new Outcome(null, false, false, List.of(new Fault(Kind.RECORD_UNREADABLE, rel, nameId,
                            "cannot be read as a record: " + why, Repair.RESTORE)))
                    : stray(rel, "is not a readable record (" + why + "). 'vidcat check --repair' moves it to "
                            + CatalogLayout.LOST_FOUND_DIR + "/.");
        }
        List<Fault> faults = new ArrayList<>();
        if (!read.findings().isEmpty()) {
            faults.add(new Fault(Kind.RECORD_SCHEMA, rel, r.id(), "does not match the record schema: "
                    + describe(read.findings())));
        }
        if (!nameId.equals(r.id())) {
            return new Outcome(r.id() == null ? "" : r.id(), true, false, faults);
        }
        media(r, faults);
        if (!options.underLock()) {
            listTemps(catalog.mediaDir(r.id()));
            listTemps(catalog.historyDir(r.id()));
        }
        boolean changed = builtAt != null && read.modified() > builtAt.toEpochMilli();
        return faults.isEmpty() && !changed ? CLEAN : new Outcome(null, true, changed, faults);
    }

    /**
     * Adds the temp files directly in {@code dir} (names only: no stat per file). File.list answers null for a folder
     * that is missing (no media yet, no history) or unreadable, where NIO would build an exception per record; the
     * media check names what matters.
     */
    private void listTemps(Path dir) {
        String[] names = dir.toFile().list();
        if (names != null) {
            for (String n : names) {
                if (AtomicFiles.isTempName(n)) {
                    temps.add(dir.resolve(n));
                }
            }
        }
    }

    private static Outcome stray(String rel, String message) {
        return new Outcome(null, false, false, List.of(new Fault(Kind.STRAY, rel, null, message, Repair.SET_ASIDE)));
    }

    /** The first finding with its place, and how many more there are. */
    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "unknown reason";
        }
        Finding f = findings.get(0);
        String field = f.location().field();
        Integer line = f.location().line();
        String where = (line != null && !f.en().contains("line " + line) ? "line " + line + ", " : "")
                + (field != null && !field.isEmpty() ? field + ": " : "");
        String text = f.en().endsWith(".") ? f.en().substring(0, f.en().length() - 1) : f.en();
        return where + text + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)." : ".");
    }

    private void media(VideoRecord r, List<Fault> faults) {
        for (Ref ref : MediaRefs.of(r)) {
            mediaFiles.incrementAndGet();
            Fault f = media(r, ref);
            if (f != null) {
                faults.add(f);
            }
        }
    }

    private Fault media(VideoRecord r, Ref ref) {
        String what = "the " + ref.what() + " of " + r.id();
        Path p;
        try {
            p = catalog.resolve(ref.file());
        } catch (VidcatException e) {
            return new Fault(Kind.MEDIA_MISSING, null, r.id(), "record " + r.id() + " names its " + ref.what() + " "
                    + e.getMessage() + "; correct the record by hand.");
        }
        boolean stale = MediaRefs.stale(ref, r);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return problem(Kind.MEDIA_MISSING, ref, r, what + " is not a regular file.");
            }
            if (stale) {
                return stale(ref, r);
            }
            if (ref.size() >= 0 && a.size() != ref.size()) {
                return problem(Kind.MEDIA_DAMAGED, ref, r, what + " is " + a.size() + " bytes, the record says "
                        + ref.size() + ": damaged or replaced.");
            }
            if (!options.quick() && ref.sha256() != null) {
                String sha = FileHash.sha256(p);
                bytesHashed.addAndGet(a.size());
                if (!sha.equals(ref.sha256())) {
                    return problem(Kind.MEDIA_DAMAGED, ref, r, what + " is damaged: its SHA-256 differs from the one"
                            + " recorded when it was stored.");
                }
            }
            return null;
        } catch (NoSuchFileException e) {
            return stale ? stale(ref, r) : problem(Kind.MEDIA_MISSING, ref, r, what + " is missing.");
        } catch (IOException e) {
            return problem(Kind.MEDIA_MISSING, ref, r, what + " cannot be read (" + e.getMessage() + ").");
        }
    }

    /** A missing or damaged file: a derived one is made again after --repair, an original needs a person. */
    private static Fault problem(Kind kind, Ref ref, VideoRecord r, String what) {
        return ref.remakes() == null
                ? new Fault(kind, ref.file(), r.id(), what + " It is the original: put it back from a backup.")
                : new Fault(kind, ref.file(), r.id(), what + " 'vidcat check --repair' sets it aside"
                        + (kind == Kind.MEDIA_MISSING ? "" : " in " + CatalogLayout.LOST_FOUND_DIR + "/")
                        + " and marks it for remaking by '" + ref.remakes() + "'.", Repair.REMAKE);
    }

    private static Fault stale(Ref ref, VideoRecord r) {
        return new Fault(Kind.MEDIA_STALE, ref.file(), r.id(), "the " + ref.what() + " of " + r.id()
                + " is marked for remaking; '" + ref.remakes() + "' makes it.");
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static IOException unwrap(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof IOException io ? io : new IOException(t);
    }
}
