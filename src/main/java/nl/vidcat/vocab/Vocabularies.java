package nl.vidcat.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import nl.vidcat.io.Json;

/**
 * The vocabularies shipped in the jar under {@code catalog-schema/vocab/}: kerndoelen (VO onderbouw and PO), VO
 * subjects, levels, licences, languages, and which kerndoelen belong to which subjects. Loaded once.
 */
public final class Vocabularies {

    private static volatile Vocabularies instance;

    private final Vocabulary goalsVo;
    private final Vocabulary goalsPo;
    private final Vocabulary subjects;
    private final Vocabulary levels;
    private final Vocabulary licences;
    private final Vocabulary languages;
    private final JsonNode context;
    /** Per VO kerndoel, the {@link Vocabulary#key} of each subject that teaches it. */
    private final Map<Integer, Set<String>> subjectKeysByGoal = new HashMap<>();
    private final Map<Integer, String> leergebiedByGoal = new HashMap<>();
    private final Map<Integer, String> leergebiedByPoGoal = new HashMap<>();

    private Vocabularies() {
        goalsVo = load("kerndoelen-vo.json");
        goalsPo = load("kerndoelen-po.json");
        subjects = load("vakken-vo.json");
        levels = load("niveaus.json");
        licences = load("licenties.json");
        languages = load("talen.json");
        context = read("niveaus.json").get("context");
        JsonNode areas = read("kerndoel-vakken.json");
        for (JsonNode g : areas.get("leergebieden")) {
            Set<String> subjectKeys = Set.copyOf(
                    g.get("subjects").valueStream().map(c -> Vocabulary.key(c.asText())).toList());
            eachGoal(g, n -> {
                subjectKeysByGoal.put(n, subjectKeys);
                leergebiedByGoal.put(n, g.get("name").asText());
            });
        }
        for (JsonNode g : areas.path("leergebiedenPo")) {
            eachGoal(g, n -> leergebiedByPoGoal.put(n, g.get("name").asText()));
        }
    }

    /** Each goal number of a leergebied's range ("goals": "1-10"). */
    private static void eachGoal(JsonNode area, IntConsumer action) {
        String[] range = area.get("goals").asText().split("-");
        for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[1]); n++) {
            action.accept(n);
        }
    }

    public static Vocabularies get() {
        if (instance == null) {
            synchronized (Vocabularies.class) {
                if (instance == null) {
                    instance = new Vocabularies();
                }
            }
        }
        return instance;
    }

    /** Kerndoelen onderbouw VO (the default set). */
    public Vocabulary goalsVo() {
        return goalsVo;
    }

    /** Kerndoelen primair onderwijs. */
    public Vocabulary goalsPo() {
        return goalsPo;
    }

    public Vocabulary subjects() {
        return subjects;
    }

    public Vocabulary levels() {
        return levels;
    }

    public Vocabulary licences() {
        return licences;
    }

    public Vocabulary languages() {
        return languages;
    }

    /** The OBK term for "Voortgezet onderwijs", the NL-LOM context of every VO video. */
    public JsonNode context() {
        return context;
    }

    /** Whether subject {@code subjectCode} (any spelling of a vakken-vo.json code) teaches VO kerndoel {@code n}. */
    public boolean teaches(String subjectCode, int n) {
        Set<String> keys = subjectKeysByGoal.get(n);
        return keys != null && keys.contains(Vocabulary.key(subjectCode));
    }

    public Optional<String> leergebied(int goalNumber) {
        return Optional.ofNullable(leergebiedByGoal.get(goalNumber));
    }

    /** The leergebied of PO kerndoel {@code goalNumber} (Nederlands, Rekenen/wiskunde, …). */
    public Optional<String> leergebiedPo(int goalNumber) {
        return Optional.ofNullable(leergebiedByPoGoal.get(goalNumber));
    }

    /** Highest school year of a level code (vmbo 4, havo 5, vwo 6). */
    public int maxYear(String levelCode) {
        return levels.lookup(levelCode).map(e -> e.data().path("maxYear").asInt(6)).orElse(6);
    }

    /** The licence deed URL for an NL-LOM licence code, if it has one. */
    public Optional<String> licenceUrl(String code) {
        return licences.byId(code).map(e -> e.data().path("url")).filter(n -> !n.isNull() && !n.isMissingNode())
                .map(JsonNode::asText);
    }

    /** Whether the licence is a Creative Commons or public-domain licence (open content). */
    public boolean isOpenLicence(String code) {
        return licences.byId(code).map(e -> e.data().path("creativeCommons").asBoolean(true)).orElse(false);
    }

    private static Vocabulary load(String file) {
        JsonNode root = read(file);
        List<Vocabulary.Entry> entries = new ArrayList<>();
        for (JsonNode t : root.get("terms")) {
            List<String> aliases = t.has("aliases")
                    ? t.get("aliases").valueStream().map(JsonNode::asText).toList() : List.of();
            entries.add(new Vocabulary.Entry(t.get("id").asText(), t.hasNonNull("code") ? t.get("code").asText() : null,
                    t.get("label").asText(), aliases, t));
        }
        return new Vocabulary(file.replace(".json", ""), entries);
    }

    static JsonNode read(String file) {
        String resource = "/catalog-schema/vocab/" + file;
        try (InputStream in = Vocabularies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary " + resource + " is missing from the build");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
