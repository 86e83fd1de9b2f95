package nl.vidcat.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import nl.vidcat.io.VidcatException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What {@code vidcat serve} publishes: exactly what the last {@code vidcat export --format oai-pmh} into one folder
 * published. Each request asks for the current {@link Snapshot}; a stat of the export's marker tells whether a new
 * build was swapped in, which is then loaded whole before it replaces the old one, so no request ever sees half a
 * build and no restart is needed. A build that cannot be read is logged once and the last good snapshot stays current
 * ({@link #isPublished} answers from it); /oai, which needs that build's files, answers 503 until a readable one.
 */
public final class PublishedExport implements Predicate<String> {

    private static final Logger LOG = LogManager.getLogger(PublishedExport.class);

    private final Path dir;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    // a plain lock, not synchronized: a virtual thread reading a new export must not pin its carrier (JDK 21-23)
    private final ReentrantLock loading = new ReentrantLock();
    /** A build that could not be read, so it is not read again on every request. */
    private volatile Snapshot.Identity unreadable;

    private PublishedExport(Path dir, Snapshot first) {
        this.dir = dir;
        current.set(first);
    }

    /** The export in {@code dir}; a missing or unreadable one is a usage error (exit 2). */
    public static PublishedExport open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs.resolve(Snapshot.MARKER))) {
            throw VidcatException.usage("no OAI-PMH export in " + dir + "; run 'vidcat export --format oai-pmh --out "
                    + dir + " …' (or 'vidcat run --export oai-pmh') first, or name it with --export");
        }
        try {
            return new PublishedExport(abs, Snapshot.load(abs));
        } catch (IOException | RuntimeException e) {
            throw VidcatException.usage("cannot read the OAI-PMH export in " + dir + ": " + e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    /** The build to answer from: the one now in the folder, loaded when it is new. */
    Snapshot current() {
        Snapshot s = current.get();
        Snapshot.Identity now;
        try {
            now = Snapshot.Identity.of(dir);
        } catch (IOException e) {
            return s; // between the two renames of an export's swap, or removed: keep answering from the last build
        }
        if (now.equals(s.identity()) || now.equals(unreadable)) {
            return s;
        }
        loading.lock();
        try {
            s = current.get();
            if (now.equals(s.identity())) {
                return s;
            }
            Snapshot fresh = Snapshot.load(dir);
            current.set(fresh);
            LOG.info("serving the new export build {} ({} records)", fresh.id(), fresh.size());
            return fresh;
        } catch (IOException | RuntimeException e) {
            unreadable = now;
            LOG.warn("cannot read the new export in {} ({}); still serving the previous one", dir, e.getMessage());
            return s;
        } finally {
            loading.unlock();
        }
    }

    /**
     * The published records of the export as it is now, as one unchanging predicate: the same object until a new
     * export build is served, so the search keeps what it derived from it.
     */
    public Predicate<String> now() {
        return current();
    }

    /** Whether the record is published now: listed and not deleted. For the media and search handlers. */
    public boolean isPublished(String recordId) {
        return current().test(recordId);
    }

    @Override
    public boolean test(String recordId) {
        return isPublished(recordId);
    }
}
