package nl.vidcat.validate;

import java.util.Arrays;
import nl.vidcat.vocab.Vocabulary;

/**
 * The words of a text as the name rules compare them: runs of letters and digits (accents as combining marks stay
 * with their letter), each with its {@link Vocabulary#key folded} form, so "Noor", "NOOR" and "Nóor" are one word.
 * Hyphens, apostrophes and spaces separate words: "Anne-Sophie" is two, "in 't Veld" three, on both sides of a match.
 * A word's folded form is made only when asked for: most words of a text are lower case, and the first-name rule
 * never looks at those.
 */
final class Words {

    private final String text;
    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] capitals = new boolean[16];
    private String[] keys;

    private Words(String text) {
        this.text = text;
    }

    static Words of(String text) {
        Words w = new Words(text);
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
            w.add(start, i, Character.isUpperCase(c) || Character.isTitleCase(c));
        }
        w.keys = new String[w.size];
        return w;
    }

    private void add(int start, int end, boolean capital) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            capitals = Arrays.copyOf(capitals, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        capitals[size] = capital;
        size++;
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    /** Offset of word {@code i}'s first character in the text. */
    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Whether word {@code i} starts with a capital letter. */
    boolean capital(int i) {
        return capitals[i];
    }

    /**
     * Whether word {@code i} opens a sentence (the text's first word, or the first after . ! ? : or a line break),
     * where a capital says nothing about a name.
     */
    boolean opensSentence(int i) {
        for (int k = starts[i] - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '\u2018' && c != '\u201C') {
                return false;
            }
        }
        return true;
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The folded form of word {@code i}. */
    String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = fold(text, starts[i], ends[i]);
            keys[i] = k;
        }
        return k;
    }

    /** The folded forms of all words, for a name given as text. */
    String[] keys() {
        String[] all = new String[size];
        for (int i = 0; i < size; i++) {
            all[i] = key(i);
        }
        return all;
    }

    /** {@link Vocabulary#key} of text[from, to) without copying it first when it is plain ASCII (nearly always). */
    private static String fold(String text, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return Vocabulary.key(text.substring(from, to));
            }
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out);
    }
}
