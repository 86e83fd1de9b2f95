package nl.vidcat.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Two endings the Snowball Dutch stemmer leaves apart, joined after it: a doubled final consonant ("tabellen" stems
 * to "tabell" but "tabel" to "tabel"; likewise cellen, gassen, kleppen) and the "dt" of a verb form ("beïnvloedt"
 * against "beïnvloeden", "vindt" against "vinden"). Applied to indexed and typed words alike, so both meet.
 */
final class DutchStemEndings extends TokenFilter {

    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchStemEndings(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int len = term.length();
        char[] b = term.buffer();
        if (keyword.isKeyword() || len < MIN_LENGTH) {
            return true;
        }
        char last = b[len - 1];
        if ((last == 't' && b[len - 2] == 'd') || (last == b[len - 2] && isConsonant(last))) {
            term.setLength(len - 1);
        }
        return true;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
