package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.cli.Main;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.vocab.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExporterTest extends ExportTestBase {

    @BeforeEach
    void records() throws Exception {
        fx.approved("goed-1111aaaa");
        fx.save(fx.published(RecordFixtures.sample("concept-2222bbbb")).withStatus(ReviewStatus.DRAFT, RecordFixtures.T0));
        fx.save(fx.published(RecordFixtures.sample("afgekeurd-3333cccc")).withStatus(ReviewStatus.REJECTED, RecordFixtures.T0));
        fx.save(fx.published(RecordFixtures.sample("beoordeling-5555eeee")).withStatus(ReviewStatus.IN_REVIEW,
                RecordFixtures.T0));
        VideoRecord bad = fx.published(RecordFixtures.sample("fout-4444dddd"));
        Metadata m = bad.metadata();
        fx.save(ExportFixtures.withMetadata(bad, m.toBuilder().title(" ")
                .subject(Normalizer.standard().subject("sterrenkunde")).licence(null).subtitles(null).build()));
    }

    private ExportResult export(ExportRequest r) throws Exception {
        return new Exporter(fx.catalog).export(r.withBaseUrl(ExportFixtures.BASE), Progress.NONE);
    }

    @Test
    void onlyApprovedRecordsWithoutErrorsAreExportedTheRestListedWithReasons() throws Exception {
        ExportResult r = export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out")));
        assertEquals(List.of("goed-1111aaaa"), r.exported());
        assertEquals(List.of("afgekeurd-3333cccc", "beoordeling-5555eeee", "concept-2222bbbb", "fout-4444dddd"),
                r.skipped().stream().map(ExportResult.Skipped::id).toList());
        for (ExportResult.Skipped s : r.skipped().subList(0, 3)) {
            assertEquals(ExportResult.Reason.NOT_APPROVED, s.reason());
        }
        assertTrue(r.skipped().get(1).message().contains("in-review"), r.skipped().get(1).message());
        ExportResult.Skipped fout = r.skipped().get(3);
        assertEquals(ExportResult.Reason.INVALID, fout.reason());
        assertTrue(fout.message().contains("title.missing") && fout.message().contains("licence.missing")
                && fout.message().contains("subject.unknown"), fout.message());
        assertTrue(r.hasFailures());

        ExportResult preview = export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                .withIncludeUnreviewed(true));
        assertEquals(List.of("beoordeling-5555eeee", "concept-2222bbbb", "goed-1111aaaa"), preview.exported(),
                "drafts and in-review yes, rejected never, errors never");
        assertEquals(List.of("afgekeurd-3333cccc", "fout-4444dddd"),
                preview.skipped().stream().map(ExportResult.Skipped::id).toList());
        assertFalse(Files.exists(tmp.resolve("out/goed-1111aaaa.json")));
    }

    @Test
    void exportAgreesWithValidateIncludingTheCatalogsRuleOverrides() throws Exception {
        CatalogFindings findings = CatalogFindings.of(fx.catalog, Progress.NONE);
        ExportResult all = export(ExportRequest.of(ExportFormat.OPENSEARCH, tmp.resolve("out"))
                .withIncludeUnreviewed(true));
        for (String id : List.of("goed-1111aaaa", "concept-2222bbbb", "beoordeling-5555eeee", "fout-4444dddd")) {
            assertEquals(findings.hasErrors(id), !all.exported().contains(id), id);
        }
        // a curator who decides a rule is only advisory for this catalog (catalog.json) gets the record exported,
        // the same decision 'vidcat validate' makes
        fx.rule("title.missing", "warning");
        fx.rule("licence.missing", "warning");
        fx.rule("subject.unknown", "warning");
        ExportResult relaxed = export(ExportRequest.of(ExportFormat.OPENSEARCH, tmp.resolve("out")));
        assertEquals(List.of("fout-4444dddd", "goed-1111aaaa"), relaxed.exported());
    }

    @Test
    void theOutputFolderIsOnlyEverReplacedWhenItIsAnExportOfTheSameFormat() throws Exception {
        Path mine = tmp.resolve("mijn-documenten");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("belangrijk.txt"), "niet weggooien");
        var e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, mine)));
        assertTrue(e.getMessage().contains("not a vidcat export"), e.getMessage());
        assertTrue(Files.exists(mine.resolve("belangrijk.txt")));

        export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out")));
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.CSV, tmp.resolve("out"))));
        assertTrue(e.getMessage().contains("holds a nllom export"), e.getMessage());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM,
                fx.catalog.dir().resolve("records/x"))));
        assertTrue(e.getMessage().contains("inside the catalog"), e.getMessage());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM,
                fx.catalog.dir().resolve(nl.vidcat.store.CatalogLayout.HISTORY_DIR))));
        assertTrue(e.getMessage().contains("inside the catalog's history folder"), e.getMessage());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, tmp)));
        assertTrue(e.getMessage().contains("contains the catalog"), e.getMessage());
    }

    @Test
    void anExportThatDiesHalfwayLeavesThePreviousExportServingAndNoTempFolder() throws Exception {
        for (int i = 0; i < 6; i++) {
            fx.approved("extra-" + i + "-000000a" + i);
        }
        Path out = tmp.resolve("oai");
        ExportRequest req = ExportRequest.of(ExportFormat.OAI_PMH, out).withBaseUrl(ExportFixtures.BASE)
                .withAdminEmail("ict@hetbaken.nl").withPageSize(2);
        new Exporter(fx.catalog).export(req, Progress.NONE);
        Map<Path, byte[]> before = snapshot(out);
        fx.approved("nieuw-7777aaaa"); // the next export would differ...
        Progress crash = new Progress() { // ...but dies (Ctrl-C, disk full) after the third record
            final AtomicInteger n = new AtomicInteger();
            volatile boolean writing;

            @Override
            public void start(String task, long total) {
                writing = task.startsWith("export"); // not the validation that comes first
            }

            @Override
            public void advance(long units, String item) {
                if (writing && n.incrementAndGet() == 3) {
                    throw new IllegalStateException("killed");
                }
            }

            @Override
            public void finish() {
            }
        };
        assertThrows(IllegalStateException.class, () -> new Exporter(fx.catalog).export(req, crash));
        Map<Path, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), p.toString()));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".part-")), "no temp folder left");
        }
        assertTrue(new Exporter(fx.catalog).export(req, Progress.NONE).exported().contains("nieuw-7777aaaa"));
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws Exception {
        Map<Path, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void unknownIdsAndBadOptionsAreUsageErrors() {
        var e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("o"))
                .withIds(List.of("bestaat-niet-0000"))));
        assertEquals(VidcatException.USAGE, e.exitCode());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("o"))
                .withIds(List.of("../../etc"))));
        assertEquals(VidcatException.USAGE, e.exitCode());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.OAI_PMH, tmp.resolve("o"))));
        assertTrue(e.getMessage().contains("--admin-email"), e.getMessage());
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("o"))
                .withCollection("x")));
        assertTrue(e.getMessage().contains("imscp"), e.getMessage());
    }

    @Test
    void everyFormatIsDeterministic() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            ExportRequest r = ExportRequest.of(f, tmp.resolve(f.code() + "-a")).withAdminEmail("ict@hetbaken.nl")
                    .withCollection(f == ExportFormat.IMSCP ? "Alles" : null);
            export(r);
            export(new ExportRequest(f, tmp.resolve(f.code() + "-b"), r.ids(), r.baseUrl(), r.collection(), false,
                    r.adminEmail(), r.pageSize()));
            try (var a = Files.walk(tmp.resolve(f.code() + "-a"))) {
                for (Path p : a.filter(Files::isRegularFile).toList()) {
                    Path other = tmp.resolve(f.code() + "-b").resolve(tmp.resolve(f.code() + "-a").relativize(p));
                    assertTrue(java.util.Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(other)), f + " " + p);
                }
            }
        }
    }

    @Test
    void commandLineExitCodes() throws Exception {
        String cat = fx.catalog.dir().toString();
        assertEquals(1, Main.run("--catalog", cat, "-q", "export", "--format", "nllom", "--out",
                tmp.resolve("cli").toString(), "--base-url", ExportFixtures.BASE), "a record to fix: exit 1");
        assertTrue(Files.exists(tmp.resolve("cli/goed-1111aaaa.xml")));
        assertEquals(0, Main.run("--catalog", cat, "-q", "export", "--format", "nllom", "--out",
                tmp.resolve("cli").toString(), "--base-url", ExportFixtures.BASE, "goed-1111aaaa", "concept-2222bbbb"),
                "only waiting for review: exit 0");
        assertEquals(0, Main.run("--catalog", cat, "-q", "export", "--format", "nllom", "--out",
                tmp.resolve("cli").toString(), "--base-url", ExportFixtures.BASE, "--include-unreviewed",
                "goed-1111aaaa", "concept-2222bbbb", "beoordeling-5555eeee"), "preview of unreviewed records");
        assertTrue(Files.exists(tmp.resolve("cli/beoordeling-5555eeee.xml")));
        assertEquals(2, Main.run("--catalog", cat, "export", "--format", "pdf", "--out", tmp.resolve("x").toString()));
        assertEquals(2, Main.run("--catalog", cat, "export", "--format", "nllom", "--out", tmp.resolve("x").toString()));
        assertEquals(0, Main.run("--catalog", cat, "-q", "export", "--format", "oai-pmh", "--out",
                tmp.resolve("oai").toString(), "--base-url", ExportFixtures.BASE, "--admin-email", "ict@hetbaken.nl",
                "goed-1111aaaa"));
    }
}
