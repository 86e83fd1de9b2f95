package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import nl.vidcat.vocab.FirstNames;

/**
 * One pass over a text's words for the name rules: the makers' names first, then the catalog's allowed words, then
 * the common first names that are left. A first name followed by a surname (Willem van Oranje, Karel de Grote, Anne
 * Frank) is someone named in full, nearly always a historical or public figure in teaching material, and not counted;
 * a maker named in full is found as a maker.
 */
final class NameScan {

    /** What was found in one field: per maker the parts and places, and the other first names with their places. */
    static final class Hits {
        /** maker index -> rows {part nl, place nl, part en, place en} */
        final Map<Integer, List<String[]>> makers = new TreeMap<>();
        /** first name as written -> rows {place nl, place en} */
        final Map<String, List<String[]>> words = new LinkedHashMap<>();
    }

    private final NamePhrases makers;
    private final NamePhrases allowed;
    private final FirstNames firstNames;
    private final boolean firstNamesWanted;

    NameScan(NamePhrases makers, NamePhrases allowed, FirstNames firstNames, boolean firstNamesWanted) {
        this.makers = makers;
        this.allowed = allowed;
        this.firstNames = firstNames;
        this.firstNamesWanted = firstNamesWanted;
    }

    /** @param place where a word starting at an offset of {@code text} is, as {nl, en} */
    void scan(String text, Hits hits, IntFunction<String[]> place) {
        List<Words.Word> words = Words.of(text);
        if (words.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[words.size()];
        for (NamePhrases.Match m : makers.find(words)) {
            cover(covered, m);
            NamePhrases.Part part = m.phrase().part();
            String[] at = place.apply(words.get(m.from()).start());
            hits.makers.computeIfAbsent(m.phrase().owner(), k -> new ArrayList<>())
                    .add(new String[] {part.nl, at[0], part.en, at[1]});
        }
        if (!firstNamesWanted) {
            return;
        }
        for (NamePhrases.Match m : allowed.find(words)) {
            cover(covered, m);
        }
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (covered[i] || !w.capital() || !firstNames.contains(w.key())) {
                continue;
            }
            int end = fullNameEnd(text, words, i);
            if (end > i + 1) {
                i = end - 1;
                continue;
            }
            hits.words.computeIfAbsent(text.substring(w.start(), w.end()), k -> new ArrayList<>())
                    .add(place.apply(w.start()));
        }
    }

    private static void cover(boolean[] covered, NamePhrases.Match m) {
        for (int k = m.from(); k < m.to(); k++) {
            covered[k] = true;
        }
    }

    /**
     * The end of a name in full that starts at word {@code i}: after it, through any particles, a capitalized word,
     * with nothing but spaces, hyphens or apostrophes between ("Willem-Alexander", "Johan de Witt"); or i + 1.
     */
    static int fullNameEnd(String text, List<Words.Word> words, int i) {
        int j = i + 1;
        while (j < words.size() && joined(text, words.get(j - 1), words.get(j))
                && NamePhrases.LINKS.contains(words.get(j).key())) {
            j++;
        }
        if (j >= words.size() || !joined(text, words.get(j - 1), words.get(j)) || !words.get(j).capital()) {
            return i + 1;
        }
        j++;
        while (j < words.size() && joined(text, words.get(j - 1), words.get(j)) && words.get(j).capital()) {
            j++;
        }
        return j;
    }

    private static boolean joined(String text, Words.Word a, Words.Word b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
