package nl.vidcat.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import nl.vidcat.io.FileHash;
import nl.vidcat.media.ProbeException;
import nl.vidcat.media.Prober;

/**
 * Hash and probe of one file, or the reason it is not a usable video. The hash runs on another thread while the
 * probe reads the header, so a large file costs about as much as hashing it alone.
 */
record FileFacts(String relative, Path path, long size, String sha256, Prober.Probe probe, String rejection) {

    boolean accepted() {
        return rejection == null;
    }

    static FileFacts of(String relative, Path path, ExecutorService hashPool) {
        CompletableFuture<String> hash = CompletableFuture.supplyAsync(() -> {
            try {
                return FileHash.sha256(path);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, hashPool);
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
            String sha = hash.join();
            return new FileFacts(relative, path, path.toFile().length(), sha, probe, rejection);
        } catch (CompletionException e) {
            return new FileFacts(relative, path, 0, null, null, "cannot read the file: " + e.getCause().getMessage());
        }
    }
}
