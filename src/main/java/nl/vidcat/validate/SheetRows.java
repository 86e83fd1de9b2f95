package nl.vidcat.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.io.VidcatException;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.Sheet;
import nl.vidcat.sheet.SheetReader;
import nl.vidcat.sheet.SheetRow;

/**
 * The rows of a metadata sheet, checked before ingest with the same rules as records. The sheet is read by the
 * ingest stage's {@link SheetReader}, so encoding, delimiter, header and line numbers are exactly what ingest will
 * see: validate never has a CSV reader of its own.
 */
final class SheetRows extends Source {

    /** Record fields -> the sheet column a coordinator edits to fix them. */
    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("title", Column.TITLE), Map.entry("description", Column.DESCRIPTION),
            Map.entry("subject", Column.SUBJECT), Map.entry("levels", Column.LEVEL), Map.entry("years", Column.YEAR),
            Map.entry("goals", Column.GOALS), Map.entry("keywords", Column.KEYWORDS),
            Map.entry("makers", Column.MAKERS), Map.entry("consent", Column.CONSENT),
            Map.entry("teacher", Column.TEACHER), Map.entry("school", Column.SCHOOL),
            Map.entry("licence", Column.LICENCE), Map.entry("language", Column.LANGUAGE),
            Map.entry("subtitles", Column.SUBTITLES));

    private final List<SheetRow> rows;
    private final List<Sheet.Problem> problems;
    /** Why the sheet could not be read at all (an Excel workbook, no header, empty), else null. */
    private final String unreadable;
    private final CatalogContext context;
    private final String shown;

    SheetRows(Path file, CatalogContext context) {
        Sheet sheet = null;
        String why = null;
        try {
            sheet = SheetReader.read(file);
        } catch (VidcatException e) {
            // For ingest an unreadable sheet stops the run; for validate it is a finding about that file, so the
            // other inputs of the same command are still checked and reported.
            why = e.getMessage();
        }
        this.rows = sheet == null ? List.of() : sheet.rows();
        this.problems = sheet == null ? List.of() : sheet.problems();
        this.unreadable = why;
        this.context = context;
        this.shown = Location.display(file);
    }

    @Override
    int size() {
        return rows.size();
    }

    @Override
    CatalogContext context() {
        return context;
    }

    @Override
    List<ItemReport> preamble() {
        Severity severity = context.rules().severity(Rules.SHEET);
        if (severity == null || (problems.isEmpty() && unreadable == null)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (unreadable != null) {
            findings.add(new Finding(Rules.SHEET, severity, new Location(shown, null, null),
                    "Het blad kan niet gelezen worden: " + unreadable, "The sheet cannot be read: " + unreadable));
        }
        for (Sheet.Problem p : problems) {
            // Unknown or doubled columns do not stop ingest either: advice, unless the catalog switched the rule off.
            findings.add(new Finding(Rules.SHEET, p.warning() ? Severity.WARNING : severity,
                    new Location(shown, p.line(), null),
                    "Probleem in het blad (" + p.code() + "): " + p.message(),
                    "Problem in the sheet (" + p.code() + "): " + p.message()));
        }
        return List.of(new ItemReport(shown, null, null, null, findings));
    }

    @Override
    Examined examine(int index, RecordChecks checks) {
        SheetRow row = rows.get(index);
        List<Problem> rowProblems = new ArrayList<>();
        Metadata m = row.toMetadata(checks.normalizer(), rowProblems);
        Findings out = new Findings(context.rules());
        checks.run(new Subject(m, null, rowProblems, context), out);
        List<Finding> findings = bind(out.hits(), h -> new Location(shown, row.line(), column(h.pointer())));
        long key = out.wants(Rules.TITLE_DUPLICATE) ? DuplicateTitles.key(m) : 0;
        return new Examined(new ItemReport(shown, row.line(), null, m == null ? null : m.title(), findings), key);
    }

    @Override
    TitleRef titleRef(int index, RecordChecks checks) {
        SheetRow row = rows.get(index);
        Metadata m = row.toMetadata(checks.normalizer(), new ArrayList<>());
        if (m == null || m.title() == null) {
            return null;
        }
        return new TitleRef(m.school(), m.title(), shown, row.line(), null,
                new Location(shown, row.line(), Column.TITLE.dutch()));
    }

    @Override
    String file(int index) {
        return shown;
    }

    /** "/metadata/goals/1" -> "kerndoelen": a coordinator fixes a cell, not a JSON pointer. */
    private static String column(String pointer) {
        if (pointer == null || !pointer.startsWith("/metadata/")) {
            return null;
        }
        String field = pointer.substring("/metadata/".length()).split("/")[0];
        Column c = COLUMNS.get(field);
        return c == null ? field : c.dutch();
    }
}
