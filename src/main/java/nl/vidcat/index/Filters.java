package nl.vidcat.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.model.Problem;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.Term;
import nl.vidcat.io.VidcatException;
import nl.vidcat.vocab.Normalizer;
import nl.vidcat.vocab.Vocabularies;

/**
 * Turns filter values as people type them ("Wiskunde", "lo", "KD22", "1-2", "CC BY-SA") into the facet values the
 * index holds, through the same {@link Normalizer} ingest uses. An unknown value is a usage error with suggestions,
 * rather than an empty result that looks like "no videos".
 */
public final class Filters {

    private Filters() {
    }

    /**
     * Adds one {@code DIM=VALUE} filter as typed ({@code vidcat search --filter}, {@code /api/search?filter=}) to
     * {@code raw}; "goal" names the kerndoel dimension, as {@code --goal} does.
     */
    public static void addDimValue(Map<String, List<String>> raw, String dimValue) {
        int eq = dimValue.indexOf('=');
        if (eq <= 0 || eq == dimValue.length() - 1) {
            throw VidcatException.usage("--filter wants DIM=VALUE, e.g. --filter licence=cc-by-sa-40; got '" + dimValue + "'");
        }
        String dim = dimValue.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
        raw.computeIfAbsent(dim.equals("goal") ? IndexFields.F_GOAL : dim, k -> new ArrayList<>())
                .add(dimValue.substring(eq + 1).strip());
    }

    /** Every dimension's values resolved ({@link #resolve}); dimensions without values are left out. */
    public static Map<String, List<String>> resolveAll(Map<String, List<String>> raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        raw.forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.put(dim, resolve(dim, values));
            }
        });
        return out;
    }

    public static List<String> resolve(String dim, List<String> inputs) {
        Normalizer n = Normalizer.standard();
        Vocabularies v = Vocabularies.get();
        Set<String> out = new LinkedHashSet<>();
        for (String input : inputs) {
            for (String part : Normalizer.splitList(input)) {
                switch (dim) {
                    case IndexFields.F_SUBJECT -> out.add(known(n.subject(part), dim, v.subjects().suggest(part, 3)));
                    case IndexFields.F_LEVEL -> n.levels(part).forEach(t -> out.add(known(t, dim,
                            v.levels().suggest(t.input(), 3))));
                    case IndexFields.F_GOAL -> out.add(known(n.goal(part), dim, List.of()));
                    case IndexFields.F_LICENCE -> out.add(known(n.licence(part), dim, v.licences().suggest(part, 3)));
                    case IndexFields.F_YEAR -> out.addAll(years(part));
                    case IndexFields.F_LANGUAGE -> out.add(n.language(part));
                    case IndexFields.F_STATUS -> out.add(status(part));
                    case IndexFields.F_DURATION -> out.add(duration(part));
                    case IndexFields.F_SCHOOL -> out.add(part);
                    default -> throw VidcatException.usage("unknown filter '" + dim + "'; use one of "
                            + String.join(", ", IndexFields.FACETS));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String known(Term t, String dim, List<String> suggestions) {
        if (t == null || !t.known()) {
            String in = t == null ? "" : t.input();
            throw VidcatException.usage("unknown " + dim + " '" + in + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
        }
        return t.code();
    }

    private static List<String> years(String part) {
        List<Problem> problems = new ArrayList<>();
        List<Integer> years = Normalizer.standard().years(part, problems);
        if (!problems.isEmpty()) {
            throw VidcatException.usage("year '" + part + "' is not a school year; use 1-6 or a range like 1-2");
        }
        return years.stream().map(String::valueOf).toList();
    }

    private static String status(String part) {
        try {
            return ReviewStatus.of(part).code();
        } catch (IllegalArgumentException e) {
            throw VidcatException.usage(e.getMessage());
        }
    }

    private static String duration(String part) {
        String p = part.replace(" ", "").replace("min", "");
        for (String bucket : IndexFields.DURATION_BUCKETS) {
            if (bucket.replace(" min", "").equals(p)) {
                return bucket;
            }
        }
        throw VidcatException.usage("duration '" + part + "' is not one of 0-2, 2-5, 5-10, 10+ (minutes)");
    }
}
