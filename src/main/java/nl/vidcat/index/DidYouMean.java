package nl.vidcat.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.WordBreakSpellChecker;
import org.apache.lucene.search.spell.WordBreakSpellChecker.BreakSuggestionSortMethod;

/**
 * "Bedoel je: breuken vereenvoudigen?" for a query with words the index does not know. A word counts as known when
 * its analyzed form (stemmed, folded) occurs in any searched field, compound parts included; an unknown word is
 * split into title words when it is two of them glued together (Lucene's WordBreakSpellChecker:
 * "breukenvereenvoudigen"), else replaced by the closest title word (DirectSpellChecker). Both work on the folded,
 * unstemmed title field, so the suggestion reads as real words.
 */
final class DidYouMean {

    private static final List<String> SEARCHED = List.copyOf(IndexFields.WEIGHTS.keySet());
    private static final int MIN_LENGTH = 4;

    private final IndexReader reader;
    private final DutchAnalysis analysis;
    /** Null: every document counts; else only words of visible documents are known or offered. */
    private final VisibleDocs visible;
    private final DirectSpellChecker spell = new DirectSpellChecker();
    private final WordBreakSpellChecker breaks = new WordBreakSpellChecker();

    private static final int CANDIDATES = 5;

    DidYouMean(IndexReader reader, DutchAnalysis analysis, VisibleDocs visible) {
        this.reader = reader;
        this.analysis = analysis;
        this.visible = visible;
        breaks.setMinBreakWordLength(MIN_LENGTH - 1);
        breaks.setMaxChanges(2);
    }

    /** The query with its unknown words corrected, or null when every word is known or nothing is close. */
    String suggest(String query) throws IOException {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String word : query.strip().split("\\s+")) {
            String fixed = known(word) ? null : closest(word);
            changed |= fixed != null;
            out.add(fixed == null ? word : fixed);
        }
        return changed ? String.join(" ", out) : null;
    }

    /** The analyzed (stemmed, folded) words of {@code text} that occur in no searched field. */
    static Set<String> unknownTerms(IndexReader reader, DutchAnalysis analysis, String text, VisibleDocs visible)
            throws IOException {
        Set<String> out = new HashSet<>();
        for (String term : DutchAnalysis.tokens(analysis.words(), text)) {
            if (!inIndex(reader, term, visible)) {
                out.add(term);
            }
        }
        return out;
    }

    private static boolean inIndex(IndexReader reader, String term, VisibleDocs visible) throws IOException {
        for (String field : SEARCHED) {
            if (holds(reader, new Term(field, term), visible)) {
                return true;
            }
        }
        return false;
    }

    private boolean known(String word) throws IOException {
        List<String> folded = DutchAnalysis.tokens(analysis.exact(), word);
        if (folded.size() != 1 || folded.get(0).length() < MIN_LENGTH || !folded.get(0).chars().allMatch(Character::isLetter)) {
            return true; // numbers, operators, phrases and short words are left as typed
        }
        // a stop word analyzes to nothing: nothing unknown then
        return unknownTerms(reader, analysis, word, visible).isEmpty();
    }

    private static boolean holds(IndexReader reader, Term term, VisibleDocs visible) throws IOException {
        return visible == null ? reader.docFreq(term) > 0 : visible.holds(reader, term);
    }

    /** Whether every word of a suggestion is in a title the search may show. */
    private boolean shown(SuggestWord... words) throws IOException {
        for (SuggestWord w : words) {
            if (!holds(reader, new Term(IndexFields.TITLE_EXACT, w.string), visible)) {
                return false;
            }
        }
        return true;
    }

    private String closest(String word) throws IOException {
        String folded = DutchAnalysis.tokens(analysis.exact(), word).get(0);
        // restricted, the best few are tried in order, as the best may be a hidden record's word; else the best only
        int n = visible == null ? 1 : CANDIDATES;
        SuggestWord[][] split = breaks.suggestWordBreaks(new Term(IndexFields.TITLE_EXACT, folded), n, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
        for (SuggestWord[] candidate : split) {
            if (shown(candidate)) {
                List<String> parts = new ArrayList<>();
                for (SuggestWord w : candidate) {
                    parts.add(w.string);
                }
                return String.join(" ", parts);
            }
        }
        for (SuggestWord s : spell.suggestSimilar(new Term(IndexFields.TITLE_EXACT, folded), n, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (shown(s)) {
                return s.string;
            }
        }
        return null;
    }
}
