package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The ffmpeg children and temp outputs of this JVM. On Ctrl-C (SIGINT/SIGTERM run the JVM's shutdown hooks) every
 * child is asked to stop, given a few seconds, then killed, and every temp output is removed, so an interrupted run
 * leaves neither orphan encoders nor partial files; the catalog keeps whatever was completely published.
 */
final class ChildProcesses {

    private static final Logger LOG = LogManager.getLogger(ChildProcesses.class);
    private static final Set<Process> PROCESSES = ConcurrentHashMap.newKeySet();
    private static final Set<Path> TEMPS = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "vidcat-media-cleanup"));
    }

    private ChildProcesses() {
    }

    static Process start(ProcessBuilder pb) throws IOException {
        if (stopping) {
            throw new IOException("vidcat is stopping");
        }
        Process p = pb.start();
        PROCESSES.add(p);
        return p;
    }

    static void finished(Process p) {
        PROCESSES.remove(p);
    }

    /** Registers a temp output that must not survive an interrupted run. */
    static Path temp(Path p) {
        TEMPS.add(p);
        return p;
    }

    static void discard(Path temp) {
        TEMPS.remove(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("cannot remove temp file {}: {}", temp, e.getMessage());
        }
    }

    /** Forgets a temp that was renamed into place. */
    static void published(Path temp) {
        TEMPS.remove(temp);
    }

    /** True once shutdown began: workers must not publish anything any more. */
    static boolean stopping() {
        return stopping;
    }

    static void stopAll() {
        stopping = true;
        for (Process p : PROCESSES) {
            p.destroy(); // SIGTERM: ffmpeg stops at once
        }
        for (Process p : PROCESSES) {
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (Path t : TEMPS) {
            try {
                Files.deleteIfExists(t);
            } catch (IOException ignored) {
                // the next locked run sweeps it (AtomicFiles temp names)
            }
        }
    }
}
