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
        /** maker index -> rows {part nl, place nl, part en, place en}; null until something is found */
        Map<Integer, List<String[]>> makers;
        /** first name as written -> rows {place nl, place en}; null until something is found */
        Map<String, List<String[]>> words;

        void maker(int maker, String[] row) {
            if (makers == null) {
                makers = new TreeMap<>();
            }
            makers.computeIfAbsent(maker, k -> new ArrayList<>()).add(row);
        }

        void word(String word, String[] place) {
            if (words == null) {
                words = new LinkedHashMap<>();
            }
            words.computeIfAbsent(word, k -> new ArrayList<>()).add(place);
        }
    }

    private final NamePhrases makers;
    private final boolean makersCapitalized;
    private final NamePhrases allowed;
    private final FirstNames firstNames;
    private final boolean firstNamesWanted;

    /** @param makersCapitalized whether every maker phrase starts with a capitalized word (see NamePhrases#makers) */
    NameScan(NamePhrases makers, boolean makersCapitalized, NamePhrases allowed, FirstNames firstNames,
             boolean firstNamesWanted) {
        this.makers = makers;
        this.makersCapitalized = makersCapitalized;
        this.allowed = allowed;
        this.firstNames = firstNames;
        this.firstNamesWanted = firstNamesWanted;
    }

    /**
     * Adds what {@code text} holds to {@code hits}.
     *
     * @param place where a word starting at an offset of {@code text} is, as {nl, en}
     */
    void scan(String text, Hits hits, IntFunction<String[]> place) {
        Words words = Words.of(text);
        if (words.size() == 0) {
            return;
        }
        boolean[] covered = null;
        for (NamePhrases.Match m : makers.find(words, makersCapitalized)) {
            covered = cover(covered, words, m);
            NamePhrases.Part part = m.phrase().part();
            String[] at = place.apply(words.start(m.from()));
            hits.maker(m.phrase().owner(), new String[] {part.nl, at[0], part.en, at[1]});
        }
        if (!firstNamesWanted) {
            return;
        }
        for (NamePhrases.Match m : allowed.find(words, false)) {
            covered = cover(covered, words, m);
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.capital(i) || covered != null && covered[i] || !firstNames.contains(words.key(i))) {
                continue;
            }
            if (firstNames.isWord(words.key(i)) && words.opensSentence(i)) {
                continue; // "Lente is …", "Ben je …": an ordinary word capitalized by the sentence, not a name
            }
            int end = fullNameEnd(words, i);
            if (end > i + 1) {
                i = end - 1;
                continue;
            }
            hits.word(words.word(i), place.apply(words.start(i)));
        }
    }

    private static boolean[] cover(boolean[] covered, Words words, NamePhrases.Match m) {
        boolean[] c = covered != null ? covered : new boolean[words.size()];
        for (int k = m.from(); k < m.to(); k++) {
            c[k] = true;
        }
        return c;
    }

    /**
     * The end of a name in full that starts at word {@code i}: after it, through any particles, a capitalized word,
     * with nothing but spaces, hyphens or apostrophes between ("Willem-Alexander", "Johan de Witt"); or i + 1.
     */
    static int fullNameEnd(Words words, int i) {
        int j = i + 1;
        while (j < words.size() && joined(words, j) && NamePhrases.LINKS.contains(words.key(j))) {
            j++;
        }
        if (j >= words.size() || !joined(words, j) || !words.capital(j)) {
            return i + 1;
        }
        j++;
        while (j < words.size() && joined(words, j) && words.capital(j)) {
            j++;
        }
        return j;
    }

    /** Whether word {@code j} follows word j - 1 with nothing but spaces, hyphens or apostrophes between. */
    private static boolean joined(Words words, int j) {
        String text = words.text();
        for (int k = words.end(j - 1); k < words.start(j); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
