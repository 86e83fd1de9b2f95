package nl.vidcat.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.index.Filters;
import nl.vidcat.index.IndexFields;
import nl.vidcat.index.SearchRequest;
import nl.vidcat.io.VidcatException;

/**
 * The arguments of {@code /api/search}, checked: the filter names are those of {@code vidcat search} (subject, level,
 * year, goal, filter=DIM=VALUE), resolved by the same {@link Filters}; paging is bounded. Anything else is a
 * {@link Exchanges.BadRequest} with a message a person can act on.
 *
 * @param page  1-based page of {@code limit} hits
 */
record SearchParams(String query, Map<String, List<String>> filters, int page, int limit) {

    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_VALUE_CHARS = 100;
    static final int MAX_VALUES = 20;
    static final int DEFAULT_LIMIT = 12;
    static final int MAX_LIMIT = 50;
    /** Deeper than this nobody pages; a bound keeps every request's work small. */
    static final int MAX_HITS = 1000;

    private static final Set<String> SINGLE = Set.of("q", "page", "limit");
    private static final Map<String, String> LISTS = Map.of("subject", IndexFields.F_SUBJECT, "level",
            IndexFields.F_LEVEL, "year", IndexFields.F_YEAR, "goal", IndexFields.F_GOAL);

    static SearchParams parse(Map<String, List<String>> args) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : args.entrySet()) {
            String name = e.getKey();
            List<String> values = e.getValue();
            if (!SINGLE.contains(name) && !LISTS.containsKey(name) && !name.equals("filter")) {
                throw bad("unknown parameter '" + clip(name) + "'; use q, subject, level, year, goal, filter, page"
                        + " or limit");
            }
            if (SINGLE.contains(name) && values.size() > 1) {
                throw bad("parameter '" + name + "' is given more than once");
            }
            if (values.size() > MAX_VALUES) {
                throw bad("at most " + MAX_VALUES + " values of '" + name + "'");
            }
            for (String v : values) {
                if (v.length() > (name.equals("q") ? MAX_QUERY_CHARS : MAX_VALUE_CHARS)) {
                    throw bad("'" + name + "' is longer than " + (name.equals("q") ? MAX_QUERY_CHARS : MAX_VALUE_CHARS)
                            + " characters");
                }
            }
            if (LISTS.containsKey(name)) {
                raw.computeIfAbsent(LISTS.get(name), k -> new ArrayList<>()).addAll(nonBlank(values));
            }
        }
        int limit = number(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int page = number(args, "page", 1, 1, MAX_HITS / limit);
        try {
            for (String f : args.getOrDefault("filter", List.of())) {
                Filters.addDimValue(raw, f);
            }
            Map<String, List<String>> filters = Filters.resolveAll(raw);
            if (filters.containsKey(IndexFields.F_VALIDATION)) {
                throw bad("unknown filter 'validation'"); // only curators see invalid records, never the web
            }
            return new SearchParams(args.getOrDefault("q", List.of("")).get(0), filters, page, limit);
        } catch (VidcatException e) {
            throw bad(e.getMessage().replace("--filter", "filter"));
        }
    }

    /** The index request for this page; never invalid records (those are for curators, not the web). */
    SearchRequest request() {
        return new SearchRequest(query, filters, limit, false, true, (page - 1) * limit);
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static int number(Map<String, List<String>> args, String name, int dflt, int min, int max) {
        List<String> v = args.get(name);
        if (v == null || v.get(0).isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get(0).strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("'" + name + "' must be a whole number from " + min + " to " + max);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Exchanges.BadRequest bad(String message) {
        return new Exchanges.BadRequest(400, message);
    }
}
