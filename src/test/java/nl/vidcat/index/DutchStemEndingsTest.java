package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

/** The remembered stems are the stems: same tokens as Lucene's SnowballFilter followed by the two endings. */
class DutchStemEndingsTest {

    @Test
    void joinsTheEndingsSnowballLeavesApart() throws IOException {
        assertEquals(List.of("tabel", "tabel", "cel", "beinvloed", "beinvloed", "vind", "vind"),
                tokens(cached(), "tabellen tabel cellen beinvloedt beinvloeden vindt vinden"));
    }

    @Test
    void sameTokensAsTheUncachedChainOnTheJudgedCollection() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/search-quality/records.tsv"));
        assertEquals(tokens(reference(), text), tokens(cached(), text));
    }

    @Test
    void staysCorrectWhenTheCacheFillsUp() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DutchStemEndings.CACHE_LIMIT + 5_000; i++) {
            text.append("woorden").append(Integer.toString(i, 26).replaceAll("[0-9]", "q")).append("en ");
            if (i % 1000 == 0) {
                text.append("tabellen vindt ");
            }
        }
        assertEquals(tokens(reference(), text.toString()), tokens(cached(), text.toString()));
    }

    private static Analyzer cached() {
        return chain(DutchStemEndings::new);
    }

    private static Analyzer reference() {
        return chain(in -> new ReferenceEndings(new SnowballFilter(in, new DutchStemmer())));
    }

    private static Analyzer chain(java.util.function.Function<TokenStream, TokenStream> stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stem.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    /** The endings as a plain filter after Lucene's own SnowballFilter, without remembering anything. */
    private static final class ReferenceEndings extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ReferenceEndings(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int len = term.length();
            char[] b = term.buffer();
            if (len >= 4) {
                char last = b[len - 1];
                boolean consonant = last >= 'a' && last <= 'z' && "aeiouy".indexOf(last) < 0;
                if ((last == 't' && b[len - 2] == 'd') || (last == b[len - 2] && consonant)) {
                    term.setLength(len - 1);
                }
            }
            return true;
        }
    }
}
