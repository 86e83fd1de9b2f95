package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.io.Json;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path tmp;
    Catalog catalog;

    record Run(int code, String out, String err) {
    }

    Run vidcat(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        catalog.save(RecordFixtures.sample("breuken-00000001"));
        catalog.save(RecordFixtures.sample("fotosynthese-00000003", "Fotosynthese", "biologie", "havo", "1", "KD34"));
    }

    String cat() {
        return catalog.dir().toString();
    }

    @Test
    void recordsAReviewAndMovesTheStatus() {
        Run r = vidcat("review", "breuken-00000001", "--catalog", cat(), "--reviewer", "J. de Vries",
                "--scores", "content=4,didactics=5,usability=3,copyright=ok", "--student-ratings", "4,5,3",
                "--decision", "approve");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("status draft -> approved"), r.out());
        assertEquals(ReviewStatus.APPROVED, catalog.find("breuken-00000001").orElseThrow().status());
        Run again = vidcat("--catalog", cat(), "review", "breuken-00000001", "--reviewer", "J. de Vries",
                "--scores", "content=4,didactics=5,usability=3,copyright=ok", "--student-ratings", "4,5,3",
                "--decision", "approve");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("already recorded"));
    }

    @Test
    void badInputExitsTwoWithAPlainMessage() {
        String[][] cases = {
                {"review", "breuken-00000001", "--reviewer", "X", "--scores", "content=9", "--decision", "revise",
                        "--comment", "c"},
                {"review", "breuken-00000001", "--reviewer", "X", "--scores",
                        "content=4,didactics=4,usability=4,copyright=not-ok", "--decision", "approve"},
                {"review", "breuken-00000001", "--reviewer", "X", "--decision", "maybe"},
                {"review", "breuken-00000001", "--reviewer", "X", "--decision", "reject"},
                {"review", "../../x", "--reviewer", "X", "--decision", "reject", "--comment", "c"},
                {"review", "nope-00000000", "--reviewer", "X", "--decision", "reject", "--comment", "c"},
                {"review"},
                {"review", "--pending", "--import", "x.csv"},
                {"review", "--pending", "--reviewer", "X"},
                {"review", "--import", tmp.resolve("missing.csv").toString()},
                {"review", "--pending", "--format", "xml"},
        };
        for (String[] args : cases) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--catalog", cat())).toArray(String[]::new);
            Run r = vidcat(all);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("vidcat: "), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertEquals(ReviewStatus.DRAFT, catalog.find("breuken-00000001").orElseThrow().status());
    }

    @Test
    void pendingAsTextJsonAndAFillableSheetThatImportsBack() throws IOException {
        Run text = vidcat("review", "--pending", "--catalog", cat());
        assertEquals(0, text.code());
        assertTrue(text.out().contains("2 video(s) wait for review"), text.out());
        JsonNode json = Json.mapper().readTree(vidcat("review", "--pending", "--format", "json", "--catalog", cat()).out());
        assertEquals(2, json.size());
        assertEquals("draft", json.get(0).get("status").asText());

        String sheet = vidcat("review", "--pending", "--format", "csv", "--catalog", cat()).out();
        assertTrue(sheet.startsWith("id;titel;vak;status;beoordelaar;"), sheet);
        String filled = sheet.replace(";draft;;;;;;;;;", ";draft;mw. Jansen;4;4;4;ja;;goedkeuren;;")
                .replaceFirst("(?m)^(fotosynthese[^;]*;[^;]*;[^;]*;draft);mw. Jansen;4;4;4;ja;;goedkeuren;;",
                        "$1;mw. Jansen;4;4;1;ja;;goedkeuren;;");
        Path f = tmp.resolve("beoordelingen.csv");
        Files.writeString(f, filled);
        Run imp = vidcat("review", "--import", f.toString(), "--catalog", cat());
        assertEquals(1, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("1 review(s) recorded"), imp.out());
        assertTrue(imp.out().contains("line 3 (fotosynthese-00000003): cannot approve with usability=1"), imp.out());
        assertEquals(ReviewStatus.APPROVED, catalog.find("breuken-00000001").orElseThrow().status());
        assertTrue(vidcat("review", "--pending", "--catalog", cat()).out().contains("1 video(s) wait"));
    }

    /** Issue 17: titles Excel would run as formulas, and a title that drives the terminal. */
    @Test
    void pendingSheetNeutralizesFormulasAndTextEscapesControlCharacters() throws IOException {
        String[] formulas = {"=HYPERLINK(\"https://evil.example\";\"klik\")", "+SUM(A1:A9)", "-1+2", "@cmd",
                "=cmd|'/C calc'!A0"};
        for (int i = 0; i < formulas.length; i++) {
            catalog.save(RecordFixtures.sample("formule-0000000" + i, formulas[i], "wiskunde", "havo", "4", "KD22"));
        }
        String hostile = "\u001B]0;pwned\u0007Breuken \u001B[2J\u0000 Huiswerk \u202Egnp.exe";
        catalog.save(RecordFixtures.sample("escape-00000009", hostile, "wiskunde", "havo", "4", "KD22"));

        String sheet = vidcat("review", "--pending", "--format", "csv", "--catalog", cat()).out();
        for (String f : formulas) {
            assertTrue(sheet.contains(";\"'" + f.replace("\"", "\"\"") + "\";") || sheet.contains(";'" + f + ";"), sheet);
        }
        assertTrue(sheet.contains("Breuken [2J Huiswerk gnp.exe"), "the sheet leaves control characters out: " + sheet);
        Path f = tmp.resolve("terug.csv");
        Files.writeString(f, sheet);
        Run imp = vidcat("review", "--import", f.toString(), "--catalog", cat());
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().contains("8 line(s) not filled in yet"), imp.out());

        Run text = vidcat("review", "--pending", "--catalog", cat());
        assertEquals(-1, ControlCharacters.indexOf(text.out()), text.out());
        assertTrue(text.out().contains("<U+001B>]0;pwned<U+0007>Breuken <U+001B>[2J<U+0000> Huiswerk <U+202E>gnp.exe"),
                text.out());
        String json = vidcat("review", "--pending", "--format", "json", "--catalog", cat()).out();
        assertEquals(-1, ControlCharacters.indexOf(json), json);
        assertTrue(json.contains("\\u001B]0;pwned\\u0007") && json.contains("\\u202e"), json);
        assertTrue(Json.mapper().readTree(json).toString().contains("Breuken"), "the JSON keeps the exact text");
    }

    /** A rejected sheet line is also logged as a warning: the console log escapes its text like the rest. */
    @Test
    void importMessagesAndTheirLogLinesShowControlCharactersEscaped() throws IOException {
        Path f = tmp.resolve("vies.csv");
        Files.writeString(f, "id;beoordelaar;besluit;opmerking\nbreuken-00000001;X;\"\u001B]0;pwned\u0007\u001B[2J\";c\n");
        CliRun.Result r = CliRun.run("review", "--import", f.toString(), "--catalog", cat());
        assertEquals(1, r.code(), r.all());
        assertEquals(-1, ControlCharacters.indexOf(r.all()), r.all());
        assertTrue(r.out().contains("unknown decision '<U+001B>]0;pwned<U+0007><U+001B>[2J'"), r.out());
        assertTrue(r.err().contains("warning: vies.csv line 2: unknown decision '<U+001B>]0;pwned"), r.err());
    }

    @Test
    void aBusyCatalogIsAUsageError() throws IOException {
        try (CatalogLock held = catalog.lock("ingest", Duration.ZERO)) {
            Run r = vidcat("review", "breuken-00000001", "--catalog", cat(), "--reviewer", "X", "--decision",
                    "reject", "--comment", "c");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("in use by another vidcat process"), r.err());
        }
        assertEquals(ReviewStatus.DRAFT, catalog.find("breuken-00000001").orElseThrow().status());
    }
}
