package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.check.CheckFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat check} as a curator and a cron script call it: one line per problem, a summary, exit 0/1/2. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private String catalog() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        CheckFixtures.add(c, "breuken-vereenvoudigen-a1b2c3d4", 20_000, 1);
        return c.dir().toString();
    }

    @Test
    void intactCatalogExits0WithASummary() throws Exception {
        CliRun.Result r = CliRun.run("check", "--catalog", catalog());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Checked 1 record file and 7 media files"), r.out());
        assertTrue(r.out().contains("the catalog is intact"), r.out());
        CliRun.Result quick = CliRun.run("check", "--quick", "--catalog", catalog());
        assertTrue(quick.out().contains("(sizes only)"), quick.out());
    }

    @Test
    void problemsExit1OneLineEachAndRepairFixesThem() throws Exception {
        String cat = catalog();
        Files.writeString(Path.of(cat, "records", "oud.txt"), "x");
        Files.writeString(Path.of(cat, "records", ".x.json.part-12345678.json"), "{");
        CliRun.Result r = CliRun.run("check", "--quick", "--catalog", cat);
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("records/oud.txt: is not a record file"), r.out());
        assertTrue(r.out().contains("records/.x.json.part-12345678.json: leftover temp file"), r.out());
        assertTrue(r.out().contains(": 2 problems."), r.out());

        CliRun.Result fixed = CliRun.run("check", "--repair", "--catalog", cat);
        assertEquals(0, fixed.code(), fixed.all());
        assertTrue(fixed.out().contains("moved to lost+found/records/oud.txt"), fixed.out());
        assertEquals(0, CliRun.run("check", "--catalog", cat).code());
    }

    @Test
    void jsonForScripts() throws Exception {
        String cat = catalog();
        Files.writeString(Path.of(cat, "records", "oud.txt"), "x");
        CliRun.Result r = CliRun.run("check", "--format", "json", "--catalog", cat);
        assertEquals(1, r.code(), r.all());
        JsonNode root = Json.mapper().readTree(r.out());
        assertEquals("record.stray", root.path("faults").get(0).path("code").asText());
        assertEquals("records/oud.txt", root.path("faults").get(0).path("file").asText());
        assertEquals("set-aside", root.path("faults").get(0).path("repair").asText());
        assertEquals(1, root.path("summary").path("problems").asInt());
    }

    @Test
    void usageErrorsExit2WithoutAStackTrace() throws Exception {
        CliRun.Result none = CliRun.run("check", "--catalog", tmp.resolve("nergens").toString());
        assertEquals(2, none.code(), none.all());
        assertTrue(none.err().contains("no catalog"), none.err());
        CliRun.Result format = CliRun.run("check", "--format", "xml", "--catalog", catalog());
        assertEquals(2, format.code(), format.all());
        CliRun.Result threads = CliRun.run("check", "--threads", "0", "--catalog", catalog());
        assertEquals(2, threads.code(), threads.all());
        for (CliRun.Result r : new CliRun.Result[] {none, format, threads}) {
            assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), r.all());
        }
    }

    @Test
    void hostileFileNamesAreShownEscaped() throws Exception {
        String cat = catalog();
        Files.writeString(Path.of(cat, "records", "x\u001b]0;pwned\u0007.txt"), "x");
        CliRun.Result r = CliRun.run("check", "--catalog", cat);
        assertFalse(r.out().contains("\u001b"), r.out());
        assertTrue(r.out().contains("x<U+001B>]0;pwned<U+0007>.txt"), r.out());
    }
}
