package nl.vidcat.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Matching passages of the title, the description and the subtitles, through Lucene's {@link UnifiedHighlighter},
 * from the offsets the index keeps in these fields' postings. Subtitle passages are whole cues: the subtitle field
 * holds one cue per line and the break iterator splits on '\n', so each passage maps back to one cue's time.
 * Matches come from the query's terms per field, not from weight matches: those build a weight for the whole query
 * (every field's terms looked up again) for each field of each hit, which cost more than the search itself. So a
 * phrase is marked word by word.
 */
final class Highlighting {

    /** A highlighted passage: {@code start} is its offset in the field, {@code matches} pairs of offsets in text. */
    record Fragment(int start, String text, List<int[]> matches) {
    }

    private static final int MAX_CUES = 3;
    private static final int MAX_FIELD_CHARS = 200_000;
    private static final String[] FIELDS = {IndexFields.TITLE, IndexFields.DESCRIPTION, IndexFields.SUBTITLES};
    /** The stored fields the highlighter reads, for the caller that reads each hit's document once. */
    static final Set<String> FIELDS_READ = Set.of(FIELDS);

    private final CueHighlighter highlighter;

    Highlighting(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this.highlighter = new CueHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(MAX_FIELD_CHARS)
                .withWeightMatches(false)
                .withFormatter(new FragmentFormatter()));
    }

    /**
     * Per field, per document (in {@code docIds} order), the fragments; empty where nothing matched. {@code docs} are
     * the documents already read for those ids, holding at least {@link #FIELDS_READ}.
     */
    Map<String, Object[]> highlight(Query query, int[] docIds, Document[] docs) throws IOException {
        Map<Integer, Document> read = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            read.put(docIds[i], docs[i]);
        }
        return highlighter.fragments(FIELDS, query, docIds, new int[]{1, 1, MAX_CUES}, read);
    }

    @SuppressWarnings("unchecked")
    static List<Fragment> fragments(Object highlight) {
        return highlight == null ? List.of() : (List<Fragment>) highlight;
    }

    private static final class CueHighlighter extends UnifiedHighlighter {
        CueHighlighter(Builder b) {
            super(b);
        }

        private Map<Integer, Document> read = Map.of();

        Map<String, Object[]> fragments(String[] fields, Query q, int[] docs, int[] max, Map<Integer, Document> read)
                throws IOException {
            this.read = read;
            return highlightFieldsAsObjects(fields, q, docs, max);
        }

        /** The field values from the documents the caller read, as Lucene's own loading gives them (capped). */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document d = read.get(doc);
                if (d == null) {
                    throw new IllegalStateException("document " + doc + " was not read for highlighting");
                }
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String v = d.get(fields[f]);
                    values[f] = v == null ? "" : v.length() > MAX_FIELD_CHARS ? v.substring(0, MAX_FIELD_CHARS) : v;
                }
                out.add(values);
            }
            return out;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return switch (field) {
                case IndexFields.SUBTITLES -> new CustomSeparatorBreakIterator('\n');
                case IndexFields.TITLE -> new WholeBreakIterator();
                default -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl"));
            };
        }

        /** Without a match a subtitle shows nothing (no arbitrary first cue); title and description show their start. */
        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return IndexFields.SUBTITLES.equals(field) ? 0 : 1;
        }
    }

    private static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Fragment> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int start = p.getStartOffset();
                int end = Math.min(p.getEndOffset(), content.length());
                String raw = content.substring(start, end);
                int lead = raw.length() - raw.stripLeading().length();
                String text = raw.strip();
                List<int[]> matches = new ArrayList<>();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int s = p.getMatchStarts()[i] - start - lead;
                    int e = Math.min(p.getMatchEnds()[i], end) - start - lead;
                    if (s < 0 || e > text.length() || s >= e) {
                        continue;
                    }
                    if (!matches.isEmpty() && matches.get(matches.size() - 1)[1] >= s) {
                        int[] last = matches.get(matches.size() - 1);
                        last[1] = Math.max(last[1], e);
                    } else {
                        matches.add(new int[]{s, e});
                    }
                }
                out.add(new Fragment(start + lead, text, matches));
            }
            return out;
        }
    }
}
