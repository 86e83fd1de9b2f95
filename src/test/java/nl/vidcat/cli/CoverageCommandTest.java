package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.coverage.CoverageFixtures;
import nl.vidcat.io.Json;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat coverage} as a coordinator and a script run it: what it prints, writes and how it exits. */
class CoverageCommandTest {

    @TempDir
    Path tmp;
    Catalog catalog;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        for (VideoRecord r : CoverageFixtures.school()) {
            catalog.save(r);
        }
        catalog.save(CoverageFixtures.unknownSubject());
    }

    CliRun.Result vidcat(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "coverage";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.inCatalog(catalog.dir(), all);
    }

    static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + start + "' in:\n" + text));
    }

    @Test
    void textMarksKerndoelenWithoutAVideoAndListsThemForTheNextFilms() {
        CliRun.Result r = vidcat();
        assertEquals(0, r.code(), "gaps are information, not findings: " + r.all());
        String out = r.out();
        assertTrue(out.startsWith("Kerndoelen covered by approved videos: the whole school, 5 approved videos"), out);
        assertTrue(out.contains("Kerndoelen onderbouw VO: 3 of 58 have an approved video"), out);
        assertTrue(out.contains("Kerndoelen primair onderwijs: 1 of 58 have an approved video"), out);
        // KD22: breuken (havo 1) and procenten (havo and vwo, years 1-2)
        assertEquals("   22 Rekenstructuren doorzien en reken…   2   1   .   .   .   . |   .   .   .   2   1   . |    2",
                line(out, "   22 "));
        assertTrue(line(out, " !  1 ").startsWith(" !  1 Spreken en schrijven  "), out);
        assertTrue(out.contains("    Wiskunde: 19-21, 24-27\n"), out);
        assertTrue(out.endsWith("  Wiskunde                         2 approved   15 of 17 kerndoelen without a video\n"),
                out);
        for (String l : out.split("\n")) {
            assertTrue(l.length() <= 100, "wider than 100 columns: " + l);
        }
        assertFalse(out.contains("\u001b") || out.contains("\u202e") || out.contains("<script>"),
                "no record text, and no control character: " + out);
        assertEquals("", r.err());
    }

    @Test
    void aSubjectShowsItsOwnAreas() {
        CliRun.Result r = vidcat("--subject", "wis");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("Kerndoelen covered by approved videos: Wiskunde, 2 approved videos"), r.out());
        assertTrue(r.out().contains("  Mens en natuur\n"), r.out());
        assertFalse(r.out().contains("  Nederlands\n") || r.out().contains("Per subject"), r.out());

        CliRun.Result unknown = vidcat("--subject", "wiskunder");
        assertEquals(2, unknown.code(), unknown.all());
        assertEquals("vidcat: --subject 'wiskunder' is not a subject in vakken-vo.json; did you mean wiskunde?\n",
                unknown.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void csvIsExcelsUtf8WithARowPerKerndoel() throws IOException {
        Path file = tmp.resolve("dekking.csv");
        CliRun.Result r = vidcat("--format", "csv", "-o", file.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("Coverage of 5 approved video(s) written to " + file
                + ": Kerndoelen onderbouw VO: 3 of 58 have an approved video; Kerndoelen primair"), r.out());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xff, "byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("onderwijs;leergebied;kerndoel;omschrijving;leerjaar 1;leerjaar 2;leerjaar 3;leerjaar 4;"
                + "leerjaar 5;leerjaar 6;vmbo-b;vmbo-k;vmbo-gt;havo;vwo;praktijkonderwijs;totaal;zonder video",
                lines.get(0));
        assertEquals(1 + 58 + 58, lines.size());
        assertTrue(lines.contains("VO;Wiskunde;22;Rekenstructuren doorzien en rekenbegrippen gebruiken;2;1;0;0;0;0;"
                + "0;0;0;2;1;0;2;nee"), text);
        assertTrue(lines.contains("PO;Nederlands;2;Spreken;1;0;0;0;0;0;1;1;0;0;0;0;1;nee"), text);
        assertTrue(lines.contains("VO;Wiskunde;24;Meten en metriek stelsel;0;0;0;0;0;0;0;0;0;0;0;0;0;ja"), text);

        CliRun.Result stdout = vidcat("--format", "csv", "--subject", "biologie");
        assertTrue(stdout.out().startsWith("onderwijs;leergebied;"), "no byte order mark on a terminal");
        assertEquals(1 + 8, stdout.out().split("\r\n").length, "Mens en natuur only");
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        CliRun.Result r = vidcat("--format", "json");
        assertEquals(0, r.code(), r.all());
        JsonNode j = Json.mapper().readTree(r.out());
        assertEquals(List.of("format", "subjects", "approved", "withoutGoals", "columns", "sets", "bySubject"),
                fields(j));
        assertEquals(1, j.get("format").asInt());
        assertEquals(5, j.get("approved").asInt());
        assertEquals("[1,2,3,4,5,6]", j.get("columns").get("years").toString());
        JsonNode vo = j.get("sets").get(0);
        assertEquals(List.of("set", "label", "goalCount", "coveredCount", "areas"), fields(vo));
        JsonNode wiskunde = vo.get("areas").get(2);
        assertEquals("Wiskunde", wiskunde.get("name").asText());
        assertEquals("[19,20,21,24,25,26,27]", wiskunde.get("uncovered").toString());
        JsonNode kd22 = wiskunde.get("goals").get(3);
        assertEquals(List.of("number", "code", "id", "label", "years", "levels", "total", "uncovered", "videos"),
                fields(kd22));
        assertEquals("{\"1\":2,\"2\":1,\"3\":0,\"4\":0,\"5\":0,\"6\":0}", kd22.get("years").toString());
        assertEquals("[\"breuken-00000001\",\"procenten-00000002\"]", kd22.get("videos").toString());
        assertEquals("po", j.get("sets").get(1).get("set").asText());
        assertEquals("{\"subject\":\"wiskunde\",\"label\":\"Wiskunde\",\"approved\":2,\"goalCount\":17,"
                + "\"coveredCount\":2}", j.get("bySubject").get(3).toString());
        assertEquals(r.out(), vidcat("--format", "json").out(), "stable");
    }

    @Test
    void anUnreadableRecordIsNamedAndExitsOne() throws IOException {
        RecordFixtures.cutOff(catalog.recordFile("breuken-00000001"));
        CliRun.Result r = vidcat("--format", "json");
        assertEquals(1, r.code(), r.all());
        assertEquals(4, Json.mapper().readTree(r.out()).get("approved").asInt());
        assertTrue(r.err().startsWith("vidcat: not counted: records/breuken-00000001.json"), r.err());

        CliRun.Result folder = vidcat("-o", tmp.toString());
        assertEquals(2, folder.code(), folder.all());
        assertTrue(folder.err().contains("is a folder; name a file"), folder.err());
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
