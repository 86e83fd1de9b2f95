package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.cli.Main;
import nl.vidcat.media.TestVideos;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No ffmpeg outlives vidcat by more than a second, however vidcat is stopped: kill -9 (no shutdown hook runs; the
 * kernel's parent-death signal does it), SIGTERM and SIGINT (the hook stops the children before the JVM exits). The
 * test itself never touches the ffmpeg process; it only watches it.
 */
@Tag("slow")
class ChildrenDieWithVidcatTest {

    private static final long ONE_SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"KILL", "TERM", "INT"})
    void ffmpegEndsWithinASecondOfVidcat(String signal) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux: /proc shows process states");
        Path in = Files.createDirectories(tmp.resolve("in"));
        // long enough (preset medium) that the encode surely still runs when the signal comes
        TestVideos.clip(in.resolve("les.mp4"), 640, 360, 8, true);
        Path cat = tmp.resolve("cat");
        Main.run("--catalog", cat.toString(), "-q", "ingest", in.toString());
        Path media = Catalog.open(cat).mediaDir(Catalog.open(cat).records().get(0).id());
        Path log = tmp.resolve("child.log");

        Process vidcat = ChildVidcat.builder(log, "--catalog", cat.toString(), "transcode", "--no-remux").start();
        ProcessHandle ffmpeg = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (vidcat.isAlive() && System.nanoTime() < deadline) {
                Optional<ProcessHandle> encoder = vidcat.descendants()
                        .filter(h -> h.info().command().orElse("").endsWith("/ffmpeg")).findFirst();
                if (encoder.isPresent() && hasTemp(media)) {
                    ffmpeg = encoder.get();
                    break;
                }
                Thread.sleep(2);
            }
            assertTrue(ffmpeg != null && vidcat.isAlive(), "the encode is running: " + Files.readString(log));

            long signalled = send(vidcat, signal);
            assertTrue(vidcat.waitFor(30, TimeUnit.SECONDS), "vidcat ended");
            long gone = waitUntilGone(ffmpeg.pid(), TimeUnit.SECONDS.toNanos(30));
            assertTrue(gone - signalled <= ONE_SECOND, "ffmpeg " + ffmpeg.pid() + " ended "
                    + (gone - signalled) / 1_000_000 + " ms after vidcat got SIG" + signal);
            if (!signal.equals("KILL")) {
                assertFalse(hasTemp(media), "the shutdown hook removed the temp output");
                assertEquals(List.of(), leftovers(media), "nothing half-written under a real name");
            }
        } finally {
            vidcat.destroyForcibly();
            if (ffmpeg != null) {
                ffmpeg.destroyForcibly(); // only if the test failed: do not leave an encoder behind
            }
        }
    }

    /** Sends the signal and returns the time right after it was sent. */
    private static long send(Process p, String signal) throws IOException, InterruptedException {
        switch (signal) {
            case "KILL" -> p.destroyForcibly();
            case "TERM" -> p.destroy();
            default -> {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
                assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
            }
        }
        return System.nanoTime();
    }

    /**
     * Polls until the process is gone or a zombie (dead, only waiting to be reaped by whoever adopted it), and returns
     * when that was first seen.
     */
    private static long waitUntilGone(long pid, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (System.nanoTime() < deadline) {
            if (!running(pid)) {
                return System.nanoTime();
            }
            Thread.sleep(1);
        }
        return Long.MAX_VALUE / 2;
    }

    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2); // after "pid (comm) "
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasTemp(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(AtomicFiles::isTemp);
        } catch (IOException | UncheckedIOException e) {
            return false; // a temp renamed mid-listing: look again
        }
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("source")).toList();
        }
    }
}
