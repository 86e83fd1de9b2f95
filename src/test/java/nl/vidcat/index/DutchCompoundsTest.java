package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The index chain's compound splitting and stem endings, token by token. */
class DutchCompoundsTest {

    private static final DutchAnalysis DUTCH = DutchAnalysis.standard();

    /** "term@position" for every token. */
    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("title", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    /** Remembered splits are the splits: a text analysed a second time in the same stream gives the same tokens. */
    @Test
    void rememberedSplitsMatchFreshOnes() throws IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/search-quality/records.tsv"));
        List<String> once = terms(tokens(DutchAnalysis.standard().index(), text));
        List<String> twice = terms(tokens(DutchAnalysis.standard().index(), text + "\n" + text));
        assertEquals(once, twice.subList(once.size(), twice.size()));
    }

    private static List<String> terms(List<String> tokens) {
        return tokens.stream().map(t -> t.substring(0, t.lastIndexOf('@'))).toList();
    }

    @Test
    void partsComeAtTheCompoundsPositionWithTheWholeWord() throws IOException {
        assertEquals(List.of("klokkijk@0", "klok@0", "kijk@0", "oefen@1"), tokens(DUTCH.index(), "klokkijken oefenen"));
        assertEquals(List.of("werkwoordspel@0", "werkwoord@0", "spelling@0"), tokens(DUTCH.index(), "werkwoordspelling"));
    }

    @Test
    void linkingMorphemesAreNoParts() throws IOException {
        assertEquals(List.of("bloedsomlop@0", "bloed@0", "omlop@0"), tokens(DUTCH.index(), "bloedsomloop"));
        assertEquals(List.of("boekenkast@0", "boek@0", "kast@0"), tokens(DUTCH.index(), "boekenkast"));
        assertEquals(List.of("kinderarbeid@0", "kinder@0", "arbeid@0"), tokens(DUTCH.index(), "kinderarbeid"));
    }

    @Test
    void anInflectedLastPartIsIndexedUninflected() throws IOException {
        assertTrue(tokens(DUTCH.index(), "verhoudingstabellen").contains("tabel@0"));
        assertTrue(tokens(DUTCH.index(), "broeikasgassen").contains("gas@0"));
    }

    @Test
    void wordsThatOnlyLookLikeCompoundsStayWhole() throws IOException {
        assertEquals(List.of("stelling@0"), tokens(DUTCH.index(), "stelling"));
        assertEquals(List.of("spelling@0"), tokens(DUTCH.index(), "spelling"));
        assertEquals(List.of("leerling@0"), tokens(DUTCH.index(), "leerling"));
        assertEquals(List.of("oefen@0", "reken@1", "besprek@2"), tokens(DUTCH.index(), "oefenen rekenen bespreken"),
                "not oef + enen, rek + enen, bes + preken");
        assertEquals(List.of("voorstel@0", "stelling@0"), tokens(DUTCH.index(), "voorstelling"), "no stop-word part");
        assertEquals(List.of("2024@0", "abc@1", "formul@2"), tokens(DUTCH.index(), "2024 abc-formule"));
    }

    @Test
    void hostileTokensStayWhole() throws IOException {
        assertEquals(1, tokens(DUTCH.index(), "kast".repeat(60)).size(), "longer than four parts can be");
        assertEquals(1, tokens(DUTCH.index(), "kast".repeat(5)).size(), "five parts: more than a word has");
        assertEquals(List.of("kastkast@0", "kast@0", "kast@0"), tokens(DUTCH.index(), "kastkast"));
    }

    @Test
    void queriesAreNotSplit() throws IOException {
        assertEquals(List.of("klokkijk@0"), tokens(DUTCH.query(), "klokkijken"));
    }

    @Test
    void stemEndingsMeet() throws IOException {
        assertEquals(tokens(DUTCH.query(), "tabel"), tokens(DUTCH.query(), "tabellen"));
        assertEquals(tokens(DUTCH.query(), "cel"), tokens(DUTCH.query(), "cellen"));
        assertEquals(tokens(DUTCH.query(), "beïnvloeden"), tokens(DUTCH.query(), "beïnvloedt"));
    }
}
