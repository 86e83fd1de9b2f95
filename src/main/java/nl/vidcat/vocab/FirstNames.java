package nl.vidcat.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Common first names of today's pupils ({@code catalog-schema/vocab/voornamen.json}: Statbel's first names of children
 * born 1995-2017, see its source), by their {@link Vocabulary#key folded} form. Loaded once, on first use.
 */
public final class FirstNames {

    private static volatile FirstNames instance;

    /** folded name -> whether it is also an ordinary lower-case Dutch word (roos, merel) */
    private final Map<String, Boolean> names = new HashMap<>();

    private FirstNames() {
        JsonNode root = Vocabularies.read("voornamen.json");
        for (JsonNode n : root.get("names")) {
            names.merge(Vocabulary.key(n.get("name").asText()), n.path("word").asBoolean(false), Boolean::logicalOr);
        }
    }

    public static FirstNames get() {
        if (instance == null) {
            synchronized (FirstNames.class) {
                if (instance == null) {
                    instance = new FirstNames();
                }
            }
        }
        return instance;
    }

    /** Whether {@code key} (a folded word) is a common first name. */
    public boolean contains(String key) {
        return names.containsKey(key);
    }

    /** Whether {@code key} is also an ordinary Dutch word when written in lower case. */
    public boolean isWord(String key) {
        return Boolean.TRUE.equals(names.get(key));
    }

    public int size() {
        return names.size();
    }
}
