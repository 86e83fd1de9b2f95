package nl.vidcat.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official texts of the kerndoelen, as versioned data: {@code catalog-schema/vocab/kerndoelen-teksten.json} lists
 * one file per set ({@code vo}, {@code po}) and version, read in order; per set, a file with a newer version replaces
 * the learning areas it contains and keeps the others (catalog-schema/vocab/README.md). Each goal comes with vidcat's
 * topic words per subject from {@code kerndoelen-trefwoorden.json}, which are not law text.
 */
public final class GoalTexts {

    static final String MANIFEST = "kerndoelen-teksten.json";
    static final String TOPIC_WORDS = "kerndoelen-trefwoorden.json";

    /**
     * One kerndoel.
     *
     * @param set      {@code vo} (onderbouw VO) or {@code po} (primair onderwijs)
     * @param code     as a sheet writes it and the normalizer reads it: {@code KD 22}, {@code PO 12}
     * @param area     the learning area the law puts it under ("Wiskunde", "Mens en natuur")
     * @param text     the law text
     * @param subjects subject code (vakken-vo.json) -> vidcat's topic words for this goal in that subject; may be empty
     */
    public record Goal(String set, String version, String code, int number, String area, String text,
                       Map<String, String> subjects) {
        public Goal {
            subjects = Map.copyOf(subjects);
        }
    }

    private static final class Holder {
        static final GoalTexts STANDARD = load(Vocabularies::read);
    }

    private final List<Goal> goals;

    GoalTexts(List<Goal> goals) {
        this.goals = List.copyOf(goals);
    }

    /** The texts shipped in the jar. */
    public static GoalTexts standard() {
        return Holder.STANDARD;
    }

    /** The goals in force: per set and learning area those of the newest version, in file and text order. */
    public List<Goal> goals() {
        return goals;
    }

    /** The same goals without vidcat's topic words: what the law texts alone match (bench/suggest shows both). */
    public GoalTexts lawTextsOnly() {
        return new GoalTexts(goals.stream().map(g -> new Goal(g.set(), g.version(), g.code(), g.number(), g.area(),
                g.text(), Map.of())).toList());
    }

    /** Reads the JSON files of the vocabulary folder. */
    @FunctionalInterface
    interface Source {
        JsonNode read(String file);
    }

    static GoalTexts load(Source source) {
        JsonNode words = source.read(TOPIC_WORDS).path("sets");
        // (set, area) -> the goals of the newest version read so far; insertion order is the order of first mention
        Map<String, List<Goal>> byArea = new LinkedHashMap<>();
        Map<String, String> versionOfArea = new LinkedHashMap<>();
        for (JsonNode file : source.read(MANIFEST).path("files")) {
            JsonNode doc = source.read(file.asText());
            String set = doc.path("set").asText();
            String version = doc.path("version").asText();
            JsonNode setWords = words.path(set + "-" + version);
            for (JsonNode area : doc.path("areas")) {
                String key = set + "/" + area.path("name").asText();
                String known = versionOfArea.get(key);
                if (known != null && known.compareTo(version) > 0) {
                    continue; // an older version listed after a newer one does not bring its area back
                }
                versionOfArea.put(key, version);
                byArea.put(key, goalsOf(set, version, area, setWords));
            }
        }
        List<Goal> all = new ArrayList<>();
        byArea.values().forEach(all::addAll);
        return new GoalTexts(all);
    }

    private static List<Goal> goalsOf(String set, String version, JsonNode area, JsonNode setWords) {
        List<Goal> out = new ArrayList<>();
        for (JsonNode g : area.path("goals")) {
            int number = g.path("number").asInt();
            Map<String, String> subjects = new LinkedHashMap<>();
            setWords.path(String.valueOf(number)).properties()
                    .forEach(e -> subjects.put(e.getKey(), e.getValue().asText()));
            out.add(new Goal(set, version, g.path("code").asText(), number, area.path("name").asText(),
                    g.path("text").asText(), subjects));
        }
        return out;
    }
}
