package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vidcat run} itself killed with SIGKILL at points spread over its stages (the first record saved, an
 * encode or copy in progress, the first poster written, the index being built). After every kill the catalog is
 * consistent; the next run picks up where the last one stopped and finishes everything, leaving no temp file.
 */
@Tag("slow")
class KillDuringRunTest {

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveAConsistentCatalogAndTheNextRunFinishesTheJob() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 3; i++) {
            VideoFixtures.clip(in.resolve("les-" + i + ".mp4"), 320 + 32 * i, 240, 2, true);
        }
        Path cat = tmp.resolve("catalog");
        Path log = tmp.resolve("child.log");
        String[] args = {"--catalog", cat.toString(), "-q", "run", in.toString()};

        // each point is new progress for the run it stops: what the earlier runs did is already there
        Map<String, BooleanSupplier> points = new LinkedHashMap<>();
        points.put("first record saved", () -> count(cat.resolve("records"), p -> p.toString().endsWith(".json")) >= 1);
        points.put("a temp file in media (copy or encode)", () -> count(cat.resolve("media"), AtomicFiles::isTemp) >= 1);
        points.put("first poster written", () -> count(cat.resolve("media"), p -> p.endsWith("poster.jpg")) >= 1);
        points.put("index being built", () -> Files.exists(cat.resolve("index")));
        int killed = 0;
        for (Map.Entry<String, BooleanSupplier> point : points.entrySet()) {
            if (ChildVidcat.killWhen(point.getValue(), log, args)) {
                killed++;
            }
            if (Files.isDirectory(cat.resolve("records"))) {
                CatalogConsistency.assertConsistent(cat);
            }
        }
        assertTrue(killed >= 3, "the kills should land mid-run, landed " + killed + " of " + points.size());

        // exit 1 is expected: without a sheet the videos have no description, which validate reports
        int code = ChildVidcat.run(log, args);
        assertTrue(code <= 1, "final run exit " + code + ": " + Files.readString(log));
        List<VideoRecord> records = Catalog.open(cat).records();
        assertEquals(3, records.size(), "every video imported once, none twice");
        for (VideoRecord r : records) {
            assertFalse(r.media().renditions().isEmpty(), r.id() + " transcoded");
            assertNotNull(r.media().poster(), r.id() + " has a poster");
        }
        assertTrue(Files.isDirectory(cat.resolve("index")), "index built");
        assertTrue(Files.isRegularFile(cat.resolve("report/index.html")), "report written");
        CatalogConsistency.assertConsistent(cat);
        CatalogConsistency.assertNoTempFiles(cat);
    }

    private static long count(Path dir, java.util.function.Predicate<Path> what) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(what).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file renamed mid-walk: look again
        }
    }
}
