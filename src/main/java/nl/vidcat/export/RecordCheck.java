package nl.vidcat.export;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Term;
import nl.vidcat.catalog.VideoRecord;

/**
 * Decides whether a record has validation errors that keep it out of every export. {@code vidcat validate}'s rule
 * engine plugs in here; {@link #basic()} covers what an export cannot do without.
 */
@FunctionalInterface
public interface RecordCheck {

    /** Plain-language error messages; empty when the record may be exported. */
    List<String> errors(VideoRecord record);

    /**
     * The minimum NL-LOM needs: a title, a description, a known licence, only known vocabulary terms (an unknown
     * kerndoel would silently vanish from the export), and a subject when kerndoelen make it a lesson-goal video
     * (aggregation level 3 makes discipline mandatory).
     */
    static RecordCheck basic() {
        return r -> {
            List<String> errors = new ArrayList<>();
            Metadata m = r.metadata();
            if (m == null) {
                return List.of("the record has no metadata (no sheet row)");
            }
            if (m.title() == null || m.title().isBlank()) {
                errors.add("titel is missing");
            }
            if (m.description() == null || m.description().isBlank()) {
                errors.add("beschrijving is missing");
            }
            if (m.licence() == null) {
                errors.add("licentie is missing");
            }
            unknown(errors, "licentie", m.licence());
            unknown(errors, "vak", m.subject());
            m.levels().forEach(t -> unknown(errors, "niveau", t));
            m.goals().forEach(t -> unknown(errors, "kerndoel", t));
            if (m.goals().stream().anyMatch(Term::known) && (m.subject() == null || !m.subject().known())) {
                errors.add("kerndoelen are set but vak is missing (NL-LOM then requires the discipline)");
            }
            return errors;
        };
    }

    private static void unknown(List<String> errors, String field, Term t) {
        if (t != null && !t.known()) {
            errors.add(field + " '" + t.input() + "' is not in the vocabulary");
        }
    }
}
