package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.cli.Main;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vidcat transcode stopped mid-encode, by Ctrl-C (SIGTERM: shutdown hooks run) and by kill -9 (nothing runs): no
 * partial rendition is ever visible, no ffmpeg is left running, the record points at no missing file, and a rerun
 * finishes the work and sweeps what a kill -9 left behind.
 */
@Tag("slow")
class KillDuringTranscodeTest {

    @TempDir
    Path tmp;

    @Test
    void interruptedTranscodeLeavesNothingPartialAndRerunCompletes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Long enough (at preset medium) that the encode is surely still running when its temp output appears.
        VideoFixtures.clip(in.resolve("les.mp4"), 640, 360, 8, true);
        Path cat = tmp.resolve("cat");
        Main.run("--catalog", cat.toString(), "-q", "ingest", in.toString()); // exit 1: no sheet, the record is made
        Catalog c = Catalog.open(cat);
        String id = c.records().get(0).id();
        Path media = c.mediaDir(id);
        Path log = tmp.resolve("child.log");

        for (boolean hard : List.of(false, true)) {
            Process p = ChildVidcat.builder(log, "--catalog", cat.toString(), "transcode", "--no-remux").start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!hasTemp(media) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(p.isAlive(), "still encoding when its temp output appeared: " + Files.readString(log));
            List<ProcessHandle> children = p.descendants().toList();
            assertFalse(children.isEmpty(), "ffmpeg runs as a child process");
            if (hard) {
                children.forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            } else {
                p.destroy(); // SIGTERM, like Ctrl-C
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            for (ProcessHandle h : children) {
                h.onExit().get(10, TimeUnit.SECONDS);
                assertFalse(h.isAlive(), "orphan ffmpeg " + h.pid());
            }
            assertTrue(Catalog.open(cat).find(id).orElseThrow().media().renditions().isEmpty(), "nothing published");
            try (var files = Files.list(media)) {
                List<String> visible = files.filter(f -> !AtomicFiles.isTemp(f)).map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".mp4") && !n.startsWith("source")).toList();
                assertEquals(List.of(), visible, "no partial rendition under a real name");
            }
            if (!hard) {
                assertFalse(hasTemp(media), "Ctrl-C removes its temp outputs");
            }
        }

        assertEquals(0, ChildVidcat.run(log, "--catalog", cat.toString(), "transcode", "--no-remux"),
                () -> "rerun: " + readQuietly(log));
        VideoRecord r = Catalog.open(cat).find(id).orElseThrow();
        assertEquals(List.of("360p"), r.media().renditions().stream().map(Rendition::name).toList());
        for (Rendition x : r.media().renditions()) {
            assertEquals(FileHash.sha256(cat.resolve(x.file())), x.sha256());
        }
        assertFalse(hasTemp(media), "the rerun swept what kill -9 left");
    }

    private static boolean hasTemp(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(AtomicFiles::isTemp);
        } catch (IOException | UncheckedIOException e) {
            return false; // a temp renamed mid-listing: look again
        }
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
