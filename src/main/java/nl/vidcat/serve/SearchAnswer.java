package nl.vidcat.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.index.IndexFields;
import nl.vidcat.index.SearchResult;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * The JSON of {@code /api/search} (documented in docs/guide.md). Text is plain text with the matched ranges as
 * character offsets ({@code marks}: [start, end) pairs, UTF-16 like JavaScript strings), never HTML, so the page
 * builds its marks with DOM calls and record text cannot become markup.
 *
 * @param mode       "exact", "fuzzy" (typo-tolerant) or "partial" (all words but one), as {@code vidcat search}
 * @param didYouMean the query with unknown words corrected, or null
 * @param facets     per dimension (in display order) the values and their counts among the matches; a dimension
 *                   with a filter counts as if it were not set, so the other values stay choosable
 */
record SearchAnswer(String query, String mode, String didYouMean, long total, int page, int limit,
                    Map<String, List<String>> filters, List<Hit> hits, List<Facet> facets) {

    record Hit(String id, String title, List<int[]> titleMarks, Passage snippet, List<Cue> cues, String subject,
               List<String> levels, List<Integer> years, List<String> kerndoelen, Double durationSeconds,
               String language, String licence, String poster, List<MediaLinks.Video> videos,
               List<MediaLinks.Track> subtitles) {
    }

    record Passage(String text, List<int[]> marks) {
    }

    /** A subtitle cue that matched, with when it is said (seconds), so the page can play from there. */
    record Cue(double start, double end, String text, List<int[]> marks) {
    }

    record Facet(String name, List<Value> values) {
    }

    record Value(String value, String label, long count) {
    }

    /** Status is left out: every published record is approved, so it would offer one useless choice. */
    private static final List<String> SHOWN_FACETS = IndexFields.FACETS.stream()
            .filter(f -> !f.equals(IndexFields.F_STATUS) && !f.equals(IndexFields.F_VALIDATION)).toList();

    static SearchAnswer of(SearchParams p, SearchResult r, MediaLinks media) {
        List<Hit> hits = new ArrayList<>(r.hits().size());
        for (SearchResult.Hit h : r.hits()) {
            hits.add(hit(h, media.of(h.id())));
        }
        List<Facet> facets = new ArrayList<>();
        for (String dim : SHOWN_FACETS) {
            List<SearchResult.FacetValue> values = r.facets().get(dim);
            if (values != null && !values.isEmpty()) {
                facets.add(new Facet(dim, values.stream()
                        .map(v -> new Value(v.value(), label(dim, v.value()), v.count())).toList()));
            }
        }
        return new SearchAnswer(p.query(), r.mode(), r.didYouMean(), r.total(), p.page(), p.limit(), r.filters(),
                hits, facets);
    }

    private static Hit hit(SearchResult.Hit h, MediaLinks.Links m) {
        SearchResult.Highlights hl = h.highlights();
        SearchResult.Snippet title = hl == null ? null : hl.title();
        Passage snippet = hl == null || hl.description() == null ? null
                : new Passage(hl.description().text(), hl.description().matches());
        List<Cue> cues = hl == null ? List.of() : hl.subtitles().stream()
                .map(c -> new Cue(c.startSeconds(), c.endSeconds(), c.text(), c.matches())).toList();
        return new Hit(h.id(), title == null ? h.title() : title.text(), title == null ? List.of() : title.matches(),
                snippet, cues, h.subject(), h.levels(), h.years(), h.goals(), h.durationSeconds(), m.language(),
                h.licence(), m.poster(), m.videos(), m.subtitles());
    }

    /** The Dutch name of a facet value where a vocabulary has one ("wiskunde" → "Wiskunde"), else the value. */
    static String label(String dim, String value) {
        Vocabularies v = Vocabularies.get();
        Optional<Vocabulary> vocab = switch (dim) {
            case IndexFields.F_SUBJECT -> Optional.of(v.subjects());
            case IndexFields.F_LEVEL -> Optional.of(v.levels());
            case IndexFields.F_LICENCE -> Optional.of(v.licences());
            case IndexFields.F_LANGUAGE -> Optional.of(v.languages());
            default -> Optional.empty();
        };
        return vocab.flatMap(x -> x.lookup(value)).map(Vocabulary.Entry::label).orElse(value);
    }
}
