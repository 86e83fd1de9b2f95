package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
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
 * kill -9 of {@code vidcat transcode} at seeded points of its work: while a temp rendition has grown to a seeded
 * size, or once a seeded number of renditions has been published. After every kill the catalog is consistent
 * (every rendition a record names exists whole, with its hash) and at the end a rerun completes everything.
 */
@Tag("slow")
class KillAtSeededPointsDuringTranscodeTest {

    @TempDir
    Path tmp;

    @Test
    void everyKillLeavesAConsistentCatalog() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("a.mp4"), 960, 540, 3, true);
        VideoFixtures.clip(in.resolve("b.mp4"), 1024, 576, 3, true);
        Path cat = tmp.resolve("cat");
        Main.run("--catalog", cat.toString(), "-q", "ingest", in.toString()); // exit 1: no sheet; records are made
        Path media = cat.resolve("media");
        Path log = tmp.resolve("child.log");
        Random random = new Random(20261123L);
        int killed = 0;
        for (int round = 0; round < 5; round++) {
            long tempBytes = 1024L * (1 + random.nextInt(200));
            int published = 1 + random.nextInt(3);
            boolean byTemp = round % 2 == 0;
            long before = publishedRenditions(cat);
            boolean k = ChildVidcat.killWhen(() -> byTemp ? largestTemp(media) >= tempBytes
                    : publishedRenditions(cat) >= before + published,
                    log, "--catalog", cat.toString(), "transcode", "--force", "--no-remux");
            killed += k ? 1 : 0;
            CatalogConsistency.assertConsistent(cat);
            assertHashesMatch(cat);
        }
        assertTrue(killed >= 3, "the seeded points should interrupt several runs, got " + killed);
        assertEquals(0, ChildVidcat.run(log, "--catalog", cat.toString(), "transcode"), () -> read(log));
        CatalogConsistency.assertConsistent(cat);
        CatalogConsistency.assertNoTempFiles(cat);
        for (VideoRecord r : Catalog.open(cat).records()) {
            assertFalse(r.media().renditions().isEmpty(), r.id() + " has its renditions after the rerun");
        }
        assertHashesMatch(cat);
    }

    private static void assertHashesMatch(Path cat) throws IOException {
        Catalog c = Catalog.open(cat);
        for (VideoRecord r : c.records()) {
            for (Rendition x : r.media().renditions()) {
                assertEquals(x.sha256(), FileHash.sha256(c.resolve(x.file())), x.file() + " is the file the record names");
            }
        }
    }

    /** Renditions the records name (published = written whole and recorded). */
    private static long publishedRenditions(Path cat) {
        try {
            return Catalog.open(cat).records().stream().mapToLong(r -> r.media().renditions().size()).sum();
        } catch (RuntimeException e) {
            return 0; // a record being replaced right now: look again
        }
    }

    private static long largestTemp(Path media) {
        try (Stream<Path> s = Files.walk(media)) {
            return s.filter(AtomicFiles::isTemp).mapToLong(p -> p.toFile().length()).max().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
