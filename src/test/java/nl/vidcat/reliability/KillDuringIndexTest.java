package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.index.IndexInfo;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.Indexer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during index builds at seeded progress points (while documents are added, while segments are written,
 * around the switch): afterwards the live index is the old one or the new one, whole and readable, never a mix;
 * and a rerun brings it up to date.
 */
@Tag("slow")
class KillDuringIndexTest {

    private static final int BATCH = 1500;

    @TempDir
    Path tmp;

    @Test
    void indexIsOldOrNewAfterAKill() throws Exception {
        Path cat = tmp.resolve("catalog");
        Catalog c = Catalog.openOrCreate(cat);
        addRecords(c, 0, BATCH);
        Path log = tmp.resolve("child.log");
        assertTrue(ChildVidcat.run(log, "--catalog", cat.toString(), "index") <= 1, () -> read(log));
        long live = liveRecords(cat);
        assertEquals(BATCH, live);

        Random random = new Random(20261123L);
        int killed = 0;
        for (int round = 1; round <= 6; round++) {
            addRecords(c, round * BATCH, BATCH);
            long old = live;
            long now = old + BATCH;
            // Half the rounds die while documents are added (after the k-th progress line), half once files of
            // the new build appear (segment writing, commit, check and switch).
            int k = 1 + random.nextInt(9);
            int extraFiles = 1 + random.nextInt(12);
            int filesBefore = ChildVidcat.countFiles(cat.resolve("index"));
            boolean byProgress = round % 2 == 1;
            Files.deleteIfExists(log);
            boolean wasKilled = ChildVidcat.killWhen(() -> byProgress ? progressLines(log) >= k
                    : ChildVidcat.countFiles(cat.resolve("index")) >= filesBefore + extraFiles,
                    log, "--catalog", cat.toString(), "index", "--force");
            killed += wasKilled ? 1 : 0;
            long seen = liveRecords(cat);
            assertTrue(seen == old || seen == now, "round " + round + ": live index has " + seen + " records, expected "
                    + old + " (old) or " + now + " (new)");
            assertTrue(ChildVidcat.run(log, "--catalog", cat.toString(), "index") <= 1, () -> read(log));
            live = liveRecords(cat);
            assertEquals(now, live, "round " + round + ": the rerun brings the index up to date");
        }
        assertTrue(killed >= 3, "the progress points should interrupt several builds, got " + killed);
    }

    private static void addRecords(Catalog c, int from, int n) throws IOException {
        for (int i = from; i < from + n; i++) {
            c.save(RecordFixtures.sample("les-" + i + "-0000abcd", "Breuken vereenvoudigen deel " + i, "wiskunde", "havo",
                    "1", "KD22"));
        }
    }

    /** Records in the live build, read the way search reads it. */
    private static long liveRecords(Path cat) throws IOException {
        IndexStore store = new IndexStore(cat.resolve("index"));
        IndexInfo info = Indexer.status(store).orElseThrow(() -> new AssertionError("no live index"));
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(store.buildDir(info.build())))) {
            assertEquals(info.records(), r.numDocs(), "the build's metadata matches its documents");
            return r.numDocs();
        }
    }

    private static int progressLines(Path log) {
        try {
            return Files.exists(log) ? (int) Files.readAllLines(log).stream().filter(l -> l.startsWith("index ")).count()
                    : 0;
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }
}
