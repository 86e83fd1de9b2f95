package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.RuleOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Metadata sheets validated before ingest: read by ingest's own SheetReader, so every finding points at the line a
 * coordinator sees in Excel or a text editor, whatever encoding and delimiter Excel chose.
 */
class SheetValidationTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;makers;toestemming;"
            + "school;licentie;ondertitels";
    private static final String DESCRIPTION = "Een leerling legt stap voor stap uit hoe je een breuk vereenvoudigt.";

    @TempDir
    Path tmp;

    /** A row no rule objects to, with title and goals to vary. */
    private static String row(String file, String title, String goals) {
        return String.join(";", file, title, DESCRIPTION, "wiskunde", "havo", "1", goals, "Sanne", "ja",
                "Het Baken College", "CC BY-SA 4.0", file.replace(".mp4", ".vtt"));
    }

    private ValidateFixtures.Collected validate(Path sheet) throws IOException {
        return ValidateFixtures.run(Source.sheet(sheet, CatalogContext.NONE));
    }

    private Path write(String name, String text, Charset cs, boolean bom) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (bom) {
            b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        b.write(text.getBytes(cs));
        Path p = tmp.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    /** rule id -> the lines it was reported on */
    private static Map<String, List<Integer>> lines(ValidateFixtures.Collected c) {
        return c.findings().stream().collect(Collectors.groupingBy(f -> f.rule().id(),
                Collectors.mapping(f -> f.location().line(), Collectors.toList())));
    }

    private static String sheet(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-bom", "windows-1252", "utf8"})
    void lineNumbersAreRightInEveryEncodingExcelWrites(String encoding) throws IOException {
        String text = sheet(
                row("a.mp4", "Breuken vereenvoudigen", "KD22"),
                row("b.mp4", "Privé en één: ß", "KD99"),
                "",
                row("c.mp4", "Kort", "KD22"));
        Path p = switch (encoding) {
            case "utf8-bom" -> write("m.csv", text, StandardCharsets.UTF_8, true);
            case "windows-1252" -> write("m.csv", text, WINDOWS_1252, false);
            default -> write("m.csv", text, StandardCharsets.UTF_8, false);
        };
        ValidateFixtures.Collected c = validate(p);
        assertEquals(Map.of("goal.unknown", List.of(3), "title.short", List.of(5)), lines(c));
        ItemReport second = c.items.stream().filter(i -> Integer.valueOf(3).equals(i.line())).findFirst().orElseThrow();
        assertEquals("Privé en één: ß", second.title(), "accents decoded, not mojibake");
        assertEquals("kerndoelen", c.findings().get(0).location().field(), "points at the column to fix");
        assertTrue(second.name().endsWith("m.csv:3"), second.name());
        assertEquals(3, c.summary.items(), "the empty line is not a row");
    }

    @ParameterizedTest
    @ValueSource(chars = {';', ',', '\t'})
    void everyDelimiterGivesTheSameFindings(char d) throws IOException {
        String text = sheet(row("a.mp4", "Breuken vereenvoudigen", "KD22"), row("b.mp4", "Kort", "KD22"))
                .replace(";", String.valueOf(d));
        ValidateFixtures.Collected c = validate(write("m.csv", text, StandardCharsets.UTF_8, false));
        assertEquals(Map.of("title.short", List.of(3)), lines(c));
    }

    @Test
    void quotedMultilineFieldsKeepLaterLinesRight() throws IOException {
        String multi = "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;toestemming;licentie;ondertitels\n"
                + "a.mp4;Breuken vereenvoudigen;\"Eerste regel van de uitleg,\nmet \"\"aanhalingstekens\"\" en\n"
                + "een derde regel over breuken.\";wiskunde;havo;1;KD22;ja;CC BY 4.0;a.vtt\n"
                + "b.mp4;Kort;\"Nog een uitleg\nover twee regels, lang genoeg voor de regel.\";wiskunde;havo;7;KD22;ja;"
                + "CC BY 4.0;b.vtt\n";
        ValidateFixtures.Collected c = validate(write("m.csv", multi, StandardCharsets.UTF_8, false));
        // row 1 spans lines 2-4, so row 2 starts on line 5
        assertEquals(Map.of("title.short", List.of(5), "year.level-mismatch", List.of(5),
                "goal.onderbouw-on-bovenbouw", List.of(5)), lines(c));
        assertEquals(List.of(2, 5), c.items.stream().map(ItemReport::line).toList());
    }

    @Test
    void sheetProblemsAreFindingsWithTheirLines() throws IOException {
        String text = "bestand;titel;beschrijving;kleur\n"
                + "a.mp4;Breuken vereenvoudigen;" + DESCRIPTION + ";rood\n"
                + "b.mp4;Twee;waarden;te;veel\n"
                + "c.mp4;\"Nooit gesloten;" + DESCRIPTION + "\n";
        ValidateFixtures.Collected c = validate(write("m.csv", text, StandardCharsets.UTF_8, false));
        List<Finding> sheet = c.findings().stream().filter(f -> f.rule() == Rules.SHEET).toList();
        assertEquals(3, sheet.size(), sheet::toString);
        assertEquals(Severity.WARNING, sheet.get(0).severity(), "unknown columns do not stop ingest either");
        assertEquals(1, sheet.get(0).location().line());
        assertTrue(sheet.get(0).en().contains("kleur"), sheet.get(0).en());
        assertEquals(Severity.ERROR, sheet.get(1).severity());
        assertEquals(3, sheet.get(1).location().line());
        assertEquals(4, sheet.get(2).location().line());
        assertTrue(sheet.get(2).en().contains("quote"), sheet.get(2).en());
        // known columns, closed quotes and no extra values: nothing wrong with the sheet itself
        ValidateFixtures.Collected fine = validate(write("ok.csv", sheet(row("a.mp4", "Breuken vereenvoudigen", "KD22"),
                row("b.mp4", "\"Breuken; deel 2\"", "KD22")), StandardCharsets.UTF_8, false));
        assertEquals(List.of(), fine.findings().stream().filter(f -> f.rule() == Rules.SHEET).toList());
    }

    @Test
    void anUnreadableSheetIsAFindingNotAStop() throws IOException {
        Path xlsx = tmp.resolve("m.csv");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Path empty = write("leeg.csv", "   \n", StandardCharsets.UTF_8, false);
        Path noHeader = write("geen.csv", "a.mp4;Breuken\n", StandardCharsets.UTF_8, false);
        ValidateFixtures.Collected c = ValidateFixtures.run(List.of(Source.sheet(xlsx, CatalogContext.NONE),
                Source.sheet(empty, CatalogContext.NONE), Source.sheet(noHeader, CatalogContext.NONE)), 2);
        assertEquals(List.of("sheet.problem", "sheet.problem", "sheet.problem"), c.ruleIds());
        assertTrue(c.findings().get(0).nl().contains("Excel"), c.findings().get(0).nl());
        assertTrue(c.findings().get(1).en().contains("empty"), c.findings().get(1).en());
        assertTrue(c.findings().get(2).en().contains("first line"), c.findings().get(2).en());
        assertTrue(c.summary.fails(Severity.ERROR));
    }

    @Test
    void duplicateTitlesInOneSheetPointAtBothLines() throws IOException {
        ValidateFixtures.Collected c = validate(write("m.csv", sheet(row("a.mp4", "Breuken vereenvoudigen", "KD22"),
                row("b.mp4", "Breuken vereenvoudigen", "KD23")), StandardCharsets.UTF_8, false));
        assertEquals(Map.of("title.duplicate", List.of(2, 3)), lines(c));
        assertTrue(c.findings().get(0).nl().contains("m.csv:3"), c.findings().get(0).nl());
    }

    @Test
    void makersWithoutConsentInASheetNeverQuoteTheNames() throws IOException {
        ValidateFixtures.Collected c = validate(write("m.csv", sheet(row("a.mp4", "Breuken vereenvoudigen", "KD22")
                .replace(";ja;", ";nee;")), StandardCharsets.UTF_8, false));
        Finding f = c.findings().get(0);
        assertEquals("makers.no-consent", f.rule().id());
        assertFalse(f.nl().contains("Sanne") || f.en().contains("Sanne"));
    }

    @Test
    void theCatalogsRuleSettingsApplyToASheet() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("cat")).saveSettings(new CatalogSettings(1, "school",
                Map.of("title.short", new RuleOverride(false, null))));
        Path p = write("m.csv", sheet(row("a.mp4", "Kort", "KD22")), StandardCharsets.UTF_8, false);
        List<Source> sources = new Targets(cat.dir()).resolve(List.of(p));
        assertEquals(List.of(), ValidateFixtures.run(sources, 1).ruleIds());
        assertEquals(List.of("title.short"), validate(p).ruleIds());
    }
}
