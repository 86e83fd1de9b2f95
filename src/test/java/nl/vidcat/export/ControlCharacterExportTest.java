package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: "Huiswerk U+202E gnp.exe" must not show as "Huiswerk exe.png" anywhere a school publishes, and no
 * ESC or BEL reaches a file. validate holds such a record back (text.control-characters); with that rule lowered
 * to a warning it is exported, and every format leaves the characters out.
 */
class ControlCharacterExportTest extends ExportTestBase {

    private static final String TITLE = "Huiswerk \u202Egnp.exe";
    private static final String DESCRIPTION = "\u001B]0;pwned\u0007Uitleg\u0000 over \u001B[2Jbreuken\u009B en"
            + " \u2066isolaten\u2069 \u200Fmet een tekst die lang genoeg is.";

    private void hostile() throws Exception {
        VideoRecord r = fx.published(RecordFixtures.sample("huiswerk-1a2b3c4d"));
        Metadata m = r.metadata();
        fx.save(ExportFixtures.withMetadata(r, m.toBuilder().title(TITLE).description(DESCRIPTION)
                .keywords(List.of("bre\u202Euken", "ggd")).school("Het \u001B[31mBaken").subtitles(null).build()));
    }

    @Test
    void validateHoldsSuchARecordBack() throws Exception {
        hostile();
        ExportResult r = new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                .withBaseUrl(ExportFixtures.BASE), Progress.NONE);
        assertEquals(List.of(), r.exported());
        assertEquals(ExportResult.Reason.INVALID, r.skipped().get(0).reason());
        assertTrue(r.skipped().get(0).message().contains("text.control-characters"), r.skipped().toString());
    }

    @Test
    void everyFormatLeavesThemOut() throws Exception {
        fx.rule("text.control-characters", "warning");
        hostile();
        for (ExportFormat f : ExportFormat.values()) {
            Path out = tmp.resolve("out-" + f.code());
            ExportResult r = new Exporter(fx.catalog).export(ExportRequest.of(f, out).withBaseUrl(ExportFixtures.BASE)
                            .withAdminEmail("ict@school.nl"),
                    Progress.NONE);
            assertEquals(List.of("huiswerk-1a2b3c4d"), r.exported(), f.code());
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (p.toString().endsWith(".zip")) {
                        try (ZipFile zip = new ZipFile(p.toFile())) {
                            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                                if (isText(e.getName())) {
                                    all.append(checked(p + "!" + e.getName(), zip.getInputStream(e).readAllBytes()));
                                }
                            }
                        }
                    } else if (isText(p.toString())) {
                        all.append(checked(p.toString(), Files.readAllBytes(p)));
                    }
                }
            }
            assertTrue(all.toString().contains("Huiswerk gnp.exe"), f.code() + ": " + all);
        }
    }

    private static String checked(String where, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(-1, ControlCharacters.indexOf(text), where + ": " + text);
        assertTrue(!text.contains("\\u202e") && !text.contains("\\u001b"), where + ": " + text);
        return text;
    }

    private static boolean isText(String n) {
        return Stream.of(".xml", ".html", ".json", ".ndjson", ".csv", ".txt").anyMatch(n::endsWith);
    }
}
