package nl.vidcat.index;

import nl.vidcat.store.CatalogLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vidcat.store.Catalog;
import java.nio.charset.StandardCharsets;
import nl.vidcat.model.RuleOverride;
import nl.vidcat.io.Json;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.stage.Progress;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe rebuilds: atomic switch, failed builds, rollback, incremental updates, nothing-changed runs. */
class IndexSafetyTest {

    @TempDir
    Path tmp;

    private static final Indexer.Options FULL = new Indexer.Options(false, false);
    private static final Indexer.Options INCREMENTAL = new Indexer.Options(true, false);

    private static IndexResult index(Catalog c, Indexer.Options o) throws IOException {
        return new Indexer().index(c, o, Progress.NONE);
    }

    private static List<String> ids(Searcher s, String q) throws IOException {
        return s.search(new SearchRequest(q, Map.of(), 50, true, false)).hits().stream().map(SearchResult.Hit::id)
                .sorted().toList();
    }

    @Test
    void readerOpenedBeforeTheSwitchKeepsWorkingAndANewReaderSeesTheNewIndex() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        index(c, FULL);
        IndexStore store = new IndexStore(c.indexDir());
        try (Searcher before = Searcher.open(store)) {
            assertEquals(List.of(), ids(before, "vulkanen"));
            IndexFixtures.save(c, IndexFixtures.record("vulkanen-aaaa0007", "Vulkanen en aardbevingen", "Hoe een vulkaan uitbarst.",
                    "vulkaan", "aardrijkskunde", "havo", "2", "KD38"));
            // a reader hammering the old build while the new one is built and published
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger searches = new AtomicInteger();
            Thread reader = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        if (ids(before, "breuken").size() != 3) {
                            failures.incrementAndGet();
                        }
                        searches.incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        failures.incrementAndGet();
                    }
                }
            });
            reader.start();
            IndexResult r = index(c, FULL);
            reader.join();
            assertEquals(0, failures.get());
            assertEquals(200, searches.get());
            assertEquals(List.of(), ids(before, "vulkanen"), "the old reader keeps its snapshot");
            try (Searcher after = Searcher.open(store)) {
                assertEquals(List.of("vulkanen-aaaa0007"), ids(after, "vulkanen"));
                assertEquals(r.build(), after.info().build());
            }
            // and even after another build removes the old one, the open reader still reads it (POSIX)
            index(c, new Indexer.Options(false, true));
            assertEquals(3, ids(before, "breuken").size());
        }
    }

    @Test
    void failedBuildKeepsTheOldIndexServing() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexResult first = index(c, FULL);
        IndexStore store = new IndexStore(c.indexDir());
        RecordSource real = new CatalogRecordSource(c, CatalogFindings.of(c, Progress.NONE), new byte[]{2});
        RecordSource failing = new FailingSource(real, 3);
        IOException e = assertThrows(IOException.class, () -> new Indexer().build(failing, store, FULL, Progress.NONE));
        assertEquals("disk full (simulated)", e.getMessage());
        assertEquals(first.build(), store.current().orElseThrow());
        try (var dirs = Files.list(c.indexDir())) {
            assertEquals(1, dirs.filter(Files::isDirectory).count(), "the failed build directory is removed");
        }
        try (Searcher s = Searcher.open(store)) {
            assertEquals(3, ids(s, "breuken").size());
        }
    }

    @Test
    void unfinishedBuildFromAKilledRunIsSweptAndNeverOpened() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexResult first = index(c, FULL);
        Path leftover = Files.createDirectories(c.indexDir().resolve(".part-build-20260101T000000Z-dead"));
        Files.writeString(leftover.resolve("_0.cfs"), "half");
        Files.writeString(c.indexDir().resolve(".CURRENT.part-1234abcd"), "build-garbage");
        assertEquals(first.build(), new IndexStore(c.indexDir()).current().orElseThrow());
        index(c, new Indexer.Options(false, true));
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(c.indexDir().resolve(".CURRENT.part-1234abcd")));
    }

    @Test
    void nothingChangedDoesNothingAndSaysSo() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexResult first = index(c, FULL);
        for (Indexer.Options o : List.of(FULL, INCREMENTAL)) {
            IndexResult again = index(c, o);
            assertEquals("unchanged", again.mode());
            assertEquals(first.build(), again.build());
            assertTrue(again.summary().contains("nothing changed"), again.summary());
        }
        assertNotEquals(first.build(), index(c, new Indexer.Options(false, true)).build(), "--force rebuilds");
    }

    @Test
    void aChangedValidationVerdictReindexesTheRecordsItTouches() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexResult first = index(c, FULL);
        assertEquals(5, first.searchable());
        // the catalog's curator makes missing subtitles an error: every record but the subtitled one turns invalid
        // although no record file changed
        Files.writeString(c.dir().resolve(CatalogLayout.SETTINGS_FILE), new String(Json.pretty(new CatalogSettings(
                c.settings().schemaVersion(), c.settings().name(),
                Map.of("subtitles.missing", new RuleOverride(null, "error")))), StandardCharsets.UTF_8));
        Catalog reopened = Catalog.open(c.dir());
        IndexResult inc = index(reopened, INCREMENTAL);
        assertEquals("incremental", inc.mode());
        assertEquals(1, inc.searchable());
        assertEquals(5, inc.updated(), "the four valid records without subtitles, and the invalid one: already hidden,"
                + " but its list of errors grew");
        try (Searcher s = Searcher.open(new IndexStore(c.indexDir()))) {
            assertEquals(List.of("breuken-optellen-aaaa0001"), s.search(SearchRequest.of("breuken")).hits().stream()
                    .map(SearchResult.Hit::id).toList());
        }
    }

    @Test
    void rollbackSwitchesBetweenTheLastTwoBuilds() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexStore store = new IndexStore(c.indexDir());
        assertThrows(VidcatException.class, () -> new Indexer().rollback(store));
        IndexResult first = index(c, FULL);
        assertThrows(VidcatException.class, () -> new Indexer().rollback(store), "no previous build yet");
        IndexFixtures.save(c, IndexFixtures.record("vulkanen-aaaa0007", "Vulkanen", "Hoe een vulkaan uitbarst.", "vulkaan",
                "aardrijkskunde", "havo", "2", "KD38"));
        IndexResult second = index(c, FULL);
        assertEquals(first.build(), second.previous());
        IndexResult back = new Indexer().rollback(store);
        assertEquals(first.build(), back.build());
        assertEquals(second.build(), back.previous());
        try (Searcher s = Searcher.open(store)) {
            assertEquals(List.of(), ids(s, "vulkanen"));
        }
        assertEquals(second.build(), new Indexer().rollback(store).build(), "rolling back twice goes forward again");
    }

    @Test
    void incrementalUpdateEqualsAFullRebuild() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        index(c, FULL);
        // change one, add one, remove one, and replace a subtitle file
        VideoRecord changed = IndexFixtures.record("kaartlezen-aaaa0005", "Kaartlezen met kompas",
                "Het noorden vinden met een kompas.", "kompas", "aardrijkskunde", "vmbo-gt", "2", "KD38");
        IndexFixtures.save(c, changed);
        IndexFixtures.save(c, IndexFixtures.record("vulkanen-aaaa0007", "Vulkanen", "Hoe een vulkaan uitbarst.", "vulkaan",
                "aardrijkskunde", "havo", "2", "KD38"));
        Files.delete(c.recordFile("fotosynthese-aaaa0003"));
        Files.writeString(c.mediaDir("breuken-optellen-aaaa0001").resolve("subtitles.nl.vtt"),
                IndexFixtures.VTT.replace("tellers", "getallen"));

        IndexResult inc = index(c, INCREMENTAL);
        assertEquals("incremental", inc.mode());
        assertEquals(1, inc.added());
        assertEquals(2, inc.updated());
        assertEquals(1, inc.removed());
        assertEquals(6, inc.records());

        Catalog copy = Catalog.open(tmp.resolve("c"));
        Path fullDir = tmp.resolve("full-index");
        RecordSource src = new CatalogRecordSource(copy, CatalogFindings.of(copy, Progress.NONE), new byte[]{1});
        new Indexer().build(src, new IndexStore(fullDir), FULL, Progress.NONE);

        List<String> queries = List.of("*", "breuken", "kompas", "kaartlezen atlas", "fotosynthese", "vulkaan",
                "getallen", "tellers", "ak", "havo 2", "vmbo", "onbekend");
        try (Searcher a = Searcher.open(new IndexStore(c.indexDir())); Searcher b = Searcher.open(new IndexStore(fullDir))) {
            for (String q : queries) {
                assertEquals(ids(b, q), ids(a, q), q);
                SearchResult ra = a.search(SearchRequest.of(q));
                SearchResult rb = b.search(SearchRequest.of(q));
                assertEquals(rb.facets(), ra.facets(), q);
            }
            assertEquals(b.suggest("kaa", 10, true), a.suggest("kaa", 10, true));
            assertEquals(a.info().fingerprint().length(), 64);
        }
    }

    @Test
    void changedAnalyzerVersionForcesAFullRebuild() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        IndexResult first = index(c, FULL);
        // pretend the live build was made by an older analyzer
        Path build = new IndexStore(c.indexDir()).buildDir(first.build());
        try (var d = FSDirectory.open(build);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            var data = new java.util.HashMap<>(w.getLiveCommitData() == null ? Map.<String, String>of()
                    : toMap(w.getLiveCommitData()));
            data.put("vidcat.analyzerVersion", "0");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        IndexResult r = index(c, INCREMENTAL);
        assertEquals("full", r.mode());
        assertTrue(r.reason().contains("analyzer version changed from 0"), r.reason());
    }

    @Test
    void unreadableRecordsAreReportedAndLeftOut() throws Exception {
        Catalog c = IndexFixtures.standard(tmp.resolve("c"));
        Files.writeString(c.recordsDir().resolve("kapot-aaaa0009.json"), "{ not json");
        Files.writeString(c.mediaDir("breuken-optellen-aaaa0001").resolve("subtitles.nl.vtt"), "");
        IndexResult r = index(c, FULL);
        assertEquals(1, r.unreadable());
        assertTrue(r.hasFindings());
        assertEquals(6, r.records());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no cues")), r.warnings().toString());
        assertTrue(r.summary().contains("1 unreadable record(s) left out"), r.summary());
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> m = new java.util.HashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** A source whose load fails after {@code okLoads} records, like a disk failing mid-build. */
    private record FailingSource(RecordSource real, int okLoads, AtomicInteger loads) implements RecordSource {
        FailingSource(RecordSource real, int okLoads) {
            this(real, okLoads, new AtomicInteger());
        }

        @Override
        public List<Scanned> scan(Progress progress) throws IOException {
            return new ArrayList<>(real.scan(progress));
        }

        @Override
        public Loaded load(Scanned s) throws IOException {
            if (loads.incrementAndGet() > okLoads) {
                throw new IOException("disk full (simulated)");
            }
            return real.load(s);
        }

        @Override
        public List<String> warnings() {
            return real.warnings();
        }

        @Override
        public int unreadable() {
            return real.unreadable();
        }
    }
}
