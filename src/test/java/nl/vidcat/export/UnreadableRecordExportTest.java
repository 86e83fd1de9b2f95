package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RecordFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An approved record whose file cannot be read is a failure in every format, named with the reason, and is never
 * unpublished; a stray copy of a record never keeps the record itself out.
 */
class UnreadableRecordExportTest extends ExportTestBase {

    static final String GOOD = "video-1-00000001";
    static final String BROKEN = "video-2-00000002";

    @BeforeEach
    void records() throws Exception {
        fx.approved(GOOD, "Video 1", "wiskunde", "havo", "1", "KD22");
        fx.approved(BROKEN, "Video 2", "wiskunde", "havo", "1", "KD22");
    }

    private ExportResult export(ExportFormat format, Path out) throws Exception {
        ExportRequest r = ExportRequest.of(format, out).withBaseUrl(ExportFixtures.BASE);
        if (format == ExportFormat.OAI_PMH) {
            r = r.withAdminEmail("ict@hetbaken.nl");
        }
        return new Exporter(fx.catalog, Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC))
                .export(r, Progress.NONE);
    }

    @Test
    void unreadableApprovedRecordIsAFailureInEveryFormat() throws Exception {
        RecordFixtures.keywordsAsText(fx.catalog.recordFile(BROKEN));
        for (ExportFormat f : ExportFormat.values()) {
            ExportResult r = export(f, tmp.resolve("out-" + f.code()));
            assertEquals(List.of(GOOD), r.exported(), f.code());
            assertTrue(r.hasFailures(), f.code() + ": exit 1");
            ExportResult.Skipped s = r.skipped().get(0);
            assertEquals(ExportResult.Reason.UNREADABLE, s.reason());
            assertEquals(BROKEN, s.id());
            assertTrue(s.message().startsWith("records/" + BROKEN + ".json line "), s.message());
            assertTrue(s.message().contains("'metadata.keywords' should be a list of texts but is a text (\"a, b\")"),
                    s.message());
        }
        // never published before, so nothing to keep: it is simply not in the repository, and not deleted
        assertFalse(Files.exists(tmp.resolve("out-oai-pmh/GetRecord/lom/" + BROKEN + ".xml")));
    }

    @Test
    void oaiPmhNeverMarksAnUnreadablePublishedRecordDeleted() throws Exception {
        Path out = tmp.resolve("oai");
        export(ExportFormat.OAI_PMH, out);
        Path broken = out.resolve("GetRecord/lom/" + BROKEN + ".xml");
        assertFalse(Files.readString(broken).contains("deleted"));
        Map<String, byte[]> before = OaiPmhExportTest.files(out);

        RecordFixtures.cutOff(fx.catalog.recordFile(BROKEN));
        ExportResult r = export(ExportFormat.OAI_PMH, out);
        assertTrue(r.hasFailures(), "exit 1");
        assertEquals(List.of(), r.exported());
        assertEquals(ExportResult.Reason.UNREADABLE, r.skipped().get(0).reason());
        assertTrue(r.skipped().get(0).message().startsWith("records/" + BROKEN + ".json ends at line "),
                r.skipped().get(0).message());
        assertTrue(r.notes().get(0).contains("left as it was"), r.notes().toString());
        Map<String, byte[]> after = OaiPmhExportTest.files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
        assertFalse(Files.readString(broken).contains("status=\"deleted\""));
    }

    @Test
    void strayCopyDoesNotShadowTheRecordAndIsReportedOnce() throws Exception {
        Files.copy(fx.catalog.recordFile(GOOD), fx.catalog.recordsDir().resolve("kopie.json"));
        for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.NLLOM, ExportFormat.OAI_PMH)) {
            ExportResult r = export(f, tmp.resolve("stray-" + f.code()));
            assertEquals(List.of(GOOD, BROKEN), r.exported(), f.code());
            assertEquals(1, r.skipped().size(), r.skipped().toString());
            ExportResult.Skipped s = r.skipped().get(0);
            assertEquals(ExportResult.Reason.STRAY, s.reason());
            assertEquals("records/kopie.json", s.id());
            assertTrue(s.message().contains("stray copy of record '" + GOOD + "'"), s.message());
            assertTrue(r.hasFailures());
        }
    }
}
