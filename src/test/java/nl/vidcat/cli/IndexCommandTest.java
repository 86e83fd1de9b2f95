package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.Json;
import nl.vidcat.model.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end: summary lines, exit codes, the JSON shape, usage errors. */
class IndexCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void indexThenSearchThroughTheCli() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001"));
        String cat = c.dir().toString();

        Run search = run("search", "breuken", "--catalog", cat);
        assertEquals(2, search.code(), search.err());
        assertTrue(search.err().contains("vidcat index"), search.err());

        Run first = run("index", "--catalog", cat, "-q");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("index: full build -> build-"), first.out());
        Run again = run("index", "--incremental", "--catalog", cat, "-q");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("nothing changed"), again.out());
        assertEquals(2, run("index", "--rollback", "--catalog", cat, "-q").code(), "no previous build yet");
        assertEquals(0, run("index", "--status", "--catalog", cat).code());

        Run text = run("search", "breuk", "--subject", "wis", "--catalog", cat);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("1 result for \"breuk\" where subject=wiskunde"), text.out());
        assertTrue(text.out().contains("*Breuken* vereenvoudigen"), text.out());

        Run json = run("search", "breuken", "--format", "json", "--suggest", "breu", "--catalog", cat);
        assertEquals(0, json.code(), json.err());
        JsonNode r = Json.mapper().readTree(json.out());
        assertEquals(1, r.get("format").asInt());
        assertEquals("exact", r.get("mode").asText());
        assertEquals(1, r.get("total").asInt());
        assertEquals("breuken-vereenvoudigen-aaaa0001", r.at("/hits/0/id").asText());
        assertEquals("Breuken", r.at("/hits/0/highlights/title/text").asText().substring(0, 7));
        assertEquals(0, r.at("/hits/0/highlights/title/matches/0/0").asInt());
        assertEquals(1, r.at("/facets/subject/0/count").asInt());
        assertEquals("Breuken vereenvoudigen", r.at("/suggestions/0").asText());
        assertEquals(1, r.at("/index/records").asInt());

        Run suggest = run("search", "--suggest", "vereen", "--catalog", cat);
        // titles first, then keywords
        assertEquals(List.of("Breuken vereenvoudigen", "vereenvoudigen"), suggest.out().strip().lines().toList());
    }

    /** Issue 17: a title that would retitle and clear the terminal or reverse its text prints escaped. */
    @Test
    void searchPrintsControlCharactersOfRecordsEscaped() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001",
                "Breuken \u001B]0;pwned\u0007vereenvoudigen\u001B[2J\u0000 \u202Egnp.exe", "wiskunde", "havo", "1",
                "KD22"));
        String cat = c.dir().toString();
        Run idx = run("index", "--catalog", cat, "-q");
        assertTrue(idx.out().contains("1 hidden as invalid"), "text.control-characters is an error: " + idx.out());
        for (String[] args : new String[][] {{"search", "breuken", "--include-invalid"},
                {"search", "--suggest", "breu", "--include-invalid"},
                {"search", "breuken", "--format", "json", "--include-invalid"}}) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--catalog", cat));
            Run r = run(all.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals(-1, ControlCharacters.indexOf(r.out() + r.err()), r.out());
            assertTrue(r.out().contains("<U+001B>]0;pwned<U+0007>") || r.out().contains("\\u001B]0;pwned\\u0007"),
                    r.out());
        }
    }

    @Test
    void jsonReachesAStreamThatIsNotAutoFlushed() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001"));
        assertEquals(0, run("index", "--catalog", c.dir().toString(), "-q").code());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8));
        int code = Main.commandLine(out, new PrintWriter(new StringWriter(), true))
                .execute("search", "breuken", "--format", "json", "--catalog", c.dir().toString());
        assertEquals(0, code);
        assertEquals(1, Json.mapper().readTree(bytes.toByteArray()).get("total").asInt(), "like a pipe under cron");
    }

    @Test
    void userMistakesAreUsageErrorsWithoutStackTraces() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001"));
        String cat = c.dir().toString();
        assertEquals(0, run("index", "--catalog", cat, "-q").code());
        for (String[] args : new String[][]{
                {"search", "x", "--subject", "toverkunde", "--catalog", cat},
                {"search", "x", "--filter", "kleur=rood", "--catalog", cat},
                {"search", "x", "--filter", "licence", "--catalog", cat},
                {"search", "--catalog", cat},
                {"search", "x", "--limit", "-1", "--catalog", cat},
                {"index", "--rollback", "--incremental", "--catalog", cat},
                {"index", "--catalog", tmp.resolve("nope").toString()}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("vidcat: "), r.err());
            assertTrue(!r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void cronRunIsOneSummaryLineAndRespectsTheCatalogLock() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001"));
        String cat = c.dir().toString();
        try (CatalogLock held = c.lock("ingest", Duration.ZERO)) {
            Run busy = run("index", "--catalog", cat);
            assertEquals(2, busy.code(), busy.err());
            assertTrue(busy.err().startsWith("vidcat: ") && busy.err().contains("ingest"), busy.err());
            assertTrue(!busy.err().contains("\tat "), busy.err());
            // searching takes no lock: it reads the live build while a writer works
            assertEquals(2, run("search", "breuken", "--catalog", cat).code(), "no index yet, but not 'busy'");
        }
        // not a terminal (as under cron): stdout is only the summary line, details go to the log file
        Run cron = run("index", "--catalog", cat);
        assertEquals(0, cron.code(), cron.err());
        assertEquals(1, cron.out().lines().count(), cron.out());
        assertTrue(cron.out().startsWith("index: full build -> build-"), cron.out());
        Path log = c.dir().resolve("logs/vidcat.log");
        assertTrue(Files.readString(log).contains("published index build"), "the log file has the details");
    }
}
