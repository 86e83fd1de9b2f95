package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The kernel's parent-death signal follows the thread that started a child, not the JVM: a child started from a
 * short-lived thread (a pool thread retired, a virtual thread's carrier) must not be killed when that thread ends.
 */
class ChildProcessesTest {

    @Test
    void aChildOutlivesTheThreadThatStartedIt() throws Exception {
        AtomicReference<Process> child = new AtomicReference<>();
        // about a second of work, paced by -re, so ffmpeg still runs when the starting thread ends
        Thread starter = Thread.ofPlatform().start(() -> {
            try {
                Process p = ChildProcesses.start(FFmpeg.command(List.of("-nostdin", "-loglevel", "error", "-re",
                        "-f", "lavfi", "-i", "anullsrc=r=8000", "-t", "1", "-f", "null", "-")));
                child.set(p);
                // end only once ffmpeg itself runs (past the wrapper that arms the signal), or the signal could be
                // armed after this thread ended and follow another thread
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (p.isAlive() && !p.info().command().orElse("").endsWith("/ffmpeg")
                        && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        starter.join();
        Process p = child.get();
        try {
            assertEquals(0, p.waitFor(), "ffmpeg finished its work (137 would be the parent-death SIGKILL)");
        } finally {
            ChildProcesses.finished(p);
        }
    }
}
