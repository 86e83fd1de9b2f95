package nl.vidcat.index;

import static nl.vidcat.index.SearchTest.ids;
import static nl.vidcat.index.IndexFixtures.record;
import static nl.vidcat.index.IndexFixtures.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What teachers type and the old chain missed: compound parts, glued words, stop words, look-alike words. */
class DutchSearchTest {

    private static final String VTT = """
            WEBVTT

            00:00:05.000 --> 00:00:09.000
            Vandaag oefenen we het klokkijken met een echte wandklok.
            """;

    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void build() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        save(c, record("dt-aaaa0001", "Werkwoordspelling: d of t?", "De ezelsbrug 't kofschip en de stam plus t.",
                "d/t", "Nederlands", "havo", "1", "KD1"));
        save(c, record("klok-aaaa0002", "Klokkijken in het Frans", "Quelle heure est-il ? De tijd zeggen.", "tijd",
                "Frans", "havo", "1", ""));
        save(c, record("breuken-aaaa0003", "Breuken vereenvoudigen", "Teller en noemer door hetzelfde getal delen.",
                "breuken", "wiskunde", "vwo", "1", "KD22"));
        save(c, record("pyth-aaaa0004", "De stelling van Pythagoras", "De schuine zijde van een rechthoekige driehoek.",
                "kwadraat", "wiskunde", "havo", "2", "KD22"));
        save(c, record("persp-aaaa0005", "Perspectief met één verdwijnpunt", "Een straat tekenen met diepte.",
                "tekenen", "beeldende vorming", "havo", "1", ""));
        save(c, IndexFixtures.withSubtitles(c, record("frans-aaaa0006", "Franse les: l'heure", "Les over tijd.",
                "frans", "Frans", "vwo", "1", ""), VTT));
        save(c, record("wo2-aaaa0007", "De Tweede Wereldoorlog in Nederland", "Bezetting en bevrijding.",
                "bezetting", "geschiedenis", "havo", "3", ""));
        new Indexer().index(c, new Indexer.Options(false, false), Progress.NONE);
        searcher = Searcher.open(new IndexStore(c.indexDir()));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static SearchResult search(String q) throws IOException {
        return searcher.search(SearchRequest.of(q));
    }

    @Test
    void aCompoundPartFindsTheCompound() throws IOException {
        assertEquals(List.of("dt-aaaa0001"), ids(search("werkwoord")));
        assertEquals("klok-aaaa0002", ids(search("klok")).get(0));
        assertEquals("exact", search("klok").mode());
    }

    @Test
    void aWordWithHitsIsNeverSwappedForALookAlike() throws IOException {
        SearchResult r = search("spelling");
        assertEquals(List.of("dt-aaaa0001"), ids(r), "not 'stelling' (Pythagoras)");
        assertEquals("exact", r.mode());
        assertNull(r.didYouMean());
    }

    @Test
    void gluedWordsAreSplit() throws IOException {
        SearchResult r = search("breukenvereenvoudigen");
        assertEquals("breuken vereenvoudigen", r.didYouMean());
        assertEquals(List.of("breuken-aaaa0003"), ids(r));
    }

    @Test
    void stopWordOnlyQueriesSearchAnyway() throws IOException {
        SearchResult r = search("één");
        assertTrue(ids(r).contains("persp-aaaa0005"), ids(r).toString());
        assertFalse(search("de").hits().isEmpty());
    }

    @Test
    void abbreviationsOfTopics() throws IOException {
        assertEquals(List.of("wo2-aaaa0007"), ids(search("wo2")));
        assertEquals(List.of("wo2-aaaa0007"), ids(search("ww2 bezetting")));
    }

    @Test
    void aWordNoVideoHasIsSparedWhenAllTogetherFindNothing() throws IOException {
        SearchResult r = search("tutorial pythagoras");
        assertEquals("partial", r.mode());
        assertEquals(List.of("pyth-aaaa0004"), ids(r));
        assertEquals(0, search("tutorial onbekendwoord").total(), "one spared word, not two");
    }

    @Test
    void aCompoundPartSpokenInTheVideoComesWithItsCue() throws IOException {
        SearchResult r = search("wandklok");
        assertEquals(List.of("frans-aaaa0006"), ids(r));
        r = search("klok");
        SearchResult.Hit hit = r.hits().stream().filter(h -> h.id().equals("frans-aaaa0006")).findFirst().orElseThrow();
        List<SearchResult.Cue> cues = hit.highlights().subtitles();
        assertEquals(1, cues.size(), cues.toString());
        assertEquals("00:00:05.000", cues.get(0).start());
        String marked = cues.get(0).text().substring(cues.get(0).matches().get(0)[0], cues.get(0).matches().get(0)[1]);
        assertTrue(marked.equals("klokkijken") || marked.equals("wandklok"), marked);
    }
}
