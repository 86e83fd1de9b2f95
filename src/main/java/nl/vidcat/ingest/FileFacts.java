package nl.vidcat.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
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
                return sha256(path);
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

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
