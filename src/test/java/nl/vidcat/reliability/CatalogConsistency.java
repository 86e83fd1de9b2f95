package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.VideoRecord;

/** What "nothing is lost, nothing is half-written" means for a catalog, as assertions. */
final class CatalogConsistency {

    private CatalogConsistency() {
    }

    /**
     * Every record file parses; every file a record points at exists whole (size and hash of the original, size
     * and hash of each rendition); no visible file is a leftover temp file.
     */
    static void assertConsistent(Path dir) throws IOException {
        Catalog c = Catalog.open(dir);
        List<Path> files = c.recordFiles();
        for (Path f : files) {
            VideoRecord r;
            try {
                r = Catalog.read(f);
            } catch (IOException e) {
                fail("record " + f.getFileName() + " is unreadable (truncated?): " + e.getMessage());
                return;
            }
            Path src = c.resolve(r.source().file());
            assertTrue(Files.isRegularFile(src), "original of " + r.id() + " missing");
            assertEquals(r.source().size(), Files.size(src), "original of " + r.id() + " is incomplete");
            for (Rendition rd : r.media().renditions()) {
                Path p = c.resolve(rd.file());
                assertTrue(Files.isRegularFile(p), "rendition " + rd.file() + " missing");
                assertEquals(rd.size(), Files.size(p), "rendition " + rd.file() + " is incomplete");
            }
        }
    }

    /** Temp files may exist after a kill (hidden, swept by the next writer) but never after a completed run. */
    static void assertNoTempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> temps = s.filter(AtomicFiles::isTemp).toList();
            assertTrue(temps.isEmpty(), "leftover temp files after a completed run: " + temps);
        }
    }
}
