package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final String RECORD = """
            {
              "id": "a",
              "media": {"renditions": [], "subtitles": []},
              "metadata": {
                "title": "Breuken",
                "goals": [
                  {"input": "KD99"},
                  {
                    "id": "x"
                  }
                ],
                "a/b": 1,
                "t~n": 2
              }
            }
            """;

    private static Map<String, Integer> lines(String... pointers) {
        return JsonLines.lines(RECORD.getBytes(StandardCharsets.UTF_8), Set.of(pointers));
    }

    @Test
    void membersAndElementsGetTheirOwnLine() {
        Map<String, Integer> l = lines("", "/id", "/metadata/title", "/metadata/goals/0", "/metadata/goals/1/id");
        assertEquals(1, l.get(""));
        assertEquals(2, l.get("/id"));
        assertEquals(5, l.get("/metadata/title"));
        assertEquals(7, l.get("/metadata/goals/0"));
        assertEquals(9, l.get("/metadata/goals/1/id"));
    }

    @Test
    void escapedNamesAreFound() {
        assertEquals(Map.of("/metadata/a~1b", 12, "/metadata/t~0n", 13), lines("/metadata/a~1b", "/metadata/t~0n"));
    }

    @Test
    void anAbsentMemberGetsTheLineOfItsNearestAncestor() {
        assertEquals(Map.of("/metadata/licence", 4, "/metadata/goals/7/id", 6),
                lines("/metadata/licence", "/metadata/goals/7/id"));
    }

    @Test
    void aSameNamedMemberElsewhereIsNotMistakenForTheWantedOne() {
        assertEquals(Map.of("/metadata/goals/1/id", 9), lines("/metadata/goals/1/id"));
        assertEquals(Map.of("/id", 2), lines("/id"));
    }

    @Test
    void truncatedInputCostsOnlyTheLinesNotFound() {
        byte[] cut = RECORD.substring(0, RECORD.indexOf("\"a/b\"")).getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("/metadata/goals/1", 8, "/metadata/t~0n", 4),
                JsonLines.lines(cut, Set.of("/metadata/goals/1", "/metadata/t~0n")));
    }

    @Test
    void scalarsAreTheValuesThatExistWithTheirLines() {
        Map<String, JsonLines.Scalar> s = JsonLines.scalars(RECORD.getBytes(StandardCharsets.UTF_8),
                Set.of("/id", "/metadata/title", "/metadata/school", "/metadata/goals", "/metadata/a~1b"));
        assertEquals(Map.of("/id", new JsonLines.Scalar(2, "a"), "/metadata/title", new JsonLines.Scalar(5, "Breuken"),
                "/metadata/goals", new JsonLines.Scalar(6, null), "/metadata/a~1b", new JsonLines.Scalar(12, "1")), s);
    }
}
