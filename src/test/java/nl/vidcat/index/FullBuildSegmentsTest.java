package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.Catalog;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full build is searched, never written again: it goes live as one segment, however it was written. */
class FullBuildSegmentsTest {

    @TempDir
    Path tmp;

    @Test
    void aFullBuildIsOneSegmentEvenWhenWrittenInMany() throws IOException {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        // a tiny buffer flushes a segment per document or two, on several threads
        new Indexer(DutchAnalysis.standard(), null, 3, 0.001, Clock.systemUTC())
                .index(c, new Indexer.Options(false, false), Progress.NONE);
        IndexStore store = new IndexStore(c.indexDir());
        try (var dir = FSDirectory.open(store.buildDir(store.current().orElseThrow()));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(1, reader.leaves().size());
            assertEquals(c.records().size(), reader.numDocs());
        }
    }
}
