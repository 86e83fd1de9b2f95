package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.vocab.Vocabulary;

/**
 * The words of a text as the name rules compare them: runs of letters and digits (accents as combining marks stay
 * with their letter), each with its {@link Vocabulary#key folded} form, so "Noor", "NOOR" and "Nóor" are one word.
 * Hyphens, apostrophes and spaces separate words: "Anne-Sophie" is two, "in 't Veld" three, on both sides of a match.
 */
final class Words {

    /**
     * @param start   offset of the word's first character in the text
     * @param key     folded form
     * @param capital whether the word starts with a capital letter
     */
    record Word(int start, int end, String key, boolean capital) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                int d = text.codePointAt(i);
                if (!Character.isLetterOrDigit(d) && Character.getType(d) != Character.NON_SPACING_MARK) {
                    break;
                }
                i += Character.charCount(d);
            }
            String key = Vocabulary.key(text.substring(start, i));
            if (!key.isEmpty()) {
                words.add(new Word(start, i, key, Character.isUpperCase(c) || Character.isTitleCase(c)));
            }
        }
        return words;
    }
}
