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
        List<String> headers = header.cells().stream().map(String::strip).toList();
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
            Integer before = c.isPresent() ? criteria.put(c.get(), i) : f != null && f != Field.IGNORED ? fields.put(f, i) : null;
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
                        + " bruikbaarheid; auteursrecht; leerlingcijfers; besluit; opmerking; datum (or the English"
                        + " names id, reviewer, content, didactics, usability, copyright, student ratings, decision,"
                        + " comment, date)");
            }
        }
        List<Line> lines = new ArrayList<>();
        int unfilled = 0;
        for (CsvFile.Line raw : sheet.lines()) {
            if (raw.number() <= header.number() || raw.blank()) {
                continue;
            }
            Row row = new Row(raw);
            if (notFilledIn(row, fields, criteria)) {
                unfilled++;
                continue;
            }
            String id = row.cell(fields.get(Field.ID));
            String dateCell = row.cell(fields.getOrDefault(Field.DATE, -1));
            try {
                if (id.isBlank()) {
                    throw VidcatException.usage("the id is empty");
                }
                Map<Criterion, String> scores = new LinkedHashMap<>();
                criteria.forEach((c, col) -> {
                    if (!row.cell(col).isBlank()) {
                        scores.put(c, ReviewForm.score(c, row.cell(col)));
                    }
                });
                String decision = row.cell(fields.get(Field.DECISION));
                Decision d = Decision.find(decision).orElseThrow(() -> VidcatException.usage(decision.isBlank()
                        ? "the decision is empty: use approve, revise or reject (goedkeuren, herzien, afwijzen)"
                        : "unknown decision '" + decision + "': use approve, revise or reject (goedkeuren, herzien,"
                        + " afwijzen)"));
                ReviewForm form = ReviewForm.of(row.cell(fields.getOrDefault(Field.REVIEWER, -1)), scores,
                        ReviewForm.parseRatings(row.cell(fields.getOrDefault(Field.STUDENTS, -1))), d,
                        row.cell(fields.getOrDefault(Field.COMMENT, -1)), date(dateCell, clock));
                lines.add(new Line(row.number(), id, form, !dateCell.isBlank(), null));
            } catch (VidcatException e) {
                lines.add(new Line(row.number(), id, null, false, e.getMessage()));
            }
        }
        return new Parsed(sheet, lines, unknown, unfilled);
    }

    /** @param unfilled lines with an id but no review yet: the rows of a --pending sheet nobody filled in */
    record Parsed(CsvFile sheet, List<Line> lines, List<String> unknownColumns, int unfilled) {
    }

    private static boolean notFilledIn(Row row, Map<Field, Integer> fields, Map<Criterion, Integer> criteria) {
        return fields.entrySet().stream().filter(e -> e.getKey() != Field.ID).allMatch(e -> row.cell(e.getValue()).isBlank())
                && criteria.values().stream().allMatch(col -> row.cell(col).isBlank());
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
