package nl.vidcat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.index.Filters;
import nl.vidcat.index.IndexFields;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.SearchRequest;
import nl.vidcat.index.SearchResult;
import nl.vidcat.index.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat search}: query the live index; text for people, JSON (documented shape) for scripts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the catalog's index.",
                "Every word must match (title, keywords, subject/level/year, description or what is said);"
                        + " \"phrases\", -word, a|b and prefix* work, odd syntax never fails. Finds few? Typo-tolerant"
                        + " matching kicks in. Facet counts ignore their own filter (drill-sideways)."})
public final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "What to look for; '*' for everything.")
    private String query;

    @Option(names = "--subject", paramLabel = "VAK", description = "Only this subject (name, code or abbreviation; repeatable).")
    private List<String> subjects = new ArrayList<>();

    @Option(names = "--level", paramLabel = "NIVEAU", description = "Only this level: vmbo-b, vmbo-k, vmbo-gt, havo, vwo, … (repeatable).")
    private List<String> levels = new ArrayList<>();

    @Option(names = "--year", paramLabel = "LEERJAAR", description = "Only this school year, 1-6 or a range like 1-2 (repeatable).")
    private List<String> years = new ArrayList<>();

    @Option(names = "--goal", paramLabel = "KERNDOEL", description = "Only this kerndoel: 22, KD22, PO 12 or an OBK id (repeatable).")
    private List<String> goals = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "DIM=VALUE", description = "Any facet: licence, language, school, status, "
            + "duration (0-2, 2-5, 5-10, 10+), … (repeatable).")
    private List<String> filters = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Maximum results (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--suggest", paramLabel = "PREFIX", description = "Complete titles and keywords starting with PREFIX.")
    private String suggest;

    @Option(names = "--include-invalid", description = "Also find records with validation errors (for curators).")
    private boolean includeInvalid;

    @Override
    public Integer call() throws Exception {
        if (query == null && suggest == null) {
            throw VidcatException.usage("give a QUERY (or '*'), or --suggest PREFIX");
        }
        if (limit < 0 || limit > 10_000) {
            throw VidcatException.usage("--limit must be between 0 and 10000");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Searcher searcher = Searcher.open(new IndexStore(globals.openCatalog().indexDir()))) {
            List<String> suggestions = suggest == null ? List.of() : searcher.suggest(suggest, 10, includeInvalid);
            if (query == null) {
                print(out, new SearchResult.Suggestions(SearchResult.FORMAT, suggest, suggestions), suggestions);
                return 0;
            }
            SearchResult r = searcher.search(new SearchRequest(query, filters(), limit, includeInvalid, true));
            if (suggest != null) {
                r = r.withSuggestions(suggestions);
            }
            if (format == Format.json) {
                printJson(out, r);
            } else {
                SearchText.print(out, r);
            }
            return 0;
        }
    }

    private static void printJson(PrintWriter out, Object result) {
        out.print(new String(Json.pretty(result), java.nio.charset.StandardCharsets.UTF_8));
        out.flush(); // print() does not flush: without this nothing reaches a pipe
    }

    private void print(PrintWriter out, SearchResult.Suggestions s, List<String> suggestions) {
        if (format == Format.json) {
            printJson(out, s);
        } else {
            suggestions.forEach(out::println);
        }
    }

    private Map<String, List<String>> filters() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put(IndexFields.F_SUBJECT, new ArrayList<>(subjects));
        raw.put(IndexFields.F_LEVEL, new ArrayList<>(levels));
        raw.put(IndexFields.F_YEAR, new ArrayList<>(years));
        raw.put(IndexFields.F_GOAL, new ArrayList<>(goals));
        filters.forEach(f -> Filters.addDimValue(raw, f));
        return Filters.resolveAll(raw);
    }
}
