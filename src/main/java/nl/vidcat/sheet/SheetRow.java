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
        List<String> makers = new ArrayList<>(Normalizer.splitList(get(Column.MAKERS)));
        return Metadata.builder()
                .title(emptyToNull(get(Column.TITLE)))
                .description(emptyToNull(get(Column.DESCRIPTION)))
                .keywords(Normalizer.splitList(get(Column.KEYWORDS)))
                .subject(n.subject(get(Column.SUBJECT)))
                .levels(n.levels(get(Column.LEVEL)))
                .years(n.years(get(Column.YEAR), problems))
                .goals(n.goals(get(Column.GOALS)))
                .language(n.language(get(Column.LANGUAGE)))
                .licence(n.licence(get(Column.LICENCE)))
                .school(emptyToNull(get(Column.SCHOOL)))
                .teacher(emptyToNull(get(Column.TEACHER)))
                .makers(makers)
                .consent(n.consent(get(Column.CONSENT), problems))
                .subtitles(emptyToNull(get(Column.SUBTITLES)))
                .build();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
