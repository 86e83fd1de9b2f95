package nl.vidcat.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;

/**
 * The OAI-PMH sets a published record belongs to, by subject and by level: {@code vak} with {@code vak:wiskunde},
 * {@code niveau} with {@code niveau:havo}. Only known vocabulary terms make a set. The static export cannot filter by
 * set, so the sets live in the export's state (for {@code vidcat serve}) and not in its XML.
 */
final class OaiSets {

    static final String SUBJECT = "vak";
    static final String LEVEL = "niveau";
    /** The names of the two top sets, as ListSets shows them. */
    static final Map<String, String> TOP_NAMES = Map.of(SUBJECT, "Vak", LEVEL, "Niveau");

    private OaiSets() {
    }

    /** A set a record is in: its setSpec and Dutch name. */
    record Named(String spec, String name) {
    }

    /** The sets of one record: the top set and the subject's set, then each level's, without repeats. */
    static List<Named> of(Metadata m) {
        List<Named> out = new ArrayList<>();
        Term subject = m.subject();
        if (subject != null && subject.known()) {
            add(out, SUBJECT, subject);
        }
        for (Term level : m.levels()) {
            if (level.known()) {
                add(out, LEVEL, level);
            }
        }
        return out;
    }

    private static void add(List<Named> out, String top, Term t) {
        String slug = slug(t.code());
        if (slug.isEmpty()) {
            return;
        }
        Named own = new Named(top + ":" + slug, t.label() == null ? t.code() : t.label());
        Named parent = new Named(top, TOP_NAMES.get(top));
        if (!out.contains(parent)) {
            out.add(parent);
        }
        if (out.stream().noneMatch(s -> s.spec().equals(own.spec()))) {
            out.add(own);
        }
    }

    /**
     * A vocabulary code as a setSpec part: lower case, accents folded, runs of anything but letters and digits as
     * one '-', so it only holds characters OAI-PMH allows in a setSpec ("bouwtechniek - metselen" →
     * "bouwtechniek-metselen").
     */
    static String slug(String code) {
        if (code == null) {
            return "";
        }
        String folded = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
