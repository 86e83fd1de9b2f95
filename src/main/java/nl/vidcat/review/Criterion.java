package nl.vidcat.review;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reviewer judges, after MERLOT peer review and the Dutch quality criteria for educational content. The
 * first three are scored 1 (insufficient) to 5 (excellent); copyright is a yes/no check because a film with
 * material the school may not publish cannot be published at all, however good it is.
 */
public enum Criterion {
    CONTENT("content", "Inhoudelijke juistheid", "inhoud", "juistheid", "inhoudelijke juistheid", "content accuracy"),
    DIDACTICS("didactics", "Didactische kwaliteit", "didactiek", "didactische kwaliteit", "uitleg", "didactic quality",
            "clarity"),
    USABILITY("usability", "Bruikbaarheid (beeld, geluid, lengte)", "bruikbaarheid", "beeld en geluid"),
    COPYRIGHT("copyright", "Auteursrecht gebruikt materiaal", "auteursrecht", "rechten");

    /** Lowest score on a 1-5 criterion that still counts as sufficient for publication. */
    public static final int SUFFICIENT = 3;

    private final String key;
    private final String dutchLabel;
    private final List<String> aliases;

    Criterion(String key, String dutchLabel, String... aliases) {
        this.key = key;
        this.dutchLabel = dutchLabel;
        this.aliases = List.of(aliases);
    }

    /** The key stored in {@code Review.scores}. */
    public String key() {
        return key;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public boolean scored() {
        return this != COPYRIGHT;
    }

    /** By stored key, Dutch name or English name, ignoring case, accents, spaces and '-'/'_'. */
    public static Optional<Criterion> find(String name) {
        String n = fold(name);
        return Arrays.stream(values())
                .filter(c -> fold(c.key).equals(n) || c.aliases.stream().anyMatch(a -> fold(a).equals(n)))
                .findFirst();
    }

    static String fold(String s) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "").strip();
    }

    /** The valid names, for error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.key + " (" + c.aliases.get(0) + ")").toList());
    }
}
