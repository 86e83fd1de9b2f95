package nl.vidcat.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.vidcat.io.Json;
import org.junit.jupiter.api.Test;

/** The kerndoel texts as shipped, and a new version added as data only. */
class GoalTextsTest {

    @Test
    void theShippedTextsAreTheFiftyEightGoalsOfEachSet() {
        List<GoalTexts.Goal> goals = GoalTexts.standard().goals();
        for (String set : List.of("vo", "po")) {
            List<GoalTexts.Goal> of = goals.stream().filter(g -> g.set().equals(set)).toList();
            assertEquals(58, of.size(), set);
            for (int i = 0; i < 58; i++) {
                assertEquals(i + 1, of.get(i).number());
                assertTrue(of.get(i).text().startsWith("De leerling") || of.get(i).text().startsWith("Kinderen"),
                        of.get(i).code() + ": " + of.get(i).text());
            }
        }
        GoalTexts.Goal kd22 = goals.stream().filter(g -> g.code().equals("KD 22")).findFirst().orElseThrow();
        assertEquals("Wiskunde", kd22.area());
        assertTrue(kd22.text().contains("breuken, procenten en verhoudingen"), kd22.text());
        assertTrue(kd22.subjects().getOrDefault("wiskunde", "").contains("Breuken"), "SLO: " + kd22.subjects());
        assertTrue(kd22.elaboration().contains("Rekenstructuren doorzien"), kd22.elaboration());
        // SLO elaborates every onderbouw goal; the law texts alone have none
        goals.stream().filter(g -> g.set().equals("vo"))
                .forEach(g -> assertTrue(!g.subjects().isEmpty() || !g.elaboration().isEmpty(), g.code()));
        assertTrue(GoalTexts.standard().lawTextsOnly().goals().stream()
                .allMatch(g -> g.subjects().isEmpty() && g.elaboration().isEmpty()));
        // vidcat's own topic words are added to what is shipped, never to the published texts
        assertTrue(kd22.subjects().get("wiskunde").contains("verhoudingstabel"), kd22.subjects().get("wiskunde"));
        GoalTexts.Goal published = GoalTexts.standard().published().goals().stream()
                .filter(g -> g.code().equals("KD 22")).findFirst().orElseThrow();
        assertFalse(published.subjects().get("wiskunde").contains("verhoudingstabel"));
        // every subject a text is filed under is a subject code, so a proposed subject is one a sheet accepts
        Vocabulary subjects = Vocabularies.get().subjects();
        goals.forEach(g -> g.subjects().keySet().forEach(code -> assertEquals(code,
                subjects.lookup(code).map(Vocabulary.Entry::code).orElse(null), g.code())));
        // every goal's code is one the sheet normalizer reads
        Normalizer n = Normalizer.standard();
        goals.forEach(g -> assertTrue(n.goal(g.code()).known(), g.code()));
    }

    @Test
    void aNewerVersionReplacesOnlyTheAreasItContains() {
        Map<String, String> files = Map.of(
                GoalTexts.MANIFEST, "{\"files\": [\"old.json\", \"new.json\"], \"elaborations\": [\"slo.json\"]}",
                "slo.json", "{\"sets\": {\"vo-2026\": {\"1\": {\"label\": \"Lezen\", \"domains\": [],"
                        + " \"general\": [\"Teksten\"], \"subjects\": {\"Nederlands\": [\"lezen\", \"luisteren\"]}}}}}",
                "old.json", "{\"set\": \"vo\", \"version\": \"2006\", \"areas\": ["
                        + "{\"name\": \"Nederlands\", \"goals\": [{\"code\": \"KD 1\", \"number\": 1, \"text\": \"oud\"}]},"
                        + "{\"name\": \"Wiskunde\", \"goals\": [{\"code\": \"KD 19\", \"number\": 19, \"text\": \"w\"}]}]}",
                "new.json", "{\"set\": \"vo\", \"version\": \"2026\", \"areas\": ["
                        + "{\"name\": \"Nederlands\", \"goals\": [{\"code\": \"NL 1\", \"number\": 1, \"text\": \"nieuw\"}]}]}");
        GoalTexts t = GoalTexts.load(name -> parse(files.get(name)));
        assertEquals(List.of("NL 1", "KD 19"), t.goals().stream().map(GoalTexts.Goal::code).toList());
        assertEquals("2026", t.goals().get(0).version());
        assertEquals(Map.of("Nederlands", "lezen\nluisteren"), t.goals().get(0).subjects());
        assertEquals("Lezen\nTeksten", t.goals().get(0).elaboration());
        assertEquals("", t.goals().get(1).elaboration(), "no elaboration of version 2006 in the data");
        // listed the other way round, the older file does not bring its area back
        Map<String, String> reversed = new java.util.HashMap<>(files);
        reversed.put(GoalTexts.MANIFEST, "{\"files\": [\"new.json\", \"old.json\"]}");
        assertEquals(List.of("NL 1", "KD 19"),
                GoalTexts.load(name -> parse(reversed.get(name))).goals().stream().map(GoalTexts.Goal::code).toList());
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
