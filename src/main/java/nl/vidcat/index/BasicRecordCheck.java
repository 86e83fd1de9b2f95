package nl.vidcat.index;

import java.util.List;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Term;
import nl.vidcat.catalog.VideoRecord;

/**
 * The error-level checks a search index depends on, until {@code nl.vidcat.validate} provides the full rule set: a
 * title and description to show, and vocabulary terms that resolved (an unknown subject or kerndoel would put the
 * video under a facet nobody can select). Replaceable by an adapter over the real validator.
 */
public final class BasicRecordCheck implements RecordCheck {

    @Override
    public boolean hasErrors(VideoRecord r) {
        Metadata m = r.metadata();
        if (m == null || blank(m.title()) || blank(m.description())) {
            return true;
        }
        return !known(m.subject()) || m.levels().isEmpty() || !allKnown(m.levels()) || !allKnown(m.goals())
                || !known(m.licence());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean known(Term t) {
        return t != null && t.known();
    }

    private static boolean allKnown(List<Term> terms) {
        return terms.stream().allMatch(BasicRecordCheck::known);
    }
}
