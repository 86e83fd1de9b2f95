package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search behaviour on a small real index: Dutch analysis, facets, drill-sideways, highlights, suggestions. */
class SearchTest {

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static IndexStore store;

    @BeforeAll
    static void build() throws IOException {
        Catalog c = IndexFixtures.standard(tmp.resolve("catalog"));
        new Indexer().index(c, new Indexer.Options(false, false), Progress.NONE);
        store = new IndexStore(c.indexDir());
        searcher = Searcher.open(store);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    static SearchResult search(String q) throws IOException {
        return searcher.search(SearchRequest.of(q));
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void stemmingFindsSingularAndPlural() throws IOException {
        assertEquals(List.of("breuken-optellen-aaaa0001", "breuken-vereenvoudigen-aaaa0002"),
                ids(search("breuk")).stream().sorted().toList());
        assertTrue(ids(search("vereenvoudig")).contains("breuken-vereenvoudigen-aaaa0002"));
    }

    @Test
    void diacriticsFoldBothWays() throws IOException {
        assertEquals(List.of("fotosynthese-aaaa0003"), ids(search("geintegreerd")));
        assertEquals(List.of("fotosynthese-aaaa0003"), ids(search("geïntegreerde")));
    }

    @Test
    void synonymsExpandAbbreviationsAndMultiWordTerms() throws IOException {
        assertEquals(List.of("kaartlezen-aaaa0005"), ids(search("ak atlas")));
        assertEquals(List.of("salto-aaaa0004"), ids(search("gym salto")));
        assertEquals(List.of("salto-aaaa0004"), ids(search("lo")));
        assertEquals(List.of("salto-aaaa0004"), ids(search("lichamelijke opvoeding springen")));
        assertTrue(ids(search("wis breuken")).contains("breuken-optellen-aaaa0001"));
    }

    @Test
    void levelAndYearWordsMatchTheClassification() throws IOException {
        assertEquals(List.of("breuken-optellen-aaaa0001"), ids(search("breuken optellen havo 1")));
        assertEquals(List.of("breuken-vereenvoudigen-aaaa0002"), ids(search("breuken vwo1")));
    }

    @Test
    void exactTitleRanksFirst() throws IOException {
        SearchResult r = search("breuken vereenvoudigen");
        assertEquals("breuken-vereenvoudigen-aaaa0002", r.hits().get(0).id());
    }

    @Test
    void invalidRecordsAreHiddenUnlessAsked() throws IOException {
        assertFalse(ids(search("onbekend vak")).contains("geheim-aaaa0006"));
        SearchResult all = searcher.search(new SearchRequest("onbekend vak", Map.of(), 10, true, true));
        assertEquals(List.of("geheim-aaaa0006"), ids(all));
        assertFalse(all.hits().get(0).valid());
        // the verdict is the validator's: the same rule ids as `vidcat validate`, and a facet to pick them out
        assertEquals(List.of("subject.unknown"), all.hits().get(0).errors());
        assertEquals(List.of(new SearchResult.FacetValue("subject.unknown", 1)), all.facets().get("validation"));
        SearchResult everything = searcher.search(new SearchRequest("", Map.of(), 10, true, true));
        assertEquals(5, everything.facets().get("validation").stream().filter(v -> v.value().equals("ok"))
                .findFirst().orElseThrow().count());
        SearchResult onlyBad = searcher.search(new SearchRequest("", Map.of("validation", List.of("subject.unknown")),
                10, true, true));
        assertEquals(List.of("geheim-aaaa0006"), ids(onlyBad));
        assertFalse(search("breuken").facets().containsKey("validation"), "pupils never see the validation facet");
        assertEquals(List.of(), search("breuken").hits().get(0).errors());
    }

    @Test
    void subtitleMatchComesWithTheCueTime() throws IOException {
        SearchResult r = search("noemers gelijk");
        assertEquals("breuken-optellen-aaaa0001", r.hits().get(0).id());
        List<SearchResult.Cue> cues = r.hits().get(0).highlights().subtitles();
        assertEquals(1, cues.size(), cues.toString());
        SearchResult.Cue cue = cues.get(0);
        assertEquals("00:01:23.500", cue.start());
        assertEquals(83.5, cue.startSeconds());
        assertEquals("00:01:27.000", cue.end());
        assertEquals("Eerst maak je de noemers gelijk, dat heet gelijknamig maken.", cue.text());
        String marked = cue.text().substring(cue.matches().get(0)[0], cue.matches().get(0)[1]);
        assertEquals("noemers", marked);
    }

    /** Highlights come from offsets in the index: re-analysing every hit's subtitles made queries twice as slow. */
    @Test
    void highlightedFieldsKeepOffsetsInTheIndex() throws IOException {
        try (var dir = FSDirectory.open(store.buildDir(store.current().orElseThrow()));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            for (String f : List.of(IndexFields.TITLE, IndexFields.DESCRIPTION, IndexFields.SUBTITLES)) {
                assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, fields.fieldInfo(f).getIndexOptions(), f);
            }
        }
    }

    @Test
    void onlySpokenWordsAreFoundToo() throws IOException {
        SearchResult r = search("gelijknamig elkaar");
        assertEquals(List.of("breuken-optellen-aaaa0001"), ids(r));
        List<SearchResult.Cue> cues = r.hits().get(0).highlights().subtitles();
        assertEquals(List.of("00:01:23.500", "00:02:10.000"), cues.stream().map(SearchResult.Cue::start).toList());
    }

    @Test
    void facetCountsCoverTheWholeResult() throws IOException {
        SearchResult r = search("*");
        assertEquals(5, r.total());
        Map<String, Long> subjects = counts(r, "subject");
        assertEquals(Map.of("wiskunde", 2L, "biologie", 1L, "lichamelijke opvoeding", 1L, "aardrijkskunde", 1L), subjects);
        assertEquals(Map.of("havo", 3L, "vwo", 1L, "vmbo-gt", 1L), counts(r, "level"));
        assertEquals(Map.of("1", 4L, "2", 1L), counts(r, "year"));
        assertEquals(2L, counts(r, "kerndoel").get("22"));
        assertEquals(Map.of("0-2 min", 5L), counts(r, "duration"));
        assertEquals(Map.of("draft", 5L), counts(r, "status"));
    }

    @Test
    void drillSidewaysKeepsOtherValuesOfAFilteredDimension() throws IOException {
        SearchResult r = searcher.search(new SearchRequest("*", Map.of("subject", List.of("wiskunde")), 10, false, true));
        assertEquals(2, r.total());
        // the subject facet still shows the other subjects (as if the subject filter were off) ...
        assertEquals(4, counts(r, "subject").size());
        // ... while the other dimensions count only the filtered result
        assertEquals(Map.of("havo", 1L, "vwo", 1L), counts(r, "level"));
        SearchResult two = searcher.search(new SearchRequest("*",
                Map.of("subject", List.of("wiskunde"), "level", List.of("havo")), 10, false, true));
        assertEquals(List.of("breuken-optellen-aaaa0001"), ids(two));
        // level counts ignore the level filter (wiskunde only); subject counts ignore the subject filter (havo only)
        assertEquals(Map.of("havo", 1L, "vwo", 1L), counts(two, "level"));
        assertEquals(Map.of("wiskunde", 1L, "biologie", 1L, "aardrijkskunde", 1L), counts(two, "subject"));
        assertEquals(Map.of("1", 1L), counts(two, "year"));
    }

    @Test
    void filtersAcceptWhatPeopleType() {
        assertEquals(List.of("lichamelijke opvoeding"), Filters.resolve("subject", List.of("LO")));
        assertEquals(List.of("22"), Filters.resolve("kerndoel", List.of("KD22")));
        assertEquals(List.of("1", "2"), Filters.resolve("year", List.of("1-2")));
        assertEquals(List.of("5-10 min"), Filters.resolve("duration", List.of("5-10")));
        var e = org.junit.jupiter.api.Assertions.assertThrows(nl.vidcat.io.VidcatException.class,
                () -> Filters.resolve("subject", List.of("wiskunda")));
        assertTrue(e.getMessage().contains("did you mean wiskunde"), e.getMessage());
    }

    @Test
    void typosFallBackToFuzzyMatching() throws IOException {
        SearchResult r = search("fotosyntese");
        assertEquals("fuzzy", r.mode());
        assertEquals(List.of("fotosynthese-aaaa0003"), ids(r));
        assertEquals("exact", search("fotosynthese").mode());
    }

    @Test
    void unknownWordsGetADidYouMean() throws IOException {
        assertEquals("fotosynthese", search("fotosyntese").didYouMean());
        // typo-tolerant and prefix matches are highlighted too (the search rewrites them to concrete terms)
        assertEquals(12, // "Fotosynthese"
                search("fotosyntese").hits().get(0).highlights().title().matches().get(0)[1]);
        assertEquals(0, search("breu*").hits().get(0).highlights().title().matches().get(0)[0]);
        // known words (in any field, any inflection) and short words stay as typed
        assertEquals("breuken vereenvoudigen havo 1", search("brueken vereenvoudgen havo 1").didYouMean());
        assertEquals(null, search("breukken").didYouMean(), "stems to a known word: found as typed");
        assertEquals(null, search("breuk").didYouMean());
        assertEquals(null, search("noemers").didYouMean(), "a word said in a video is known");
        assertEquals(null, search("xqzwvk").didYouMean(), "nothing close");
    }

    @Test
    void oddSyntaxNeverThrows() throws IOException {
        for (String q : List.of("\"breuken", "breuken)", "-", "+|-", "((", "breu*", "a~~", "\\", "\"\"", "de het een",
                "~2", "*:*", "title:breuken", "AND OR NOT", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓")) {
            assertNotNull(search(q), q);
        }
        assertTrue(ids(search("breu*")).contains("breuken-optellen-aaaa0001"));
        assertFalse(ids(search("breuken -optellen")).contains("breuken-optellen-aaaa0001"));
    }

    @Test
    void suggestionsCompleteTitlesAndKeywords() throws IOException {
        List<String> s = searcher.suggest("breu", 10, false);
        assertTrue(s.contains("Breuken optellen"), s.toString());
        assertTrue(s.contains("breuken"), s.toString());
        assertFalse(s.contains("Breuken met een onbekend vak"), "invalid records are not suggested");
        assertTrue(searcher.suggest("vereenv", 10, false).contains("Breuken vereenvoudigen"));
        assertTrue(searcher.suggest("breu", 10, true).contains("Breuken met een onbekend vak"));
    }

    @Test
    void hitCarriesDisplayFacts() throws IOException {
        SearchResult.Hit h = search("kaartlezen").hits().get(0);
        assertEquals("Aardrijkskunde", h.subject());
        assertEquals(List.of("havo"), h.levels());
        assertEquals(List.of(1), h.years());
        assertEquals(List.of("38"), h.goals());
        assertEquals(95.0, h.durationSeconds());
        assertEquals("cc-by-sa-40", h.licence());
    }

    static Map<String, Long> counts(SearchResult r, String dim) {
        Map<String, Long> m = new java.util.HashMap<>();
        r.facets().get(dim).forEach(v -> m.put(v.value(), v.count()));
        return m;
    }
}
