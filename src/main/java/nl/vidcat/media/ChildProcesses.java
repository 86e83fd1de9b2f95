package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The ffmpeg children and temp outputs of this JVM. On Ctrl-C (SIGINT/SIGTERM/SIGHUP run the JVM's shutdown hooks)
 * every child is killed and every temp output is removed, so an interrupted run leaves neither orphan encoders nor
 * partial files; the catalog keeps whatever was completely published.
 *
 * <p>kill -9 (or a JVM crash) runs no hook. For that, on Linux every child is started through util-linux's
 * {@code setpriv --pdeathsig KILL}, so the kernel kills it the moment its parent goes (the temp file it was writing is
 * swept by the next locked run). The kernel's "parent" is the thread that started the child, not the JVM: each child
 * is therefore started from a platform thread of its own that lives exactly as long as the child (a pool or virtual
 * thread's carrier could end first and take the child with it). A {@code sh} step between setpriv and ffmpeg closes
 * the race of a parent that died before the signal was armed: its parent must still be this JVM, or it exits.
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
        pb.command(ParentDeath.wrap(pb.command()));
        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("child-parent").start(() -> {
            Process p;
            try {
                p = pb.start();
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
                return;
            }
            started.complete(p);
            while (true) {
                try {
                    p.waitFor(); // this thread is the child's parent for the kernel: it must not end first
                    return;
                } catch (InterruptedException e) {
                    // nobody interrupts it; keep waiting
                }
            }
        });
        Process p;
        try {
            p = started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
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
        // Killed outright, not asked to stop: what they were writing is a temp file that goes anyway, and a polite
        // SIGTERM lets x264 first encode the frames in its look-ahead, which takes a second or more.
        for (Process p : PROCESSES) {
            p.destroyForcibly();
        }
        for (Process p : PROCESSES) {
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
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
