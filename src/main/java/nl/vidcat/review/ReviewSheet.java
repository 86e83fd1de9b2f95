package nl.vidcat.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.io.VidcatException;
import nl.vidcat.io.CsvFile;

/**
 * A reviews sheet for bulk entry: one line per review, Dutch or English headers in any order and case. Columns:
 * id, beoordelaar/reviewer, inhoud/content, didactiek/didactics, bruikbaarheid/usability, auteursrecht/copyright,
 * leerlingcijfers/student ratings, besluit/decision, opmerking/comment, datum/date. Title, subject and status
 * columns (as written by {@code review --pending --format csv}) are read past.
 */
final class ReviewSheet {

    /**
     * One sheet line: either a checked review for {@code id} or the reason it was rejected.
     *
     * @param dated whether the line gave a date (then the date is part of what makes a review a repeat)
     */
    record Line(int line, String id, ReviewForm form, boolean dated, String error) {
    }

    enum Field { ID, REVIEWER, STUDENTS, DECISION, COMMENT, DATE, IGNORED }

    private static final int MAX_MEGABYTES = 64;
    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Map<String, Field> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("id", "videoid", "video", "record", "recordid", "film")) {
            HEADERS.put(h, Field.ID);
        }
        for (String h : List.of("beoordelaar", "reviewer", "recensent", "naambeoordelaar")) {
            HEADERS.put(h, Field.REVIEWER);
        }
        for (String h : List.of("leerlingcijfers", "leerlingen", "leerlingbeoordelingen", "leerlingbeoordeling",
                "studentratings", "students", "studentrating")) {
            HEADERS.put(h, Field.STUDENTS);
        }
        for (String h : List.of("besluit", "beslissing", "oordeel", "decision")) {
            HEADERS.put(h, Field.DECISION);
        }
        for (String h : List.of("opmerking", "opmerkingen", "toelichting", "comment", "comments")) {
            HEADERS.put(h, Field.COMMENT);
        }
        for (String h : List.of("datum", "date")) {
            HEADERS.put(h, Field.DATE);
        }
        for (String h : List.of("titel", "title", "vak", "subject", "status", "wachtsinds", "waitingsince")) {
            HEADERS.put(h, Field.IGNORED);
        }
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    private ReviewSheet() {
    }

    /** Header problems (no id column, a column twice) are usage errors; everything else is per line. */
    static Parsed read(Path file, Clock clock) {
        CsvFile sheet = CsvFile.read(file, "review sheet", MAX_MEGABYTES, ReviewSheet::known);
        CsvFile.Line header = sheet.header();
        Columns columns = Columns.of(file, header.cells().stream().map(String::strip).toList());
        List<Line> lines = new ArrayList<>();
        int unfilled = 0;
        for (CsvFile.Line raw : sheet.lines()) {
            if (raw.number() <= header.number() || raw.blank()) {
                continue;
            }
            Row row = new Row(raw);
            if (columns.notFilledIn(row)) {
                unfilled++;
                continue;
            }
            lines.add(line(row, columns, clock));
        }
        return new Parsed(sheet, lines, columns.unknown(), unfilled);
    }

    /** @param unfilled lines with an id but no review yet: the rows of a --pending sheet nobody filled in */
    record Parsed(CsvFile sheet, List<Line> lines, List<String> unknownColumns, int unfilled) {
    }

    /** One filled-in line as a checked review, or the first reason it is not one. */
    private static Line line(Row row, Columns columns, Clock clock) {
        String id = columns.cell(row, Field.ID);
        String dateCell = columns.cell(row, Field.DATE);
        try {
            if (id.isBlank()) {
                throw VidcatException.usage("the id is empty");
            }
            Map<Criterion, String> scores = columns.scores(row);
            Decision d = decision(columns.cell(row, Field.DECISION));
            ReviewForm form = ReviewForm.of(columns.cell(row, Field.REVIEWER), scores,
                    ReviewForm.parseRatings(columns.cell(row, Field.STUDENTS)), d, columns.cell(row, Field.COMMENT),
                    date(dateCell, clock));
            return new Line(row.number(), id, form, !dateCell.isBlank(), null);
        } catch (VidcatException e) {
            return new Line(row.number(), id, null, false, e.getMessage());
        }
    }

    private static Decision decision(String cell) {
        return Decision.find(cell).orElseThrow(() -> VidcatException.usage(cell.isBlank()
                ? "the decision is empty: use approve, revise or reject (goedkeuren, herzien, afwijzen)"
                : "unknown decision '" + cell + "': use approve, revise or reject (goedkeuren, herzien,"
                + " afwijzen)"));
    }

    /**
     * Which column holds each field and criterion.
     *
     * @param unknown headers that are neither, listed as a warning
     */
    private record Columns(Map<Field, Integer> fields, Map<Criterion, Integer> criteria, List<String> unknown) {

        /** Reads the header; a column twice or a required one missing is a usage error. */
        static Columns of(Path file, List<String> headers) {
            Map<Field, Integer> fields = new EnumMap<>(Field.class);
            Map<Criterion, Integer> criteria = new EnumMap<>(Criterion.class);
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                String h = headers.get(i);
                if (h.isBlank()) {
                    continue;
                }
                Optional<Criterion> c = Criterion.find(h);
                Field f = HEADERS.get(Criterion.fold(h));
                Integer before = c.isPresent() ? criteria.put(c.get(), i)
                        : f != null && f != Field.IGNORED ? fields.put(f, i) : null;
                if (before != null) {
                    throw VidcatException.usage(file.getFileName() + ": column '" + h + "' appears twice in the header");
                }
                if (c.isEmpty() && f == null) {
                    unknown.add(h);
                }
            }
            for (Field required : List.of(Field.ID, Field.REVIEWER, Field.DECISION)) {
                if (!fields.containsKey(required)) {
                    throw VidcatException.usage(file.getFileName() + " has no " + headerName(required)
                            + " column; found " + headers + ". Expected: id; beoordelaar; inhoud; didactiek;"
                            + " bruikbaarheid; auteursrecht; leerlingcijfers; besluit; opmerking; datum (or the"
                            + " English names id, reviewer, content, didactics, usability, copyright, student"
                            + " ratings, decision, comment, date)");
                }
            }
            return new Columns(fields, criteria, unknown);
        }

        /** The field's cell on {@code row}, empty when the sheet has no such column. */
        String cell(Row row, Field field) {
            return row.cell(fields.getOrDefault(field, -1));
        }

        /** The criteria the line scores, in the order of {@link Criterion}. */
        Map<Criterion, String> scores(Row row) {
            Map<Criterion, String> scores = new LinkedHashMap<>();
            criteria.forEach((c, col) -> {
                if (!row.cell(col).isBlank()) {
                    scores.put(c, ReviewForm.score(c, row.cell(col)));
                }
            });
            return scores;
        }

        /** A line with an id and nothing else: a --pending row nobody filled in. */
        boolean notFilledIn(Row row) {
            return fields.entrySet().stream().filter(e -> e.getKey() != Field.ID)
                    .allMatch(e -> row.cell(e.getValue()).isBlank())
                    && criteria.values().stream().allMatch(col -> row.cell(col).isBlank());
        }
    }

    /** A data line with its cells stripped: Excel users pad cells with spaces. */
    private record Row(CsvFile.Line line) {
        String cell(int i) {
            return line.cell(i).strip();
        }

        int number() {
            return line.number();
        }
    }

    private static boolean known(String header) {
        return Criterion.find(header).isPresent() || HEADERS.containsKey(Criterion.fold(header));
    }

    /** A review date (2026-09-03, 3-9-2026, 3/9/2026) as the start of that day in the school's zone; now when empty. */
    static Instant date(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        String t = text.strip();
        Instant at = null;
        try {
            at = Instant.parse(t);
        } catch (DateTimeParseException notInstant) {
            for (DateTimeFormatter f : DATES) {
                try {
                    at = LocalDate.parse(t, f).atStartOfDay(SCHOOL_ZONE).toInstant();
                    break;
                } catch (DateTimeException next) {
                    // try the next pattern
                }
            }
        }
        if (at == null) {
            throw VidcatException.usage("date '" + t + "' is not a date; use 2026-09-03 or 3-9-2026");
        }
        if (at.isAfter(clock.instant().plusSeconds(24 * 3600))) {
            throw VidcatException.usage("date '" + t + "' is in the future");
        }
        return at;
    }

    private static String headerName(Field f) {
        return switch (f) {
            case ID -> "'id'";
            case REVIEWER -> "'beoordelaar' (reviewer)";
            case DECISION -> "'besluit' (decision)";
            default -> "'" + f.name().toLowerCase() + "'";
        };
    }
}
