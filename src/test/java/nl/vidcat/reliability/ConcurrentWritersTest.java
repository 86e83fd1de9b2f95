package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLayout;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one catalog: the second fails clearly or waits its turn; writes never interleave. */
@Tag("slow")
class ConcurrentWritersTest {

    @TempDir
    Path tmp;
    Path in;
    Path cat;
    Path log;

    @BeforeEach
    void videos() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder sheet = new StringBuilder("bestand;titel\n");
        for (int i = 0; i < 4; i++) {
            VideoFixtures.clip(in.resolve("v" + i + ".mp4"), 320 + 16 * i, 240, 1, true);
            sheet.append("v").append(i).append(".mp4;Video ").append(i).append('\n');
        }
        Files.writeString(in.resolve("m.csv"), sheet);
        cat = tmp.resolve("catalog");
        log = tmp.resolve("child.log");
        Catalog.openOrCreate(cat);
    }

    @Test
    void secondWriterExits2NamingTheHolder() throws Exception {
        try (CatalogLock held = Catalog.open(cat).lock("ingest", Duration.ZERO)) {
            int code = ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString());
            String out = Files.readString(log);
            assertEquals(2, code, out);
            assertTrue(out.contains("in use by another vidcat process") && out.contains("pid "
                    + ProcessHandle.current().pid()), out);
            assertTrue(!out.contains("Exception"), "no stack trace: " + out);
        }
        assertEquals(0, Catalog.open(cat).records().size(), "the refused writer wrote nothing");
    }

    @Test
    void withWaitTheSecondWriterRunsAfterTheFirst() throws Exception {
        Process waiting;
        try (CatalogLock held = Catalog.open(cat).lock("ingest", Duration.ZERO)) {
            waiting = ChildVidcat.builder(log, "ingest", in.toString(), "--catalog", cat.toString(), "--wait", "60")
                    .start();
            String line = "is in use by pid " + ProcessHandle.current().pid();
            assertTrue(ChildVidcat.awaitText(waiting, CatalogLayout.of(cat).logFile(), line),
                    "it logs that it waits for the holder: " + Files.readString(log));
            assertTrue(waiting.isAlive(), "it waits while the lock is held");
            assertEquals(0, Catalog.open(cat).records().size());
        }
        assertTrue(waiting.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, waiting.exitValue(), Files.readString(log));
        assertEquals(4, Catalog.open(cat).records().size());
    }

    @Test
    void twoWaitingWritersBothCompleteAndNothingIsDoubled() throws Exception {
        Path log2 = tmp.resolve("child2.log");
        Process a = ChildVidcat.builder(log, "ingest", in.toString(), "--catalog", cat.toString(), "--wait", "120")
                .start();
        Process b = ChildVidcat.builder(log2, "ingest", in.toString(), "--catalog", cat.toString(), "--wait", "120")
                .start();
        assertTrue(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), Files.readString(log));
        assertEquals(0, b.exitValue(), Files.readString(log2));
        String both = Files.readString(log) + Files.readString(log2);
        assertTrue(both.contains("4 new") && both.contains("4 unchanged"), both);
        assertEquals(4, Catalog.open(cat).records().size());
        CatalogConsistency.assertConsistent(cat);
        CatalogConsistency.assertNoTempFiles(cat);
    }
}
