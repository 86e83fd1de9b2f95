package nl.vidcat.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vidcat.ingest.SheetUpdate;
import nl.vidcat.io.CsvFile;
import nl.vidcat.io.VidcatException;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.SheetFormat;
import nl.vidcat.sheet.SheetRow;
import nl.vidcat.sheet.SheetWriter;
import nl.vidcat.vocab.Vocabulary;

/**
 * The suggestions as a sheet to go through in Excel: one row per record with the proposed subject, levels,
 * kerndoelen and keywords in the metadata sheet's own columns, why they are proposed, and an {@code accepteren}
 * column. A coordinator edits the proposals, types {@code ja} where they are right, and {@code vidcat suggest --apply}
 * takes those rows only. Written as every sheet vidcat writes ({@link SheetFormat}: Dutch Excel's format, cells safe
 * against formulas).
 */
public final class SuggestSheet {

    public static final String ID = "id", WHY = "toelichting", ACCEPT = "accepteren";
    private static final List<Column> PROPOSED = List.of(Column.SUBJECT, Column.LEVEL, Column.GOALS, Column.KEYWORDS);
    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "x", "ok", "akkoord");
    private static final int MAX_MEGABYTES = 50;
    /** A kerndoel this much less likely than the best one is shown in the explanation but not filled in. */
    private static final double FILL_SHARE = 0.5;

    private SuggestSheet() {
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of(ID, Column.TITLE.dutch()));
        PROPOSED.forEach(c -> h.add(c.dutch()));
        h.add(WHY);
        h.add(ACCEPT);
        return h;
    }

    /** The sheet's bytes in {@code format}. */
    public static byte[] write(List<Suggestion> suggestions, SheetFormat format) {
        List<List<String>> records = new ArrayList<>();
        records.add(header());
        for (Suggestion s : suggestions) {
            records.add(List.of(s.id(), s.title() == null ? "" : s.title(),
                    s.subject() == null ? "" : s.subject().code(),
                    s.levels().stream().map(Suggestion.Proposal::code).collect(Collectors.joining(", ")),
                    s.hasGoals() ? "" : goalsToFill(s), String.join(", ", s.keywords()), why(s), ""));
        }
        return SheetWriter.table(format, records);
    }

    private static String goalsToFill(Suggestion s) {
        double best = s.goals().isEmpty() ? 0 : s.goals().get(0).confidence();
        return s.goals().stream().filter(g -> g.confidence() >= best * FILL_SHARE).map(Suggestion.Proposal::code)
                .collect(Collectors.joining(", "));
    }

    /** "KD 22 0.81 (breuken, noemer); vak: empty; ...": for the coordinator deciding. */
    static String why(Suggestion s) {
        List<String> parts = new ArrayList<>();
        for (Suggestion.Proposal g : s.goals()) {
            parts.add(g.code() + " " + Suggestion.confidence(g.confidence())
                    + (g.words().isEmpty() ? "" : " (" + String.join(", ", g.words()) + ")"));
        }
        if (s.subject() != null) {
            parts.add("vak " + s.subject().code() + " " + Suggestion.confidence(s.subject().confidence()) + ": "
                    + s.subjectReason());
        }
        if (s.hasGoals()) {
            parts.add("has kerndoelen already: not filled in");
        }
        return String.join("; ", parts);
    }

    /**
     * The rows of {@code file} marked accepted, as updates of the records they name. The keywords cell adds to the
     * record's keywords; the other cells replace, and an empty cell changes nothing.
     *
     * @throws VidcatException (usage) when the file cannot be read or lacks the id or accepteren column
     */
    public static List<SheetUpdate.Row> accepted(Path file) {
        CsvFile csv = CsvFile.read(file, "suggestion sheet", MAX_MEGABYTES,
                h -> Set.of(ID, ACCEPT, WHY).contains(Vocabulary.key(h)) || Column.forHeader(h).isPresent());
        CsvFile.Line header = csv.header();
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            at.putIfAbsent(Vocabulary.key(header.cell(i)), i);
        }
        if (!at.containsKey(ID) || !at.containsKey(ACCEPT)) {
            throw VidcatException.usage(file + " is not a suggestion sheet: it needs the columns '" + ID + "' and '"
                    + ACCEPT + "' (write one with 'vidcat suggest --format csv')");
        }
        List<SheetUpdate.Row> rows = new ArrayList<>();
        for (CsvFile.Line line : csv.lines()) {
            if (line.number() <= header.number() || line.blank()
                    || !YES.contains(line.cell(at.get(ACCEPT)).strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (Column c : PROPOSED) {
                Integer i = at.get(Vocabulary.key(c.dutch()));
                if (i != null) {
                    values.put(c, line.cell(i));
                }
            }
            rows.add(new SheetUpdate.Row(line.cell(at.get(ID)).strip(), line.number(), new SheetRow(line.number(), values)));
        }
        return rows;
    }
}
