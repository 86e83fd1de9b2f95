package nl.vidcat.ingest;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.vidcat.io.FileHash;
import nl.vidcat.media.ProbeException;
import nl.vidcat.media.Prober;

/**
 * Hash and probe of one file, or the reason it is not a usable video. The hash runs on a thread of its own while the
 * probe reads the header, so a large file costs about as much as hashing it alone.
 */
record FileFacts(String relative, Path path, long size, String sha256, Prober.Probe probe, String rejection) {

    boolean accepted() {
        return rejection == null;
    }

    static FileFacts of(String relative, Path path) throws InterruptedException {
        FutureTask<String> hash = new FutureTask<>(() -> FileHash.sha256(path));
        Thread.ofPlatform().daemon().name("ingest-hash").start(hash);
        Prober.Probe probe = null;
        String rejection = null;
        try {
            probe = Prober.probe(path);
        } catch (ProbeException e) {
            rejection = e.getMessage();
        } catch (RuntimeException e) {
            rejection = "cannot be probed: " + e;
        }
        try {
            String sha = hash.get();
            return new FileFacts(relative, path, path.toFile().length(), sha, probe, rejection);
        } catch (ExecutionException e) {
            return unreadable(relative, path, e.getCause());
        } catch (InterruptedException e) {
            hash.cancel(true);
            throw e;
        }
    }

    /** A file that cannot be read: no size, hash or probe, only the reason. */
    private static FileFacts unreadable(String relative, Path path, Throwable why) {
        return new FileFacts(relative, path, 0, null, null, "cannot read the file: " + why.getMessage());
    }
}
