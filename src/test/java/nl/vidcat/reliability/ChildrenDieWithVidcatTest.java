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
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No ffmpeg outlives vidcat, however vidcat is stopped: kill -9 (no shutdown hook runs; the kernel's parent-death
 * signal does it), SIGTERM and SIGINT (the hook kills the children outright and waits for them before the JVM exits).
 * The test freezes the running ffmpeg (SIGSTOP) before it stops vidcat: a frozen process can neither finish its encode
 * nor exit by itself, only SIGKILL ends it, so finding it gone proves it was killed, without timing anything.
 */
@Tag("slow")
class ChildrenDieWithVidcatTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"KILL", "TERM", "INT"})
    void ffmpegDiesWithVidcat(String signal) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux: /proc shows process states");
        // a job a non-interactive shell starts in the background inherits SIGINT ignored, and so does vidcat, rightly
        assumeTrue(!signal.equals("INT") || !sigintIgnored(), "SIGINT is ignored here (started as a background job)");
        Path in = Files.createDirectories(tmp.resolve("in"));
        // long enough (preset medium) that the encode surely still runs when the signal comes
        VideoFixtures.clip(in.resolve("les.mp4"), 640, 360, 8, true);
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

            signal(ffmpeg.pid(), "STOP");
            send(vidcat, signal);
            assertTrue(vidcat.waitFor(30, TimeUnit.SECONDS), "vidcat ended");
            if (signal.equals("KILL")) {
                assertTrue(waitUntilGone(ffmpeg.pid()), "the parent-death signal killed ffmpeg " + ffmpeg.pid());
            } else {
                assertFalse(running(ffmpeg.pid()), "the hook killed ffmpeg " + ffmpeg.pid() + " before vidcat exited");
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

    private static void send(Process p, String signal) throws IOException, InterruptedException {
        switch (signal) {
            case "KILL" -> p.destroyForcibly();
            case "TERM" -> p.destroy();
            default -> signal(p.pid(), signal);
        }
    }

    private static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
    }

    /**
     * Whether the process is gone or a zombie (dead, only waiting to be reaped by whoever adopted it) within a
     * generous minute: polled, since it is no child of this JVM.
     */
    private static boolean waitUntilGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** Whether this process (and so the vidcat it starts) ignores SIGINT: bit 2 of SigIgn in /proc/self/status. */
    private static boolean sigintIgnored() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 2L) != 0;
            }
        }
        return false;
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
