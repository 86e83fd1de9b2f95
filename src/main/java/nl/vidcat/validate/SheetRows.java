package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Problem;

/** The rows of a metadata sheet, checked before ingest with the same rules as records. */
final class SheetRows extends Source {

    /** Record fields as the Dutch sheet columns coordinators know them (see the column table in shared/README). */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("title", "titel"), Map.entry("description", "beschrijving"), Map.entry("subject", "vak"),
            Map.entry("levels", "niveau"), Map.entry("years", "leerjaar"), Map.entry("goals", "kerndoelen"),
            Map.entry("keywords", "trefwoorden"), Map.entry("makers", "makers"), Map.entry("consent", "toestemming"),
            Map.entry("teacher", "docent"), Map.entry("school", "school"), Map.entry("licence", "licentie"),
            Map.entry("language", "taal"), Map.entry("subtitles", "ondertitels"));

    private final SheetSource sheet;
    private final CatalogContext context;
    private final String shown;

    SheetRows(SheetSource sheet, CatalogContext context) {
        this.sheet = sheet;
        this.context = context;
        this.shown = Location.display(sheet.file());
    }

    @Override
    int size() {
        return sheet.rows().size();
    }

    @Override
    CatalogContext context() {
        return context;
    }

    @Override
    List<ItemReport> preamble() {
        Severity severity = context.rules().severity(Rules.SHEET);
        if (severity == null || sheet.problems().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (SheetSource.LineProblem lp : sheet.problems()) {
            Problem p = lp.problem();
            findings.add(new Finding(Rules.SHEET, severity, new Location(shown, lp.line(), null),
                    "Probleem in het blad (" + p.code() + "): " + p.message(),
                    "Problem in the sheet (" + p.code() + "): " + p.message()));
        }
        return List.of(new ItemReport(shown, null, null, null, findings));
    }

    @Override
    Examined examine(int index, RecordChecks checks) {
        SheetSource.Row row = sheet.rows().get(index);
        List<Problem> problems = new ArrayList<>();
        Metadata m = row.toMetadata(checks.normalizer(), problems);
        Findings out = new Findings(context.rules());
        checks.run(new Subject(m, null, problems, context), out);
        List<Finding> findings = bind(out.hits(), h -> new Location(shown, row.line(), column(h.pointer())));
        long key = out.wants(Rules.TITLE_DUPLICATE) ? DuplicateTitles.key(m) : 0;
        return new Examined(new ItemReport(shown, row.line(), null, m == null ? null : m.title(), findings), key);
    }

    @Override
    TitleRef titleRef(int index, RecordChecks checks) {
        SheetSource.Row row = sheet.rows().get(index);
        Metadata m = row.toMetadata(checks.normalizer(), new ArrayList<>());
        if (m == null || m.title() == null) {
            return null;
        }
        return new TitleRef(m.school(), m.title(), shown, row.line(), null,
                new Location(shown, row.line(), COLUMNS.get("title")));
    }

    /** "/metadata/goals/1" -> "kerndoelen": a coordinator fixes a cell, not a JSON pointer. */
    private static String column(String pointer) {
        if (pointer == null || !pointer.startsWith("/metadata/")) {
            return null;
        }
        String field = pointer.substring("/metadata/".length()).split("/")[0];
        return COLUMNS.getOrDefault(field, field);
    }
}
