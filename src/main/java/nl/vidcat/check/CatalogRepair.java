package nl.vidcat.check;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.RecordHistory;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat check --repair}: the check under the write lock, then only the repairs that lose nothing. Temp files
 * of interrupted writes go (taking the lock sweeps them) and a killed writer's name leaves the lock file; everything
 * else that is moved keeps its bytes in {@code lost+found/} under its catalog path: strays and surplus copies of a
 * record, damaged derived media (whose record entries are then marked stale, so transcode or thumbnails make them
 * again). A misnamed record whose id is free is renamed to its id. An unreadable record gets its last good version
 * back from its history only when asked. Originals and the index are left to a person or to the command that owns
 * them.
 */
public final class CatalogRepair {

    private static final Logger LOG = LogManager.getLogger(CatalogRepair.class);

    private final Catalog catalog;
    private final CatalogCheck.Options options;
    private final boolean restoreUnreadable;
    private final Clock clock;
    private final List<String> notDone = new ArrayList<>();

    /**
     * @param options           how to check; {@code underLock} is implied
     * @param restoreUnreadable also put back the last good version of each unreadable record (its history); the
     *                          unreadable bytes are kept as a version first, so that is undone by 'vidcat restore'
     */
    public CatalogRepair(Catalog catalog, CatalogCheck.Options options, boolean restoreUnreadable, Clock clock) {
        this.catalog = catalog;
        this.options = new CatalogCheck.Options(options.quick(), options.threads(), true);
        this.restoreUnreadable = restoreUnreadable;
        this.clock = clock;
    }

    public CheckResult run(String command, Duration wait, Progress progress) throws IOException {
        // Seen before the lock, which clears both: the lock's holder name and the temp files.
        List<Fault> leftovers = CatalogCheck.leftovers(catalog, catalog.temporaries());
        try (CatalogLock lock = catalog.lock(command, wait)) {
            CheckResult checked = new CatalogCheck(catalog, options).run(progress);
            List<Fault> faults = new ArrayList<>(leftovers);
            faults.addAll(checked.faults());
            List<String> done = new ArrayList<>();
            long left = 0;
            Map<String, Set<String>> remake = new LinkedHashMap<>();
            for (Fault f : faults) {
                if (!f.problem()) {
                    continue;
                }
                String did = switch (f.repair()) {
                    case SWEEP -> Files.exists(catalog.resolve(f.file())) ? null : "removed";
                    case CLEAR_LOCK -> "cleared (this repair took the lock and leaves it unnamed)";
                    case SET_ASIDE -> setAside(f.file());
                    case RENAME -> rename(f);
                    case REMAKE -> {
                        remake.computeIfAbsent(f.id(), k -> new LinkedHashSet<>()).add(f.file());
                        yield "pending";
                    }
                    case RESTORE -> restoreUnreadable ? restore(f.id()) : null;
                    case NONE -> null;
                };
                if (did == null) {
                    left++;
                } else if (!did.equals("pending")) {
                    done.add(f.file() + ": " + did);
                }
            }
            for (Map.Entry<String, Set<String>> e : remake.entrySet()) {
                left += remake(e.getKey(), e.getValue(), done);
            }
            return new CheckResult(checked.quick(), faults, done, notDone, left, checked.records(),
                    checked.mediaFiles(), checked.bytesHashed(), checked.took());
        }
    }

    /** Puts back the last readable version of record {@code id}; returns what it did, or null (with the reason). */
    private String restore(String id) {
        try {
            RecordHistory.Restored r = catalog.history().restore(id, null);
            return "restored version " + r.version().number() + " (" + r.version().writtenBy() + ", "
                    + r.version().writtenAt() + ")" + (r.reviewsKept() > 0 ? ", keeping " + r.reviewsKept()
                    + " later review(s)" : "") + "; the unreadable file is version " + r.keptAs() + " ('vidcat"
                    + " history " + id + "')";
        } catch (VidcatException | IOException e) {
            notDone.add(CatalogLayout.recordsEntry(id + ".json") + ": not restored: " + e.getMessage());
            return null;
        }
    }

    /** Moves a catalog file or folder to lost+found/ under its catalog path; returns what it did, or null. */
    private String setAside(String rel) {
        Path from = catalog.resolve(rel);
        try {
            Path to = freeName(catalog.lostFoundDir().resolve(rel));
            Files.createDirectories(to.getParent());
            Files.move(from, to);
            LOG.info("check --repair moved {} to {}", rel, catalog.relativize(to));
            return "moved to " + catalog.relativize(to);
        } catch (IOException e) {
            LOG.warn("check --repair could not move {} to {}: {}", rel, CatalogLayout.LOST_FOUND_DIR, e.toString());
            notDone.add(rel + ": could not be moved to " + CatalogLayout.LOST_FOUND_DIR + "/ (" + e.getMessage() + ")");
            return null;
        }
    }

    private static Path freeName(Path p) {
        Path candidate = p;
        for (int n = 1; Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = p.resolveSibling(p.getFileName() + "." + n);
        }
        return candidate;
    }

    private String rename(Fault f) {
        Path from = catalog.resolve(f.file());
        Path to = catalog.recordFile(f.id());
        try {
            Files.move(from, to); // no REPLACE_EXISTING: never over another file (checked again by the move)
            LOG.info("check --repair renamed {} to {}", f.file(), catalog.relativize(to));
            return "renamed to " + catalog.relativize(to);
        } catch (FileAlreadyExistsException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("check --repair could not rename {}: {}", f.file(), e.toString());
            notDone.add(f.file() + ": could not be renamed (" + e.getMessage() + ")");
            return null;
        }
    }

    /**
     * Sets the damaged or missing derived files of one record aside and marks them stale in the record. Returns how
     * many of them are left unrepaired.
     */
    private int remake(String id, Set<String> files, List<String> done) throws IOException {
        Optional<VideoRecord> r = catalog.find(id);
        if (r.isEmpty()) {
            return files.size();
        }
        List<String> lines = new ArrayList<>();
        for (String rel : files) {
            if (Files.exists(catalog.resolve(rel))) {
                String moved = setAside(rel);
                if (moved == null) {
                    return files.size(); // the record keeps vouching for files still in place
                }
                lines.add(rel + ": " + moved + ", marked for remaking");
            } else {
                lines.add(rel + ": marked for remaking");
            }
        }
        catalog.save(MediaRefs.markStale(r.get(), files, clock.instant()), "repair");
        done.addAll(lines);
        return 0;
    }
}
