package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RuleOverride;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A maker without consent named in the free text is never published, in any format, even where the curator relaxed
 * makers.no-consent so that the record itself may go out without the names (issue 17, defect 7).
 */
class NamesNotPublishedTest {

    private static final List<ExportFormat> PUBLISHING = List.of(ExportFormat.NLLOM, ExportFormat.OAI_PMH,
            ExportFormat.IMSCP, ExportFormat.OPENSEARCH);

    @TempDir
    Path tmp;
    private ExportFixtures fx;
    private VideoRecord clean;

    @BeforeEach
    void catalog() throws IOException {
        fx = new ExportFixtures(tmp);
        clean = fx.approved("breuken-1111aaaa");
        // named in the description only
        VideoRecord described = fx.published(RecordFixtures.sample("kaart-lezen-2222bbbb"));
        fx.save(ExportFixtures.withMetadata(described, withoutConsent(described.metadata(),
                "Noor laat met haar telefoon zien hoe je met de schaal van een kaart de echte afstand uitrekent.")));
        // named only where she speaks, in the subtitles
        VideoRecord spoken = fx.published(RecordFixtures.sample("schaal-3333cccc"));
        fx.save(ExportFixtures.withMetadata(spoken, withoutConsent(spoken.metadata(), spoken.metadata().description())));
        fx.file("media/schaal-3333cccc/subtitles.nl.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
                + "Hoi, ik ben Noor El Amrani uit 2 havo.\n");
        fx.rule("makers.no-consent", "warning");
    }

    private static Metadata withoutConsent(Metadata m, String description) {
        return m.toBuilder().description(description).makers(List.of("Noor El Amrani")).consent(false).subtitles(null)
                .build();
    }

    private ExportResult export(ExportFormat f) throws IOException {
        return new Exporter(fx.catalog).export(ExportRequest.of(f, tmp.resolve("out-" + f.code()))
                .withBaseUrl(ExportFixtures.BASE).withAdminEmail("ict@hetbaken.nl"), Progress.NONE);
    }

    @Test
    void noFormatPublishesTheName() throws IOException {
        for (ExportFormat f : PUBLISHING) {
            ExportResult r = export(f);
            assertEquals(List.of(clean.id()), r.exported(), f.code());
            for (String id : List.of("kaart-lezen-2222bbbb", "schaal-3333cccc")) {
                ExportResult.Skipped s = r.skipped().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertEquals(ExportResult.Reason.INVALID, s.reason(), f.code());
                assertTrue(s.message().contains("privacy.names-in-text"), s.message());
                assertFalse(s.message().contains("Noor") || s.message().contains("Amrani"), s.message());
            }
            List<String> leaks = leaks(tmp.resolve("out-" + f.code()));
            assertEquals(List.of(), leaks, f.code() + " published a minor's name");
        }
    }

    @Test
    void withTheRuleSwitchedOffTheNameWouldLeak() throws IOException {
        // what every format did before the rule existed: proves the test above looks in the right places
        Map<String, RuleOverride> rules = new TreeMap<>(fx.catalog.settings().rules());
        rules.put("privacy.names-in-text", new RuleOverride(false, null));
        CatalogSettings s = fx.catalog.settings();
        fx.catalog = fx.catalog.saveSettings(new CatalogSettings(s.schemaVersion(), s.name(), rules));
        for (ExportFormat f : PUBLISHING) {
            ExportResult r = export(f);
            assertTrue(r.exported().contains("kaart-lezen-2222bbbb"), f.code());
            assertFalse(leaks(tmp.resolve("out-" + f.code())).isEmpty(), f.code());
        }
    }

    /** Every file (and zip entry) under {@code dir} that contains the name. */
    private static List<String> leaks(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (p.toString().endsWith(".zip")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(p))) {
                        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                            if (names(zip.readAllBytes())) {
                                found.add(p.getFileName() + "!" + e.getName());
                            }
                        }
                    }
                } else if (names(Files.readAllBytes(p))) {
                    found.add(dir.relativize(p).toString());
                }
            }
        }
        return found;
    }

    private static boolean names(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.contains("Noor") || text.contains("Amrani");
    }
}
