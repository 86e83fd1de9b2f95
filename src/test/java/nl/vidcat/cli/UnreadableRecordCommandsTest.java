package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record file a person broke by hand (or a full disk cut off) is never written over, never left out in silence:
 * every command that reads it says which file, what is wrong and where, exits 1, and leaves its bytes alone.
 */
class UnreadableRecordCommandsTest {

    @TempDir
    static Path shared;
    static Path clip;

    @TempDir
    Path tmp;

    @BeforeAll
    static void video() throws IOException {
        clip = VideoFixtures.clip(shared.resolve("breuken.mp4"), 320, 240, 1, true);
    }

    private static final String SHEET = "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;makers;toestemming\n"
            + "breuken.mp4;Breuken vereenvoudigen;Uitleg over breuken;wiskunde;havo;1;KD22;Sanne;ja\n";

    /** An ingested, approved record (with a review) of the clip; returns its file. */
    private Path approvedRecord(Path folder, Path catalog) throws IOException {
        Files.createDirectories(folder);
        Files.copy(clip, folder.resolve("breuken.mp4"));
        Files.writeString(folder.resolve("metadata.csv"), SHEET);
        CliRun.Result first = CliRun.run("ingest", folder.toString(), "--catalog", catalog.toString(), "-q");
        assertEquals(0, first.code(), first.all());
        Catalog c = Catalog.open(catalog);
        VideoRecord r = c.records().get(0);
        CliRun.Result review = CliRun.run("review", r.id(), "--catalog", catalog.toString(), "--reviewer", "dhr. Jansen",
                "--scores", "content=4,didactics=4,usability=4,copyright=ok", "--decision", "approve");
        assertEquals(0, review.code(), review.all());
        assertEquals(ReviewStatus.APPROVED, c.find(r.id()).orElseThrow().status());
        return c.recordFile(r.id());
    }

    /** What a damage does to the record file; may also change the import folder. */
    @FunctionalInterface
    interface Damage {
        void apply(Path record, Path folder) throws IOException;
    }

    /** Ingests and approves, damages the record, ingests again: exit 1, the file's bytes unchanged, one record. */
    private CliRun.Result reIngestAfter(Damage damage) throws IOException {
        Path folder = tmp.resolve("import");
        Path catalog = tmp.resolve("cat");
        Path record = approvedRecord(folder, catalog);
        damage.apply(record, folder);
        byte[] before = Files.readAllBytes(record);
        CliRun.Result again = CliRun.run("ingest", folder.toString(), "--catalog", catalog.toString());
        assertEquals(1, again.code(), again.all());
        assertArrayEquals(before, Files.readAllBytes(record));
        assertEquals(List.of(record.getFileName()), recordNames(catalog), "no second record for the same video");
        assertTrue(again.out().contains("rejected  line 2: breuken.mp4: its record cannot be read: records/"
                + record.getFileName() + " "), again.all());
        plainWords(again.all());
        return again;
    }

    @Test
    void reIngestLeavesARecordWithAWrongTypeAlone() throws IOException {
        CliRun.Result r = reIngestAfter((record, folder) -> RecordFixtures.keywordsAsText(record));
        assertTrue(r.out().contains(".json line "), r.out());
        assertTrue(r.out().contains("'metadata.keywords' should be a list of texts but is a text (\"a, b\")"), r.out());
    }

    @Test
    void reIngestLeavesACutOffRecordAloneEvenWithAChangedTitle() throws IOException {
        // a changed title would give a new id: the video must still be recognized as the one of the broken record
        CliRun.Result r = reIngestAfter((record, folder) -> {
            RecordFixtures.cutOff(record);
            Files.writeString(folder.resolve("metadata.csv"), SHEET.replace("Breuken vereenvoudigen", "Breuken delen"));
        });
        assertTrue(r.out().contains(".json ends at line "), r.out());
        assertTrue(r.out().contains("in the middle of the record (cut off?)"), r.out());
    }

    @Test
    void reportReviewAndIndexNameTheUnreadableRecordAndExitOne() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-00000001"));
        c.save(RecordFixtures.sample("fotosynthese-00000003", "Fotosynthese", "biologie", "havo", "1", "KD34"));
        RecordFixtures.keywordsAsText(c.recordFile("fotosynthese-00000003"));
        String cat = c.dir().toString();
        String named = "records/fotosynthese-00000003.json line ";

        CliRun.Result report = CliRun.run("report", "--catalog", cat, "-q");
        assertEquals(1, report.code(), report.all());
        assertTrue(report.out().startsWith("Report of 1 video(s)"), report.out());
        assertTrue(report.out().contains(named), report.out());
        assertTrue(Files.readString(c.dir().resolve("report/index.html")).contains(named));

        CliRun.Result pending = CliRun.run("review", "--pending", "--catalog", cat);
        assertEquals(1, pending.code(), pending.all());
        assertTrue(pending.out().contains("breuken-00000001"), pending.out());
        assertTrue(pending.err().contains(named), pending.err());

        CliRun.Result index = CliRun.run("index", "--catalog", cat);
        assertEquals(1, index.code(), index.all());
        assertTrue(index.out().contains(named), index.out());

        CliRun.Result validate = CliRun.run("validate", "--catalog", cat);
        assertEquals(1, validate.code(), validate.all());
        for (CliRun.Result r : List.of(report, pending, index, validate)) {
            plainWords(r.all());
        }
    }

    @Test
    void transcodeAndThumbnailsCountAnUnreadableRecordAsFailedAndLeaveIt() throws IOException {
        Path catalog = tmp.resolve("cat");
        approvedRecord(tmp.resolve("import"), catalog);
        Catalog c = Catalog.open(catalog);
        c.save(RecordFixtures.sample("fotosynthese-00000003", "Fotosynthese", "biologie", "havo", "1", "KD34"));
        RecordFixtures.cutOff(c.recordFile("fotosynthese-00000003"));
        byte[] before = Files.readAllBytes(c.recordFile("fotosynthese-00000003"));
        for (String stage : List.of("transcode", "thumbnails")) {
            CliRun.Result r = CliRun.run(stage, "--catalog", catalog.toString());
            assertEquals(1, r.code(), r.all());
            assertTrue(r.out().contains("FAILED   records/fotosynthese-00000003.json ends at line "), r.out());
            assertTrue(r.out().contains(stage + ": 1 done, 0 up to date, 1 failed"), r.out());
            plainWords(r.all());
        }
        assertArrayEquals(before, Files.readAllBytes(c.recordFile("fotosynthese-00000003")));
    }

    private static List<Path> recordNames(Path catalog) throws IOException {
        try (var s = Files.list(catalog.resolve("records"))) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }

    private static void plainWords(String output) {
        for (String internal : List.of("com.fasterxml", "java.util", "Feature", "Cannot construct", "Exception",
                "\tat ")) {
            assertFalse(output.contains(internal), output);
        }
    }
}
