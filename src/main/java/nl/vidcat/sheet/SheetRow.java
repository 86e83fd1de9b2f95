package nl.vidcat.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.vocab.Normalizer;

/**
 * One data row of the metadata sheet.
 *
 * @param line 1-based line in the file where the row starts (the header is usually line 1)
 */
public record SheetRow(int line, Map<Column, String> values) {

    public SheetRow {
        values = Map.copyOf(values);
    }

    /** The stripped cell text, or "" when the column is absent or empty. */
    public String get(Column c) {
        String v = values.get(c);
        return v == null ? "" : v.strip();
    }

    /** Normalizes the row against the vocabularies; unreadable cells are added to {@code problems}. */
    public Metadata toMetadata(Normalizer n, List<Problem> problems) {
        return build(null, n, problems);
    }

    /**
     * {@code current} with this row's non-empty cells put over it, normalized as {@link #toMetadata} does: an update
     * that leaves alone what the row does not say ({@code vidcat suggest --apply}).
     */
    public Metadata overlay(Metadata current, Normalizer n, List<Problem> problems) {
        return build(current, n, problems);
    }

    /** With {@code base} null every column counts, an empty cell as empty; else only non-empty cells replace. */
    private Metadata build(Metadata base, Normalizer n, List<Problem> problems) {
        boolean all = base == null;
        Metadata.Builder m = all ? Metadata.builder() : base.toBuilder();
        if (take(all, Column.TITLE)) {
            m.title(emptyToNull(get(Column.TITLE)));
        }
        if (take(all, Column.DESCRIPTION)) {
            m.description(emptyToNull(get(Column.DESCRIPTION)));
        }
        if (take(all, Column.KEYWORDS)) {
            m.keywords(Normalizer.splitList(get(Column.KEYWORDS)));
        }
        if (take(all, Column.SUBJECT)) {
            m.subject(n.subject(get(Column.SUBJECT)));
        }
        if (take(all, Column.LEVEL)) {
            m.levels(n.levels(get(Column.LEVEL)));
        }
        if (take(all, Column.YEAR)) {
            m.years(n.years(get(Column.YEAR), problems));
        }
        if (take(all, Column.GOALS)) {
            m.goals(n.goals(get(Column.GOALS)));
        }
        if (take(all, Column.LANGUAGE)) {
            m.language(n.language(get(Column.LANGUAGE)));
        }
        if (take(all, Column.LICENCE)) {
            m.licence(n.licence(get(Column.LICENCE)));
        }
        if (take(all, Column.SCHOOL)) {
            m.school(emptyToNull(get(Column.SCHOOL)));
        }
        if (take(all, Column.TEACHER)) {
            m.teacher(emptyToNull(get(Column.TEACHER)));
        }
        if (take(all, Column.MAKERS)) {
            m.makers(new ArrayList<>(Normalizer.splitList(get(Column.MAKERS))));
        }
        if (take(all, Column.CONSENT)) {
            m.consent(n.consent(get(Column.CONSENT), problems));
        }
        if (take(all, Column.SUBTITLES)) {
            m.subtitles(emptyToNull(get(Column.SUBTITLES)));
        }
        return m.build();
    }

    private boolean take(boolean all, Column c) {
        return all || !get(c).isEmpty();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
