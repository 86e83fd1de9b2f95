package nl.vidcat.serve;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.Searcher;
import nl.vidcat.io.VidcatException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The catalog's live index build, kept open for all requests and swapped when {@code vidcat index} publishes a new
 * one. Each request reads the small {@code index/CURRENT} pointer; when it names another build, one request opens
 * that build while the others go on with the old one, which closes once its last request is done (reference
 * counted, like Lucene's own {@code ReferenceManager}). So a rebuild shows without a restart and no request ever
 * reads a closed index.
 */
final class LiveIndex implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(LiveIndex.class);

    /** No usable index: answered with 503. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /** One open build, shared by the requests that acquired it; close once per {@link #acquire()}. */
    static final class Lease implements AutoCloseable {
        private final Searcher searcher;
        private final String build;
        private final AtomicInteger refs = new AtomicInteger(1); // the LiveIndex's own reference

        private Lease(Searcher searcher, String build) {
            this.searcher = searcher;
            this.build = build;
        }

        Searcher searcher() {
            return searcher;
        }

        private boolean tryAcquire() {
            for (int n = refs.get(); n > 0; n = refs.get()) {
                if (refs.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            if (refs.decrementAndGet() == 0) {
                try {
                    searcher.close();
                } catch (IOException e) {
                    LOG.warn("closing index build {}: {}", build, e.getMessage());
                }
            }
        }
    }

    private final IndexStore store;
    // a plain lock, not synchronized: virtual threads must not pin their carrier while a build opens
    private final ReentrantLock opening = new ReentrantLock();
    private volatile Lease current;
    private volatile String failed;

    LiveIndex(IndexStore store) {
        this.store = store;
    }

    /** The live build for one request; close the lease when done with it. */
    Lease acquire() {
        String live = store.current().orElse(null);
        Lease l = current;
        if (live != null && (l == null || !l.build.equals(live)) && !live.equals(failed)) {
            l = reopen(l);
        }
        if (l == null) {
            throw new Unavailable(live == null ? "the catalog has no search index yet; build it with 'vidcat index'"
                    : "the search index build " + failed + " cannot be opened; rebuild it with 'vidcat index'");
        }
        while (!l.tryAcquire()) {
            l = current; // swapped and closed meanwhile: the new one is current
            if (l == null) {
                throw new Unavailable("the search is shutting down");
            }
        }
        return l;
    }

    /** Opens the live build, unless another request already does: then the old one serves meanwhile. */
    private Lease reopen(Lease old) {
        if (old != null && !opening.tryLock()) {
            return old;
        }
        if (old == null) {
            opening.lock();
        }
        try {
            Lease l = current;
            String live = store.current().orElse(null);
            if (live == null || (l != null && l.build.equals(live))) {
                return l;
            }
            try {
                Searcher s = Searcher.open(store);
                Lease fresh = new Lease(s, s.info().build());
                current = fresh;
                failed = null;
                if (l != null) {
                    l.close();
                }
                LOG.info("searching index build {}", fresh.build);
                return fresh;
            } catch (VidcatException e) {
                failed = live; // not retried per request: the next build gets its chance
                LOG.warn("index build {} cannot be opened: {}", live, e.getMessage());
                return l;
            }
        } finally {
            opening.unlock();
        }
    }

    @Override
    public void close() {
        opening.lock();
        try {
            Lease l = current;
            current = null;
            if (l != null) {
                l.close();
            }
        } finally {
            opening.unlock();
        }
    }
}
