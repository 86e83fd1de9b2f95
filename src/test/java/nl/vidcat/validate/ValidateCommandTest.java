package nl.vidcat.validate;

import nl.vidcat.store.CatalogLayout;
import static nl.vidcat.validate.ValidateFixtures.clean;
import static nl.vidcat.validate.ValidateFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.io.Json;
import nl.vidcat.cli.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code vidcat validate} as a CI script calls it: exit codes, formats, mixed inputs, catalog.json rule settings. */
class ValidateCommandTest {

    @TempDir
    Path tmp;
    private Path catalog;

    private static CliRun.Result run(String... args) {
        CliRun.Result r = CliRun.run(args);
        assertFalse(r.all().contains("\tat "), "never a stack trace: " + r.all());
        return r;
    }

    /** validate with --catalog pointing at the test catalog, then the arguments. */
    private CliRun.Result validate(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", catalog.toString(), "validate"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @BeforeEach
    void catalogWithOneCleanRecord() throws IOException {
        catalog = tmp.resolve("catalog");
        Catalog.openOrCreate(catalog).save(clean("breuken-00000000"));
    }

    private void save(nl.vidcat.model.VideoRecord r) throws IOException {
        Catalog.open(catalog).save(r);
    }

    @Test
    void exitZeroOnACleanCatalogOneOnErrors() throws IOException {
        CliRun.Result ok = validate();
        assertEquals(0, ok.code(), ok.all());
        assertTrue(ok.out().contains("In orde: 1 gecontroleerd"), ok.out());

        save(edit(clean("geen-titel-00000000"), m -> m.title = null));
        CliRun.Result bad = validate();
        assertEquals(1, bad.code(), bad.all());
        assertTrue(bad.out().contains("records/geen-titel-00000000.json:"), bad.out());
        assertTrue(bad.out().contains("[title.missing]"), bad.out());
        CliRun.Result english = validate("--lang", "en");
        assertTrue(english.out().contains("The video has no title"), english.out());
    }

    /** Issue 17: a title that would retitle and clear the terminal, and a bidi override, print escaped. */
    @ParameterizedTest
    @ValueSource(strings = {"text", "github", "json", "sarif"})
    void controlCharactersInRecordsNeverReachTheTerminal(String format) throws IOException {
        save(edit(clean("huiswerk-00000000"), m -> {
            m.title = "\u001B]0;pwned\u0007Breuken\u001B[2J\u0000 Huiswerk \u202Egnp.exe";
            m.description = "Een korte uitleg \u009B31m over breuken, lang genoeg voor de regel over beschrijvingen.";
        }));
        CliRun.Result r = validate("--format", format, "--lang", "en");
        assertEquals(1, r.code(), r.all());
        assertEquals(-1, ControlCharacters.indexOf(r.all()), r.all());
        assertTrue(r.out().contains("[text.control-characters]") || r.out().contains("text.control-characters"), r.out());
        assertTrue(r.out().contains("U+001B (escape) at position 1 (and 4 more)"), r.out());
        if (format.equals("text")) {
            assertTrue(r.out().contains("<U+001B>]0;pwned<U+0007>Breuken<U+001B>[2J<U+0000> Huiswerk <U+202E>gnp.exe"),
                    r.out());
        }
    }

    @Test
    void failOnWarningTurnsWarningsIntoAFailure() throws IOException {
        save(edit(clean("kort-00000000"), m -> m.title = "Kort"));
        assertEquals(0, validate().code(), "a warning alone does not fail by default");
        CliRun.Result strict = validate("--fail-on", "warning");
        assertEquals(1, strict.code(), strict.all());
        assertTrue(strict.out().contains("[title.short]"), strict.out());
        assertEquals(2, validate("--fail-on", "fatal").code());
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage() throws IOException {
        CliRun.Result missing = validate(tmp.resolve("bestaat-niet.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file or directory: ") && missing.err().contains("bestaat-niet.json"),
                missing.err());
        Path other = Files.writeString(tmp.resolve("notities.docx"), "x");
        CliRun.Result wrongKind = validate(other.toString());
        assertEquals(2, wrongKind.code());
        assertTrue(wrongKind.err().contains("record files (.json)"), wrongKind.err());
        CliRun.Result noCatalog = run("--catalog", tmp.resolve("leeg").toString(), "validate");
        assertEquals(2, noCatalog.code(), noCatalog.all());
        assertEquals(2, validate("--format", "pdf").code());
        assertEquals(2, validate("--threads", "0").code());
    }

    @Test
    void mixOfCatalogRecordFilesAndSheetInOneRun() throws IOException {
        Path loose = Files.createDirectories(tmp.resolve("los")).resolve("los.json");
        Files.writeString(loose, "{ \"schemaVersion\": 1, ");
        Path sheet = Files.writeString(tmp.resolve("metadata.csv"),
                "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;toestemming;licentie;ondertitels\n"
                        + "a.mp4;Breuken vereenvoudigen;Een leerling legt uit hoe je breuken vereenvoudigt, stap voor"
                        + " stap.;wiskunde;havo;1;KD22;ja;CC BY 4.0;a.vtt\n"
                        + "b.mp4;Procenten berekenen;Uitleg over procenten met voorbeelden uit de winkel, korting en"
                        + " btw.;wiskunde;vmbo-gt;5;KD22;ja;CC BY 4.0;b.vtt\n",
                StandardCharsets.ISO_8859_1);
        CliRun.Result r = validate("--format", "json", catalog.toString(), loose.toString(), sheet.toString());
        assertEquals(1, r.code(), r.all());
        JsonNode doc = Json.mapper().readTree(r.out());
        assertEquals(4, doc.path("summary").path("items").asInt(), "1 record + 1 loose file + 2 sheet rows");
        List<String> found = new ArrayList<>();
        doc.path("findings").forEach(f -> found.add(f.path("rule").asText() + "@" + f.path("file").asText()
                .replaceAll(".*/", "") + ":" + f.path("line").asText()));
        assertEquals(List.of("record.unreadable@los.json:1", "year.level-mismatch@metadata.csv:3",
                "goal.onderbouw-on-bovenbouw@metadata.csv:3"), found);
        assertTrue(r.err().contains("4 gecontroleerd"), "machine formats summarize on stderr: " + r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "junit", "sarif", "github"})
    void everyFormatWritesAtomicallyToOutput(String format) throws IOException {
        save(edit(clean("kort-00000000"), m -> m.title = "Kort"));
        Path report = tmp.resolve("rapport").resolve("validate." + format);
        Files.createDirectories(report.getParent());
        CliRun.Result r = validate("--format", format, "-o", report.toString(), "--fail-on", "warning");
        assertEquals(1, r.code(), r.all());
        assertEquals("", r.out(), "the report went to the file");
        String text = Files.readString(report);
        assertTrue(text.contains("title.short"), text);
        try (var files = Files.list(report.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
        switch (format) {
            case "json", "sarif" -> Json.mapper().readTree(text);
            case "junit" -> assertTrue(text.startsWith("<?xml") && text.strip().endsWith("</testsuites>"));
            case "github" -> assertTrue(text.startsWith("::warning file="), text);
            default -> assertTrue(text.contains("waarschuwing [title.short]"), text);
        }
    }

    @Test
    void catalogJsonSwitchesRulesOffAndChangesSeverity() throws IOException {
        save(edit(clean("kort-00000000"), m -> {
            m.title = "Kort";
            m.subtitles = null;
        }));
        CliRun.Result before = validate("--format", "json");
        assertEquals(0, before.code());
        assertTrue(before.out().contains("\"subtitles.missing\""), before.out());

        // a curator edits catalog.json by hand
        Path settings = catalog.resolve(CatalogLayout.SETTINGS_FILE);
        JsonNode json = Json.mapper().readTree(settings.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).set("rules", Json.mapper().readTree(
                "{\"subtitles.missing\": {\"enabled\": false}, \"title.short\": {\"severity\": \"error\"}}"));
        Files.writeString(settings, json.toPrettyString());

        CliRun.Result after = validate("--format", "json");
        assertEquals(1, after.code(), "title.short is an error in this catalog: " + after.all());
        JsonNode doc = Json.mapper().readTree(after.out());
        assertEquals(1, doc.path("findings").size(), after.out());
        assertEquals("title.short", doc.path("findings").get(0).path("rule").asText());
        assertEquals("error", doc.path("findings").get(0).path("severity").asText());

        CliRun.Result list = validate("--list-rules");
        assertEquals(0, list.code());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("subtitles.missing") && l.contains("off")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("title\\.short\\s+warning\\s+error\\s+.*")), list.out());

        Files.writeString(settings, json.toPrettyString().replace("title.short", "title.shrt"));
        CliRun.Result typo = validate();
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'title.short'"), typo.err());
    }
}
