package nl.vidcat.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The weighted terms of a text after the Dutch analysis chain (folding, stop words, compound parts, stemming), each
 * with the first word it came from, so "breuken" and "breuk" count as one term and are shown as the pupil wrote it.
 */
final class TermBag {

    /** One analysed term: its weight summed over the fields and the word it was first seen as. */
    record Entry(String term, double weight, String word) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    /** All entries heaviest first, made on first use: every signal asks for the top terms. */
    private List<Entry> sorted;

    /** Adds every term of {@code text} with {@code weight} per occurrence. */
    void add(Analyzer analyzer, String text, double weight) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() < 2 || t.chars().allMatch(Character::isDigit)) {
                    continue; // numbers and single letters say nothing about a learning goal
                }
                Entry old = entries.get(t);
                String word = old != null ? old.word() : text.substring(offset.startOffset(), offset.endOffset());
                entries.put(t, new Entry(t, (old == null ? 0 : old.weight()) + weight, word));
                sorted = null;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Entry get(String term) {
        return entries.get(term);
    }

    /** The {@code max} heaviest terms, heaviest first (ties by term, so results do not depend on hashing). */
    List<Entry> top(int max) {
        if (sorted == null) {
            sorted = new ArrayList<>(entries.values());
            sorted.sort(Comparator.comparingDouble(Entry::weight).reversed().thenComparing(Entry::term));
        }
        return sorted.subList(0, Math.min(max, sorted.size()));
    }
}
