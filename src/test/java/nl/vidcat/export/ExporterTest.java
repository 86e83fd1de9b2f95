package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Progress;
import nl.vidcat.catalog.ReviewStatus;
import nl.vidcat.catalog.TestRecords;
import nl.vidcat.catalog.VidcatException;
import nl.vidcat.catalog.VideoRecord;
import nl.vidcat.cli.Main;
import nl.vidcat.vocab.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExporterTest extends ExportTestBase {

    @BeforeEach
    void records() throws Exception {
        fx.approved("goed-1111aaaa");
        fx.save(fx.published(TestRecords.sample("concept-2222bbbb")).withStatus(ReviewStatus.DRAFT, TestRecords.T0));
        fx.save(fx.published(TestRecords.sample("afgekeurd-3333cccc")).withStatus(ReviewStatus.REJECTED, TestRecords.T0));
        VideoRecord bad = fx.published(TestRecords.sample("fout-4444dddd"));
        Metadata m = bad.metadata();
        fx.save(ExportFixture.withMetadata(bad, new Metadata(" ", m.description(), m.keywords(),
                Normalizer.standard().subject("sterrenkunde"), m.levels(), m.years(), m.goals(), m.language(), null,
                m.school(), m.teacher(), m.makers(), m.consent(), null)));
    }

    private ExportResult export(ExportRequest r) throws Exception {
        return new Exporter(fx.catalog).export(r.withBaseUrl(ExportFixture.BASE), Progress.NONE);
    }

    @Test
    void onlyApprovedRecordsWithoutErrorsAreExportedTheRestListedWithReasons() throws Exception {
        ExportResult r = export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out")));
        assertEquals(List.of("goed-1111aaaa"), r.exported());
        assertEquals(List.of("afgekeurd-3333cccc", "concept-2222bbbb", "fout-4444dddd"),
                r.skipped().stream().map(ExportResult.Skipped::id).toList());
        ExportResult.Skipped fout = r.skipped().get(2);
        assertEquals(ExportResult.Reason.INVALID, fout.reason());
        assertTrue(fout.message().contains("titel is missing") && fout.message().contains("licentie is missing")
                && fout.message().contains("vak 'sterrenkunde'"), fout.message());
        assertTrue(r.hasFailures());

        ExportResult drafts = export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out")).withIncludeDrafts(true));
        assertEquals(List.of("concept-2222bbbb", "goed-1111aaaa"), drafts.exported(), "drafts yes, rejected never");
        assertFalse(Files.exists(tmp.resolve("out/goed-1111aaaa.json")));
    }

    @Test
    void aValidatorCanBePluggedIn() throws Exception {
        RecordCheck strict = rec -> rec.id().startsWith("goed") ? List.of("ondertitels ontbreken") : List.of();
        ExportResult r = new Exporter(fx.catalog, strict, java.time.Clock.systemUTC()).export(
                ExportRequest.of(ExportFormat.OPENSEARCH, tmp.resolve("out")), Progress.NONE);
        assertEquals(List.of("fout-4444dddd"), r.exported(), "the plugged-in check replaces the basic one");
        assertTrue(r.skipped().stream().anyMatch(s -> s.message().contains("ondertitels ontbreken")));
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
        e = assertThrows(VidcatException.class, () -> export(ExportRequest.of(ExportFormat.NLLOM, tmp)));
        assertTrue(e.getMessage().contains("contains the catalog"), e.getMessage());
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
                tmp.resolve("cli").toString(), "--base-url", ExportFixture.BASE), "a record to fix: exit 1");
        assertTrue(Files.exists(tmp.resolve("cli/goed-1111aaaa.xml")));
        assertEquals(0, Main.run("--catalog", cat, "-q", "export", "--format", "nllom", "--out",
                tmp.resolve("cli").toString(), "--base-url", ExportFixture.BASE, "goed-1111aaaa", "concept-2222bbbb"),
                "only waiting for review: exit 0");
        assertEquals(2, Main.run("--catalog", cat, "export", "--format", "pdf", "--out", tmp.resolve("x").toString()));
        assertEquals(2, Main.run("--catalog", cat, "export", "--format", "nllom", "--out", tmp.resolve("x").toString()));
        assertEquals(0, Main.run("--catalog", cat, "-q", "export", "--format", "oai-pmh", "--out",
                tmp.resolve("oai").toString(), "--base-url", ExportFixture.BASE, "--admin-email", "ict@hetbaken.nl",
                "goed-1111aaaa"));
    }
}
