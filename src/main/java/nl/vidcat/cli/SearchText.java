package nl.vidcat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.vidcat.index.SearchResult;

/** Search results for people: numbered hits with their highlighted passages (*matched words*), then facet counts. */
final class SearchText {

    private SearchText() {
    }

    static void print(PrintWriter out, SearchResult r) {
        out.printf(Locale.ROOT, "%d result%s for \"%s\"%s%s%n", r.total(), r.total() == 1 ? "" : "s", r.query(),
                r.mode().equals("fuzzy") ? " (typo-tolerant)" : r.mode().equals("partial") ? " (not all words found)" : "",
                r.filters().isEmpty() ? "" : " where " + r.filters().entrySet().stream()
                        .map(e -> e.getKey() + "=" + String.join("|", e.getValue())).collect(Collectors.joining(", ")));
        if (r.didYouMean() != null) {
            out.printf("Bedoel je: %s?%n", r.didYouMean());
        }
        int n = 0;
        for (SearchResult.Hit h : r.hits()) {
            out.printf("%n%2d. %s  [%s]%s%n", ++n, marked(h.highlights() == null ? null : h.highlights().title(), h.title()),
                    h.id(), h.valid() ? "" : "  (INVALID: has validation errors)");
            out.println("    " + facts(h));
            if (h.highlights() != null) {
                if (h.highlights().description() != null) {
                    out.println("    " + marked(h.highlights().description(), ""));
                }
                for (SearchResult.Cue c : h.highlights().subtitles()) {
                    out.println("    " + c.start().substring(0, 8) + "  \"" + mark(c.text(), c.matches()) + "\"");
                }
            }
        }
        if (!r.suggestions().isEmpty()) {
            out.println();
            out.println("suggestions: " + String.join(" · ", r.suggestions()));
        }
        if (r.total() > 0) {
            out.println();
            r.facets().forEach((dim, values) -> {
                if (!values.isEmpty()) {
                    out.println(String.format("%-9s ", dim + ":") + values.stream().limit(8)
                            .map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(" · ")));
                }
            });
        }
    }

    private static String facts(SearchResult.Hit h) {
        StringBuilder sb = new StringBuilder();
        append(sb, h.subject());
        append(sb, String.join("/", h.levels()));
        append(sb, h.years().isEmpty() ? null : "leerjaar " + h.years().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        append(sb, h.goals().isEmpty() ? null : "kerndoel " + String.join(", ", h.goals()));
        if (h.durationSeconds() != null) {
            long s = Math.round(h.durationSeconds());
            append(sb, String.format("%d:%02d", s / 60, s % 60));
        }
        append(sb, h.status());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) {
            sb.append(sb.isEmpty() ? "" : " · ").append(s);
        }
    }

    private static String marked(SearchResult.Snippet s, String fallback) {
        return s == null ? fallback : mark(s.text(), s.matches());
    }

    private static String mark(String text, List<int[]> matches) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] m : matches) {
            sb.append(text, at, m[0]).append('*').append(text, m[0], m[1]).append('*');
            at = m[1];
        }
        return sb.append(text.substring(at)).toString();
    }
}
