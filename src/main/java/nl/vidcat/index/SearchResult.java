package nl.vidcat.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to one search; serialized as-is by {@code vidcat search --format json}. The shape is documented in
 * docs/guide.md and only ever grows (new fields), so scripts can rely on it. {@code format} names this shape's version.
 *
 * @param mode    "exact", or "fuzzy" when the exact words found too little and typo-tolerant matching was used, or
 *                "partial" when all words together found nothing and all but one of them were required
 * @param didYouMean the query with words the index does not know replaced by the closest title words, when the
 *                exact words found too little; null otherwise
 * @param total   number of matching records
 * @param filters the facet filters applied (dimension -> values)
 * @param facets  per dimension the values and their counts in the current result; a dimension with a filter is
 *                counted as if that filter were not set (drill-sideways), so other choices stay visible
 */
public record SearchResult(int format, String query, String mode, String didYouMean, long total, Map<String, List<String>> filters,
                           List<Hit> hits, Map<String, List<FacetValue>> facets, List<String> suggestions,
                           IndexInfo index) {

    public static final int FORMAT = 1;

    public SearchResult withSuggestions(List<String> s) {
        return new SearchResult(format, query, mode, didYouMean, total, filters, hits, facets, s, index);
    }

    /** {@code vidcat search --suggest PREFIX} without a query. */
    public record Suggestions(int format, String prefix, List<String> suggestions) {
    }

    /**
     * One matching record.
     *
     * @param valid  false only in --include-invalid searches, for records with validation errors
     * @param errors the ids of the validation rules the record breaks with severity error (see vidcat validate)
     */
    public record Hit(String id, float score, String title, String subject, List<String> levels, List<Integer> years,
                      List<String> goals, Double durationSeconds, String status, String school, String licence,
                      boolean valid, List<String> errors, Highlights highlights) {
    }

    /** Highlighted passages; each has its plain text and the [start, end) character ranges that matched. */
    public record Highlights(Snippet title, Snippet description, List<Cue> subtitles) {
    }

    public record Snippet(String text, List<int[]> matches) {
    }

    /** A subtitle cue that matched, with when it is said ("00:01:23.500" and seconds). */
    public record Cue(String start, String end, double startSeconds, double endSeconds, String text,
                      List<int[]> matches) {
    }

    public record FacetValue(String value, long count) {
    }
}
