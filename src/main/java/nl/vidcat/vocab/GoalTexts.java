package nl.vidcat.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The official texts of the kerndoelen, as versioned data: {@code catalog-schema/vocab/kerndoelen-teksten.json} lists
 * one file per set ({@code vo}, {@code po}) and version, read in order; per set, a file with a newer version replaces
 * the learning areas it contains and keeps the others (catalog-schema/vocab/README.md). The same manifest names the
 * published elaborations of the goals (SLO's curriculum data, {@code kerndoelen-slo-2020.json}), which come with each
 * goal: goal-level text and text per subject that teaches it. Goals of a version no elaboration covers have none.
 * Last, vidcat's own topic words ({@code kerndoelen-trefwoorden.json}, not published, see {@link #published()}) are
 * added per goal and subject.
 */
public final class GoalTexts {

    static final String MANIFEST = "kerndoelen-teksten.json";
    static final String OWN_WORDS = "kerndoelen-trefwoorden.json";

    /**
     * One kerndoel.
     *
     * @param set         {@code vo} (onderbouw VO) or {@code po} (primair onderwijs)
     * @param code        as a sheet writes it and the normalizer reads it: {@code KD 22}, {@code PO 12}
     * @param area        the learning area the law puts it under ("Wiskunde", "Mens en natuur")
     * @param text        the law text
     * @param elaboration published text about the goal as a whole (SLO's label and domains); may be empty
     * @param subjects    subject code (vakken-vo.json) -> published text on this goal in that subject; may be empty
     */
    public record Goal(String set, String version, String code, int number, String area, String text,
                       String elaboration, Map<String, String> subjects) {
        public Goal {
            subjects = Map.copyOf(subjects);
        }

        Goal with(String newElaboration, Map<String, String> newSubjects) {
            return new Goal(set, version, code, number, area, text, newElaboration, newSubjects);
        }
    }

    private static final class Holder {
        static final GoalTexts STANDARD = load(Vocabularies::read);
    }

    private final List<Goal> goals;
    private final GoalTexts published;

    GoalTexts(List<Goal> goals) {
        this(goals, null);
    }

    private GoalTexts(List<Goal> goals, GoalTexts published) {
        this.goals = List.copyOf(goals);
        this.published = published == null ? this : published;
    }

    /** The texts shipped in the jar. */
    public static GoalTexts standard() {
        return Holder.STANDARD;
    }

    /** The goals in force: per set and learning area those of the newest version, in file and text order. */
    public List<Goal> goals() {
        return goals;
    }

    /**
     * The goals with the law texts and the published elaborations only, without vidcat's own topic words: what
     * zero-shot accuracy is measured on (bench/suggest), since the author of those words also wrote the labelled set.
     */
    public GoalTexts published() {
        return published;
    }

    /** The same goals without any elaboration: what the law texts alone match (bench/suggest shows it). */
    public GoalTexts lawTextsOnly() {
        return new GoalTexts(goals.stream().map(g -> g.with("", Map.of())).toList());
    }

    /**
     * The same goals with more words per goal and subject added ({@code "vo-2006": {"22": {"wiskunde": "breuken"}}},
     * the {@code sets} of {@value #OWN_WORDS}); {@link #published()} stays without them.
     */
    public GoalTexts withWords(JsonNode sets) {
        return new GoalTexts(goals.stream().map(g -> {
            Map<String, String> subjects = new LinkedHashMap<>(g.subjects());
            sets.path(g.set() + "-" + g.version()).path(String.valueOf(g.number())).properties()
                    .forEach(e -> subjects.merge(e.getKey(), e.getValue().asText(), (a, b) -> a + "\n" + b));
            return g.with(g.elaboration(), subjects);
        }).toList(), published);
    }

    /** Reads the JSON files of the vocabulary folder. */
    @FunctionalInterface
    interface Source {
        JsonNode read(String file);
    }

    static GoalTexts load(Source source) {
        JsonNode manifest = source.read(MANIFEST);
        List<JsonNode> elaborations = new ArrayList<>();
        manifest.path("elaborations").forEach(f -> elaborations.add(source.read(f.asText()).path("sets")));
        // (set, area) -> the goals of the newest version read so far; insertion order is the order of first mention
        Map<String, List<Goal>> byArea = new LinkedHashMap<>();
        Map<String, String> versionOfArea = new LinkedHashMap<>();
        for (JsonNode file : manifest.path("files")) {
            JsonNode doc = source.read(file.asText());
            String set = doc.path("set").asText();
            String version = doc.path("version").asText();
            for (JsonNode area : doc.path("areas")) {
                String key = set + "/" + area.path("name").asText();
                String known = versionOfArea.get(key);
                if (known != null && known.compareTo(version) > 0) {
                    continue; // an older version listed after a newer one does not bring its area back
                }
                versionOfArea.put(key, version);
                byArea.put(key, goalsOf(set, version, area,
                        number -> elaborations.stream().map(e -> e.path(set + "-" + version).path(number)).toList()));
            }
        }
        List<Goal> all = new ArrayList<>();
        byArea.values().forEach(all::addAll);
        GoalTexts published = new GoalTexts(all);
        String own = manifest.path("ownWords").asText();
        return own.isEmpty() ? published : published.withWords(source.read(own).path("sets"));
    }

    private static List<Goal> goalsOf(String set, String version, JsonNode area,
                                      Function<String, List<JsonNode>> elaborationsOf) {
        List<Goal> out = new ArrayList<>();
        for (JsonNode g : area.path("goals")) {
            int number = g.path("number").asInt();
            StringBuilder general = new StringBuilder();
            Map<String, String> subjects = new LinkedHashMap<>();
            for (JsonNode e : elaborationsOf.apply(String.valueOf(number))) {
                append(general, e.path("label"));
                e.path("domains").forEach(d -> append(general, d));
                e.path("general").forEach(t -> append(general, t));
                e.path("subjects").properties().forEach(s -> {
                    StringBuilder text = new StringBuilder(subjects.getOrDefault(s.getKey(), ""));
                    s.getValue().forEach(t -> append(text, t));
                    subjects.put(s.getKey(), text.toString());
                });
            }
            out.add(new Goal(set, version, g.path("code").asText(), number, area.path("name").asText(),
                    g.path("text").asText(), general.toString(), subjects));
        }
        return out;
    }

    private static void append(StringBuilder to, JsonNode text) {
        if (!text.asText().isBlank()) {
            to.append(to.isEmpty() ? "" : "\n").append(text.asText());
        }
    }
}
