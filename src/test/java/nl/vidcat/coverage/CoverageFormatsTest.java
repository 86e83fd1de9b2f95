package nl.vidcat.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.vidcat.io.Json;
import org.junit.jupiter.api.Test;

/**
 * The renderings of a coverage whose text tries to do harm. Vocabulary text only reaches them today, but a
 * vocabulary is a data file anyone can extend, so each format guards itself as the rest of vidcat does.
 */
class CoverageFormatsTest {

    private static Coverage hostile() {
        Coverage.Columns cols = new Coverage.Columns(List.of(1, 2), List.of("havo"));
        Coverage.Goal g = new Coverage.Goal(7, "7", "id-7", "@SUM(1+1)*cmd|' /C calc'!A0\u001b[2J",
                Map.of("1", 1, "2", 0), Map.of("havo", 1), 1, false, List.of("a-00000001"));
        Coverage.Goal gap = new Coverage.Goal(8, "8", "id-8", "-Leeg; \"quote\"", Map.of("1", 0, "2", 0),
                Map.of("havo", 0), 0, true, List.of());
        Coverage.Area area = new Coverage.Area("=HYPERLINK(\"http://x\")\u202e", List.of(g, gap), List.of(8));
        return new Coverage(Coverage.FORMAT, List.of(), 1, 0, cols,
                List.of(new Coverage.GoalSet("vo", "Kerndoelen onderbouw VO", 2, 1, List.of(area))), List.of());
    }

    @Test
    void csvCellsCannotStartAFormulaAndKeepNoControlCharacters() {
        byte[] bytes = CoverageCsv.bytes(hostile());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFonderwijs;leergebied;kerndoel;omschrijving;leerjaar 1;leerjaar 2;havo;"
                + "totaal;zonder video\r\n"), text);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("VO;\"'=HYPERLINK(\"\"http://x\"\")\";7;'@SUM(1+1)*cmd|' /C calc'!A0[2J;1;0;1;1;nee", lines.get(1));
        assertEquals("VO;\"'=HYPERLINK(\"\"http://x\"\")\";8;\"'-Leeg; \"\"quote\"\"\";0;0;0;0;ja", lines.get(2));
        assertFalse(text.contains("\u001b") || text.contains("\u202e"));
        assertEquals(CoverageCsv.text(hostile()), text.substring(1), "standard output: the same without the BOM");
    }

    @Test
    void textEscapesControlCharacters() {
        String text = CoverageText.render(hostile());
        assertFalse(text.contains("\u001b") || text.contains("\u202e"), text);
        assertTrue(text.contains("  =HYPERLINK(\"http://x\")<U+202E>\n"), text);
        assertTrue(text.contains("    7 @SUM(1+1)*cmd|' /C calc'!A0<U+001B>[2J "), text);
        assertTrue(text.contains(" !  8 -Leeg; \"quote\""), text);
    }

    @Test
    void jsonKeepsTextExactAndEscapesControlsAndIsStable() throws Exception {
        String json = new String(Json.pretty(hostile()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\\u001B[2J") || json.contains("\\u001b[2J"), json);
        assertFalse(json.contains("\u001b"), json);
        assertFalse(json.contains("\"school\"") || json.contains("\"summary\"") || json.contains("\"po\""),
                "only the documented fields: " + json);
        Coverage back = Json.mapper().readValue(json, Coverage.class);
        assertEquals(hostile(), back, "the JSON reads back to the same value");
        assertEquals(json, new String(Json.pretty(back), StandardCharsets.UTF_8));
    }
}
