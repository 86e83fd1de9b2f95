package nl.vidcat.index;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Splits Dutch compounds into their parts: "klokkijken" also yields "klok" and "kijken", "bloedsomloop" yields
 * "bloed" and "omloop", "verhoudingstabellen" yields "verhouding" and "tabel". Parts come out at the compound's
 * position (the whole word stays), as Lucene's compound filters do.
 *
 * <p>Unlike Lucene's {@code DictionaryCompoundWordTokenFilter}, which emits every dictionary word found anywhere
 * inside a token, a word is split only when dictionary words cover it completely: each part a dictionary word,
 * joined by nothing or a linking morpheme (-s-, -e-, -en-, -er-), the last part optionally inflected (-en, -s,
 * -e, a doubled consonant + -en ...; the part is then indexed uninflected, "tabel"). Of all covers the one with the
 * fewest parts wins, then the one with fewest linking letters, then the most even one, so "werkwoordspelling" is
 * werkwoord + spelling and "broeikasgassen" broeikas + gas; words that only look like compounds ("stelling" is not
 * stel + ling, as "ling" is no part) stay whole, and stop words are no parts ("voorstelling" yields only
 * "stelling"). That keeps parts from matching unrelated queries.
 */
final class DutchCompounds extends CompoundWordTokenFilterBase {

    private static final String[] LINKS = {"", "s", "e", "en", "er"};
    private static final String[] ENDINGS = {"", "s", "e", "en", "n", "er", "ers", "es", "je", "jes", "tje", "tjes",
            "etje", "etjes", "pje", "pjes"};
    private static final int MAX_PARTS = 4;
    static final int CACHE_LIMIT = 50_000;
    private static final int[] WHOLE = {};

    private final CharArraySet stopWords;
    private final int[] parts = new int[MAX_PARTS * 2];
    private final int[] best = new int[MAX_PARTS * 2];
    private int bestCount;
    private int bestShortest;
    private int bestLongest;
    private int bestLinks;
    /** Each word's parts (offset, length pairs), remembered as {@link DutchStemEndings} remembers stems. */
    private final CharArrayMap<int[]> splits = new CharArrayMap<>(1024, false);

    DutchCompounds(TokenStream input, CharArraySet dictionary, CharArraySet stopWords, int minWordSize, int minPart,
                   int maxPart) {
        super(input, dictionary, minWordSize, minPart, maxPart, false);
        this.stopWords = stopWords;
    }

    @Override
    protected void decompose() {
        char[] w = termAtt.buffer();
        int len = termAtt.length();
        if (len > MAX_PARTS * maxSubwordSize) {
            return; // no word of at most four parts; the search below stays bounded whatever a token holds
        }
        for (int i = 0; i < len; i++) {
            if (!Character.isLetter(w[i])) {
                return; // numbers, codes and hyphenated words are left alone
            }
        }
        int[] found = splits.get(w, 0, len);
        if (found == null) {
            found = split(w, len);
            if (splits.size() >= CACHE_LIMIT) {
                splits.clear();
            }
            splits.put(new String(w, 0, len), found);
        }
        for (int p = 0; p < found.length; p += 2) {
            tokens.add(new CompoundToken(found[p], found[p + 1]));
        }
    }

    /** The cover with the fewest parts, stop words left out, as (offset, length) pairs; none when w stays whole. */
    private int[] split(char[] w, int len) {
        bestCount = 0;
        cover(w, len, 0, 0);
        int[] kept = new int[2 * bestCount];
        int k = 0;
        for (int p = 0; p < bestCount; p++) {
            if (!stopWords.contains(w, best[2 * p], best[2 * p + 1])) {
                kept[k++] = best[2 * p];
                kept[k++] = best[2 * p + 1];
            }
        }
        return k == 0 ? WHOLE : Arrays.copyOf(kept, k);
    }

    /** Depth-first search for the cover of w[from..len) with the fewest parts; {@code n} parts placed so far. */
    private void cover(char[] w, int len, int from, int n) {
        if (n >= MAX_PARTS || (bestCount > 0 && n + 1 > bestCount)) {
            return; // cannot beat the best cover found
        }
        if (n > 0) { // as the last part: the longest dictionary word that only an ending follows (kaart in -kaartjes)
            for (int end = Math.min(len, from + maxSubwordSize); end >= from + minSubwordSize; end--) {
                if (dictionary.contains(w, from, end - from) && isEnding(w, end, len)) {
                    parts[2 * n] = from;
                    parts[2 * n + 1] = end - from;
                    record(n + 1);
                    break;
                }
            }
        }
        // a part before the last needs a letter more: oefenen is not oef + enen (the price: celdeling is not split)
        for (int end = Math.min(len - minSubwordSize, from + maxSubwordSize); end > from + minSubwordSize; end--) {
            if (dictionary.contains(w, from, end - from)) {
                parts[2 * n] = from;
                parts[2 * n + 1] = end - from;
                for (String link : LINKS) {
                    int next = end + link.length();
                    if (next < len && startsWith(w, end, len, link)) {
                        cover(w, len, next, n + 1);
                    }
                }
            }
        }
    }

    /**
     * Keeps the cover in {@code parts} if it beats the best so far: fewer parts, then fewer linking letters
     * (voor + stelling, not voor + s + telling), then more even parts.
     */
    private void record(int count) {
        int shortest = Integer.MAX_VALUE, longest = 0, links = 0;
        for (int p = 0; p < count; p++) {
            shortest = Math.min(shortest, parts[2 * p + 1]);
            longest = Math.max(longest, parts[2 * p + 1]);
            if (p > 0) {
                links += parts[2 * p] - parts[2 * p - 2] - parts[2 * p - 1];
            }
        }
        int order = bestCount == 0 ? -1 : count != bestCount ? Integer.compare(count, bestCount)
                : links != bestLinks ? Integer.compare(links, bestLinks)
                : shortest != bestShortest ? Integer.compare(bestShortest, shortest)
                : Integer.compare(longest, bestLongest);
        if (order < 0) {
            bestCount = count;
            bestLinks = links;
            bestShortest = shortest;
            bestLongest = longest;
            System.arraycopy(parts, 0, best, 0, 2 * count);
        }
    }

    /** Whether w[at..len) is an inflectional ending (or nothing), a doubled consonant + ending included. */
    private static boolean isEnding(char[] w, int at, int len) {
        for (String e : ENDINGS) {
            if (len - at == e.length() && startsWith(w, at, len, e)) {
                return true;
            }
        }
        // tabel -> tabellen, bal -> ballen: the last consonant doubles before -en, -e, -er
        return at > 0 && at < len && w[at] == w[at - 1] && "aeiou".indexOf(w[at]) < 0 && len - at <= 3
                && isEnding(w, at + 1, len);
    }

    private static boolean startsWith(char[] w, int at, int len, String s) {
        if (len - at < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (w[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
