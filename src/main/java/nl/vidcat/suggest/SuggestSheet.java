package nl.vidcat.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    static final int MAX_MEGABYTES = 50;
    static final String WHAT = "suggestion sheet";
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
            Map<String, String> row = row(s);
            records.add(header().stream().map(row::get).toList());
        }
        return SheetWriter.table(format, records);
    }

    /** The cells of one suggestion by {@link Vocabulary#key} of their header; {@code accepteren} left empty. */
    static Map<String, String> row(Suggestion s) {
        List<String> cells = List.of(s.id(), s.title() == null ? "" : s.title(),
                s.subject() == null ? "" : s.subject().code(),
                s.levels().stream().map(Suggestion.Proposal::code).collect(Collectors.joining(", ")),
                s.hasGoals() ? "" : goalsToFill(s), String.join(", ", s.keywords()), why(s), "");
        Map<String, String> row = new LinkedHashMap<>();
        List<String> header = header();
        for (int i = 0; i < header.size(); i++) {
            row.put(Vocabulary.key(header.get(i)), cells.get(i));
        }
        return row;
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
        Table table = Table.read(file, CsvFile.bytes(file, WHAT, MAX_MEGABYTES), "");
        Map<String, Integer> at = table.at();
        List<SheetUpdate.Row> rows = new ArrayList<>();
        for (CsvFile.Line line : table.rows()) {
            if (line.blank()
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

    /**
     * What {@link #merge} made: the file's new bytes (null when there was nothing to add), its format, the ids of
     * the rows added from line {@code firstLine} on, how many rows were there already, and the rows ("line 4: id") of
     * records not among the suggestions.
     */
    public record Merged(byte[] bytes, SheetFormat format, boolean converted, List<String> added, int firstLine,
                         int kept, List<String> notSuggested) {
    }

    /**
     * {@code suggestions} added to the suggestion sheet {@code file} as {@code vidcat sheet} adds videos to a metadata
     * sheet: a row for each record the sheet has no row for, at its end and in its own format; every row already
     * there stays as it is, typed {@code accepteren} cells and edited proposals included. The file is converted to
     * UTF-8 (its text kept) only when a new row holds what its encoding cannot.
     *
     * @throws VidcatException (usage) when the file is not a suggestion sheet vidcat can read whole; it is left as it was
     */
    public static Merged merge(Path file, List<Suggestion> suggestions) {
        String keep = "; " + file + " was left as it was (or write to another file with -o)";
        byte[] bytes;
        try {
            bytes = CsvFile.bytes(file, WHAT, MAX_MEGABYTES);
        } catch (VidcatException e) {
            throw VidcatException.usage(e.getMessage() + keep);
        }
        Table table = Table.read(file, bytes, keep);
        if (table.csv().brokenLine() > 0) {
            throw VidcatException.usage("cannot add rows to " + file + ": it cannot be read from line "
                    + table.csv().brokenLine() + " (" + table.csv().brokenReason() + "); fix that line in Excel first"
                    + keep);
        }
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        table.rows().stream().filter(l -> !l.blank())
                .forEach(l -> lineOf.putIfAbsent(l.cell(table.at().get(ID)).strip(), l.number()));
        Set<String> suggested = suggestions.stream().map(Suggestion::id).collect(Collectors.toSet());
        List<String> notSuggested = lineOf.entrySet().stream().filter(e -> !suggested.contains(e.getKey()))
                .map(e -> "line " + e.getValue() + ": " + e.getKey()).toList();
        List<Suggestion> fresh = suggestions.stream().filter(s -> !lineOf.containsKey(s.id())).toList();
        List<List<String>> records = new ArrayList<>();
        for (Suggestion s : fresh) {
            Map<String, String> row = row(s);
            List<String> cells = new ArrayList<>(Collections.nCopies(table.csv().header().cells().size(), ""));
            table.at().forEach((key, i) -> cells.set(i, row.getOrDefault(key, "")));
            records.add(cells);
        }
        SheetFormat own = SheetFormat.of(table.csv(), bytes);
        SheetFormat format = own.unencodable(String.join("", records.stream().flatMap(List::stream).toList())).isEmpty()
                ? own : own.utf8();
        return new Merged(fresh.isEmpty() ? null : SheetWriter.appendRecords(bytes, own, format, records), format,
                !format.equals(own), fresh.stream().map(Suggestion::id).toList(), SheetWriter.nextLine(bytes),
                lineOf.size() - notSuggested.size(), notSuggested);
    }

    /** A suggestion sheet as read: its lines, and per column key ({@link Vocabulary#key}) its first position. */
    record Table(CsvFile csv, Map<String, Integer> at) {

        /**
         * @param keep said after a refusal: what became of the file
         * @throws VidcatException (usage) when the bytes are no suggestion sheet vidcat can read whole
         */
        static Table read(Path file, byte[] bytes, String keep) {
            CsvFile csv;
            try {
                csv = CsvFile.of(file, bytes, WHAT,
                        h -> Set.of(ID, ACCEPT, WHY).contains(Vocabulary.key(h)) || Column.forHeader(h).isPresent());
            } catch (VidcatException e) {
                throw VidcatException.usage(e.getMessage() + keep);
            }
            Map<String, Integer> at = new HashMap<>();
            CsvFile.Line header = csv.header();
            for (int i = 0; i < header.cells().size(); i++) {
                at.putIfAbsent(Vocabulary.key(header.cell(i)), i);
            }
            if (!at.containsKey(ID) || !at.containsKey(ACCEPT)) {
                throw VidcatException.usage(file + " is not a suggestion sheet: it needs the columns '" + ID + "' and '"
                        + ACCEPT + "' (write one with 'vidcat suggest --format csv')" + keep);
            }
            return new Table(csv, at);
        }

        /** The lines after the header. */
        List<CsvFile.Line> rows() {
            return csv.lines().stream().filter(l -> l.number() > csv.header().number()).toList();
        }
    }
}
