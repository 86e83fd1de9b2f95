package nl.vidcat.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Snowball Dutch stemmer, then two endings it leaves apart joined: a doubled final consonant ("tabellen" stems
 * to "tabell" but "tabel" to "tabel"; likewise cellen, gassen, kleppen) and the "dt" of a verb form ("beïnvloedt"
 * against "beïnvloeden", "vindt" against "vinden"). Applied to indexed and typed words alike, so both meet.
 *
 * <p>Stems are remembered per token stream: school text repeats a small vocabulary, and the stemmer was the largest
 * single cost of building the index (docs/performance.md). Each analyzer thread reuses its own stream, so the cache
 * needs no locking; it is cleared when full, which keeps it bounded whatever the text.
 */
final class DutchStemEndings extends TokenFilter {

    private static final int MIN_LENGTH = 4;
    static final int CACHE_LIMIT = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final DutchStemmer stemmer = new DutchStemmer();
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

    DutchStemEndings(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] b = term.buffer();
        int len = term.length();
        char[] stem = stems.get(b, 0, len);
        if (stem == null) {
            String word = new String(b, 0, len); // before stemming: the stemmer works in the buffer it is given
            stem = stem(b, len);
            if (stems.size() >= CACHE_LIMIT) {
                stems.clear();
            }
            stems.put(word, stem);
        }
        term.copyBuffer(stem, 0, stem.length);
        return true;
    }

    private char[] stem(char[] word, int length) {
        stemmer.setCurrent(word, length);
        stemmer.stem();
        char[] s = stemmer.getCurrentBuffer();
        int len = stemmer.getCurrentBufferLength();
        if (len >= MIN_LENGTH) {
            char last = s[len - 1];
            if ((last == 't' && s[len - 2] == 'd') || (last == s[len - 2] && isConsonant(last))) {
                len--;
            }
        }
        return java.util.Arrays.copyOf(s, len);
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
