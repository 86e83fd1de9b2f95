package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.model.Problem;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Makers are minors: a phone recording's GPS position must never leave the school. The original keeps its location
 * tags in the catalog; what is published are the renditions, which transcode writes without metadata.
 */
class PrivacyTest extends ExportTestBase {

    static final String ID = "met-gps-1a2b3c4d";
    static final String COORDINATES = "+52.3702+004.8952/";
    static final String TAG = "com.apple.quicktime.location.ISO6709";
    static final List<ExportFormat> PUBLISHING = List.of(ExportFormat.NLLOM, ExportFormat.IMSCP,
            ExportFormat.OAI_PMH, ExportFormat.OPENSEARCH);

    byte[] original;

    @BeforeEach
    void recordWithLocationTags() throws Exception {
        VideoRecord r = fx.published(RecordFixtures.sample(ID));
        SourceFile s = r.source();
        fx.save(r.withSource(new SourceFile(s.originalPath(), s.file(), s.size(), s.sha256(), s.container(),
                s.durationSeconds(), s.video(), s.audio(), List.of(TAG, "location"), s.subtitlesFile()), r.updatedAt()));
        original = ("ftypqt  moov udta \u00a9xyz" + COORDINATES + " " + TAG + " " + COORDINATES)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(fx.catalog.resolve(s.file()), original);
        fx.approved("schoon-5e6f7a8b");
    }

    private ExportResult export(ExportFormat f, Path out) throws Exception {
        return new Exporter(fx.catalog).export(ExportRequest.of(f, out).withBaseUrl(ExportFixtures.BASE)
                .withAdminEmail("ict@hetbaken.nl"), Progress.NONE);
    }

    @Test
    void anApprovedVideoWhoseOriginalHasLocationTagsIsNotPublishedByDefault() throws Exception {
        for (ExportFormat f : PUBLISHING) {
            ExportResult r = export(f, tmp.resolve(f.code()));
            assertEquals(List.of("schoon-5e6f7a8b"), r.exported(), f.code());
            ExportResult.Skipped s = r.skipped().get(0);
            assertEquals(ID, s.id());
            assertEquals(ExportResult.Reason.INVALID, s.reason());
            assertTrue(s.message().contains("privacy.location-tags"), s.message());
            assertTrue(r.hasFailures());
        }
    }

    @Test
    void whenTheCuratorReliesOnCleanRenditionsNoExportCarriesTheOriginalOrItsLocation() throws Exception {
        fx.rule("privacy.location-tags", "warning");
        for (ExportFormat f : PUBLISHING) {
            Path out = tmp.resolve(f.code());
            assertEquals(List.of(ID, "schoon-5e6f7a8b"), export(f, out).exported(), f.code());
            try (var files = Files.walk(out)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    byte[] content = Files.readAllBytes(p);
                    assertClean(f.code() + " " + out.relativize(p), content);
                    if (p.toString().endsWith(".zip")) {
                        Map<String, byte[]> entries = ContentPackageTest.entries(p);
                        entries.forEach((name, bytes) -> {
                            assertFalse(name.contains("source"), p + ": " + name);
                            assertClean(p.getFileName() + "!" + name, bytes);
                        });
                        if (p.getFileName().toString().equals(ID + ".zip")) {
                            assertEquals(Set.of("imsmanifest.xml", "index.html", "video-720p.mp4", "poster.jpg",
                                    "subtitles.nl.vtt"), entries.keySet());
                            assertArrayEquals(Files.readAllBytes(fx.catalog.resolve("media/" + ID + "/720p.mp4")),
                                    entries.get("video-720p.mp4"), "the clean rendition is what is packed");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theInternalProblemListIsNeverPublished() throws Exception {
        VideoRecord r = fx.catalog.find("schoon-5e6f7a8b").orElseThrow();
        fx.save(r.withStageProblems("ingest", List.of(new Problem("ingest.note", "INTERN: opnieuw filmen, gezicht"
                + " van een brugklasser in beeld")), r.updatedAt()));
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve(f.code());
            assertTrue(export(f, out).exported().contains("schoon-5e6f7a8b"), f.code());
            try (var files = Files.walk(out)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String s = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    assertFalse(s.contains("INTERN") || s.contains("ingest.note"), f.code() + " " + p);
                    if (p.toString().endsWith(".zip")) {
                        ContentPackageTest.entries(p).forEach((name, bytes) -> assertFalse(
                                new String(bytes, StandardCharsets.ISO_8859_1).contains("INTERN"), p + "!" + name));
                    }
                }
            }
        }
    }

    private void assertClean(String where, byte[] content) {
        String s = new String(content, StandardCharsets.ISO_8859_1);
        assertFalse(s.contains(COORDINATES) || s.contains("52.3702") || s.contains(TAG), where + " has location data");
        assertFalse(s.contains("source.mp4") || s.contains("wiskunde/" + ID + ".mp4"), where + " names the original");
        assertFalse(indexOf(content, original) >= 0, where + " contains the original");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
