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
        Metadata b = base == null ? EMPTY : base;
        boolean all = base == null;
        return new Metadata(
                take(all, Column.TITLE) ? emptyToNull(get(Column.TITLE)) : b.title(),
                take(all, Column.DESCRIPTION) ? emptyToNull(get(Column.DESCRIPTION)) : b.description(),
                take(all, Column.KEYWORDS) ? Normalizer.splitList(get(Column.KEYWORDS)) : b.keywords(),
                take(all, Column.SUBJECT) ? n.subject(get(Column.SUBJECT)) : b.subject(),
                take(all, Column.LEVEL) ? n.levels(get(Column.LEVEL)) : b.levels(),
                take(all, Column.YEAR) ? n.years(get(Column.YEAR), problems) : b.years(),
                take(all, Column.GOALS) ? n.goals(get(Column.GOALS)) : b.goals(),
                take(all, Column.LANGUAGE) ? n.language(get(Column.LANGUAGE)) : b.language(),
                take(all, Column.LICENCE) ? n.licence(get(Column.LICENCE)) : b.licence(),
                take(all, Column.SCHOOL) ? emptyToNull(get(Column.SCHOOL)) : b.school(),
                take(all, Column.TEACHER) ? emptyToNull(get(Column.TEACHER)) : b.teacher(),
                take(all, Column.MAKERS) ? new ArrayList<>(Normalizer.splitList(get(Column.MAKERS))) : b.makers(),
                take(all, Column.CONSENT) ? n.consent(get(Column.CONSENT), problems) : b.consent(),
                take(all, Column.SUBTITLES) ? emptyToNull(get(Column.SUBTITLES)) : b.subtitles());
    }

    private static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    private boolean take(boolean all, Column c) {
        return all || !get(c).isEmpty();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
