package nl.vidcat.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search.
 *
 * @param query          what the user typed ("*" or empty: everything, filtered by the facets)
 * @param filters        facet dimension -> values; values of one dimension are alternatives (OR), dimensions
 *                       combine (AND). Values are facet values as shown in results ("wiskunde", "havo", "22").
 * @param limit          maximum number of hits
 * @param includeInvalid also find records with validation errors (curators)
 * @param highlight      compute highlighted passages
 * @param offset         how many of the best hits to skip (paging); only the returned ones are highlighted
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int limit, boolean includeInvalid,
                            boolean highlight, int offset) {

    public SearchRequest(String query, Map<String, List<String>> filters, int limit, boolean includeInvalid,
                         boolean highlight) {
        this(query, filters, limit, includeInvalid, highlight, 0);
    }

    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    f.put(k, List.copyOf(v));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(f);
        limit = Math.max(0, limit);
        offset = Math.max(0, offset);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 10, false, true);
    }
}
