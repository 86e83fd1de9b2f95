package nl.vidcat.reliability;

import nl.vidcat.store.CatalogLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import nl.vidcat.store.Catalog;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at seeded random points during ingest; after each kill a rerun completes and the catalog is whole:
 * no truncated JSON, no partial media, no lost record.
 */
@Tag("slow")
class KillDuringIngestTest {

    @TempDir
    Path tmp;

    @Test
    void rerunAfterKillCompletesAndCatalogIsWhole() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder sheet = new StringBuilder("bestand;titel;beschrijving\n");
        for (int i = 0; i < 6; i++) {
            VideoFixtures.clip(in.resolve("v" + i + ".mp4"), 320 + 16 * i, 240, 2 + i % 2, true);
            sheet.append("v").append(i).append(".mp4;Video ").append(i).append(";Uitleg ").append(i).append('\n');
        }
        Files.writeString(in.resolve("m.csv"), sheet);
        Random random = new Random(20261123L);
        Path log = tmp.resolve("child.log");
        int killed = 0;
        for (int round = 0; round < 8; round++) {
            Path cat = tmp.resolve("cat" + round);
            // A whole catalog here holds ~15 files (settings, lock, log, 6 media, 6 records): kill after 1..14 of
            // them appeared, i.e. from "just created" to "almost done", whatever the machine's speed.
            int delay = 1 + random.nextInt(14);
            if (ChildVidcat.killWhenFiles(cat, delay, log, "ingest", in.toString(), "--catalog", cat.toString(),
                    "--jobs", "2")) {
                killed++;
            }
            if (Files.exists(cat.resolve(CatalogLayout.SETTINGS_FILE))) {
                CatalogConsistency.assertConsistent(cat);
            }
            int code = ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString());
            assertEquals(0, code, "rerun after a kill at file " + delay + ": " + Files.readString(log));
            CatalogConsistency.assertConsistent(cat);
            CatalogConsistency.assertNoTempFiles(cat);
            assertEquals(6, Catalog.open(cat).records().size(), "no record lost");
        }
        assertTrue(killed >= 3, "the seeded delays should interrupt several runs, got " + killed);
    }
}
