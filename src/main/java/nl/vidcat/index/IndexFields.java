package nl.vidcat.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index layout: field names, facet dimensions and the per-field analyzers. Documented in docs/guide.md (the
 * OpenSearch export mirrors it), so renaming anything here is a format change: bump {@link DutchAnalysis#VERSION}.
 */
public final class IndexFields {

    public static final String ID = "id";
    /** Per-record content hash (binary doc values), for incremental updates. */
    public static final String HASH = "hash";
    /** "1" for records without validation errors, "0" otherwise. */
    public static final String VALID = "valid";
    public static final String TITLE = "title";
    /** The title folded but not stemmed, for phrase matches on the exact words. */
    public static final String TITLE_EXACT = "title_exact";
    /** The whole title folded, as one term, so typing the exact title ranks that video first. */
    public static final String TITLE_KEY = "title_key";
    public static final String DESCRIPTION = "description";
    public static final String KEYWORDS = "keywords";
    /** Subject, levels, years, kerndoelen and school as words, so "breuken havo 1" matches on level and year. */
    public static final String CLASSIFICATION = "classification";
    /** Subtitle cue texts, one per line, in time order. */
    public static final String SUBTITLES = "subtitles";
    /** Stored only: per cue its offset in {@link #SUBTITLES} and its times (see {@link CueTable}). */
    public static final String CUES = "cues";
    public static final String DURATION = "duration";
    /** Titles and keywords as typed, for the suggester (valid and invalid records apart). */
    public static final String SUGGEST = "suggest";
    public static final String SUGGEST_INVALID = "suggest_invalid";

    // stored-only display fields of a hit
    public static final String SHOW_SUBJECT = "show_subject";
    public static final String SHOW_LEVEL = "show_level";
    public static final String SHOW_YEAR = "show_year";
    public static final String SHOW_GOAL = "show_goal";
    public static final String SHOW_STATUS = "show_status";
    public static final String SHOW_SCHOOL = "show_school";
    public static final String SHOW_LICENCE = "show_licence";
    /** The ids of the validation rules a record breaks with severity error. */
    public static final String SHOW_ERRORS = "show_errors";

    /** Facet dimensions (SortedSetDocValues), in display order. */
    public static final String F_SUBJECT = "subject";
    public static final String F_LEVEL = "level";
    public static final String F_YEAR = "year";
    public static final String F_GOAL = "kerndoel";
    public static final String F_LICENCE = "licence";
    public static final String F_LANGUAGE = "language";
    public static final String F_SCHOOL = "school";
    public static final String F_STATUS = "status";
    public static final String F_DURATION = "duration";
    /** "ok", or the ids of the error rules a record breaks; only shown in --include-invalid searches (curators). */
    public static final String F_VALIDATION = "validation";
    public static final String VALIDATION_OK = "ok";
    public static final List<String> FACETS = List.of(F_SUBJECT, F_LEVEL, F_YEAR, F_GOAL, F_LICENCE, F_LANGUAGE,
            F_SCHOOL, F_STATUS, F_DURATION, F_VALIDATION);

    /** Duration buckets in minutes: [from, to) and their facet labels. */
    static final List<String> DURATION_BUCKETS = List.of("0-2 min", "2-5 min", "5-10 min", "10+ min");

    /** Search fields and their weights: a word in the title counts most, a word said in the video least. */
    static final Map<String, Float> WEIGHTS = Map.of(TITLE, 4f, KEYWORDS, 3f, CLASSIFICATION, 2f, DESCRIPTION, 1.5f,
            SUBTITLES, 1f);

    private static final FacetsConfig FACETS_CONFIG = newFacetsConfig();

    private IndexFields() {
    }

    public static FacetsConfig facetsConfig() {
        return FACETS_CONFIG;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String multi : List.of(F_LEVEL, F_YEAR, F_GOAL, F_VALIDATION)) {
            c.setMultiValued(multi, true);
        }
        return c;
    }

    /** The index-time analyzer for every field, from a text analyzer and an exact (unstemmed) one. */
    static Analyzer perField(Analyzer text, Analyzer exact) {
        return new PerFieldAnalyzerWrapper(text, Map.of(TITLE_EXACT, exact));
    }

    static String durationBucket(double seconds) {
        double min = seconds / 60;
        return min < 2 ? DURATION_BUCKETS.get(0) : min < 5 ? DURATION_BUCKETS.get(1)
                : min < 10 ? DURATION_BUCKETS.get(2) : DURATION_BUCKETS.get(3);
    }
}
