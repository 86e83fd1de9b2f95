package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.SearchRequest;
import nl.vidcat.index.SearchResult;
import nl.vidcat.index.Searcher;
import nl.vidcat.io.Json;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/search} over loopback: the semantics of {@code vidcat search}, published records only, bad input. */
class SearchApiTest {

    @TempDir
    static Path tmp;
    static Catalog catalog;
    static SearchApi api;
    static ServeFixtures server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        catalog = SearchFixtures.catalog(tmp.resolve("cat"));
        api = new SearchApi(catalog.layout(), () -> SearchFixtures.PUBLISHED::contains);
        server = ServeFixtures.start(Map.of(SearchApi.PATH, api));
    }

    @AfterAll
    static void stop() {
        server.close();
        api.close();
    }

    static HttpResponse<String> get(URI base, String query) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(SearchApi.PATH + query)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode search(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = get(server.base(), query);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        return Json.mapper().readTree(r.body());
    }

    static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    /** What {@code vidcat search} finds for the same query and filters, without the unpublished records. */
    static List<String> cliIds(String q, Map<String, List<String>> filters) throws IOException {
        try (Searcher s = Searcher.open(new IndexStore(catalog.indexDir()))) {
            SearchResult r = s.search(new SearchRequest(q, filters, 100, false, true));
            return r.hits().stream().map(SearchResult.Hit::id).filter(SearchFixtures.PUBLISHED::contains).toList();
        }
    }

    @Test
    void findsWhatVidcatSearchFindsInTheSameOrder() throws Exception {
        for (String q : List.of("breuken", "breuk", "\"breuken optellen\"", "breuken -optellen", "fotosynthese|ggd",
                "gelijknamig", "wis breuken", "*", "")) {
            assertEquals(cliIds(q, Map.of()), ids(search("?limit=50&q=" + enc(q))), q);
        }
        assertEquals(cliIds("breuken", Map.of("subject", List.of("wiskunde"), "level", List.of("vwo"))),
                ids(search("?q=breuken&subject=Wiskunde&level=vwo")));
        assertEquals(List.of(SearchFixtures.VEREENVOUDIGEN), ids(search("?q=breuken&goal=KD23")));
        assertEquals(List.of(SearchFixtures.FOTOSYNTHESE), ids(search("?q=*&year=2&filter=" + enc("subject=biologie"))));
        assertEquals(List.of(SearchFixtures.OPTELLEN), ids(search("?q=breuken&filter=" + enc("goal=22") + "&year=1&subject=wis")));
    }

    @Test
    void unpublishedRecordsShowNowhere() throws Exception {
        JsonNode all = search("?q=*&limit=50");
        assertEquals(SearchFixtures.PUBLISHED.size(), all.get("total").asInt());
        assertEquals(SearchFixtures.PUBLISHED, java.util.Set.copyOf(ids(all)));
        String text = all.toString();
        for (String hidden : List.of("natuurkunde", "scheikunde", "vmbo-gt", "\"31\"", "\"32\"", SearchFixtures.DRAFT,
                SearchFixtures.NO_CONSENT)) {
            assertFalse(text.contains(hidden), hidden + " leaked into " + text);
        }
        // words only hidden records hold find nothing and are no did-you-mean: neither exactly nor as a typo
        JsonNode secret = search("?q=kwadrateren");
        assertEquals(0, secret.get("total").asInt());
        assertTrue(secret.get("hits").isEmpty());
        JsonNode typo = search("?q=kwadratren");
        assertEquals(0, typo.get("total").asInt());
        assertTrue(typo.get("didYouMean") == null || !typo.get("didYouMean").asText().contains("kwadrateren"), typo.toString());
        assertEquals(0, search("?q=neutraliseren").get("total").asInt());
        // the same typo does find the hidden word in the unrestricted index: the test would catch a leak
        try (Searcher s = Searcher.open(new IndexStore(catalog.indexDir()))) {
            assertEquals("kwadrateren", s.search(SearchRequest.of("kwadratren")).didYouMean());
        }
        // facet counts: every record has the keyword 'breuken', the hidden ones too, yet only published ones count
        JsonNode breuken = search("?q=breuken");
        assertEquals(SearchFixtures.PUBLISHED.size(), breuken.get("total").asInt());
        assertEquals(SearchFixtures.PUBLISHED.size(), facet(breuken, "subject").values().stream()
                .mapToLong(Long::longValue).sum());
    }

    @Test
    void facetsCountEachValueAndIgnoreTheirOwnFilter() throws Exception {
        JsonNode r = search("?q=breuken&subject=wiskunde");
        assertEquals(2, r.get("total").asInt());
        Map<String, Long> subjects = facet(r, "subject");
        assertEquals(2L, subjects.get("wiskunde"));
        assertEquals(1L, subjects.get("informatica"), "drill-sideways: the other subject stays choosable");
        assertEquals(Map.of("havo", 1L, "vwo", 1L), facet(r, "level"));
        assertEquals("Wiskunde", r.get("facets").get(0).get("values").get(0).get("label").asText());
        assertEquals(List.of("wiskunde"), List.of(r.get("filters").get("subject").get(0).asText()));
        for (JsonNode f : r.get("facets")) {
            assertFalse(f.get("name").asText().equals("status") || f.get("name").asText().equals("validation"));
        }
    }

    @Test
    void hitsCarryHighlightsAsTextAndOnlyServableMedia() throws Exception {
        JsonNode hit = search("?q=gelijknamig").get("hits").get(0);
        assertEquals(SearchFixtures.OPTELLEN, hit.get("id").asText());
        String base = "/media/" + SearchFixtures.OPTELLEN + "/";
        assertEquals(base + "poster.jpg", hit.get("poster").asText());
        assertEquals(base + "720p.mp4", hit.get("videos").get(0).get("url").asText(), "720p preferred");
        assertEquals("video/mp4", hit.get("videos").get(0).get("type").asText());
        assertEquals(base + "360p.mp4", hit.get("videos").get(1).get("url").asText());
        assertEquals(base + "subtitles.nl.vtt", hit.get("subtitles").get(0).get("url").asText());
        assertFalse(hit.toString().contains("source.mp4"), "never the original");
        assertEquals("nl", hit.get("language").asText());
        assertEquals(List.of("22"), List.of(hit.get("kerndoelen").get(0).asText()));
        JsonNode snippet = hit.get("snippet");
        String text = snippet.get("text").asText();
        int s = snippet.get("marks").get(0).get(0).asInt();
        int e = snippet.get("marks").get(0).get(1).asInt();
        assertEquals("gelijknamig", text.substring(s, e));
        JsonNode cue = hit.get("cues").get(0);
        assertEquals(2.0, cue.get("start").asDouble());
        assertTrue(cue.get("text").asText().contains("gelijknamig"));

        JsonNode script = search("?q=vet").get("hits").get(0);
        assertEquals(SearchFixtures.SCRIPT_TITLE, script.get("title").asText(), "text stays text, unescaped in JSON");
        assertNull(script.get("poster"), "no poster file: no address");
        assertTrue(script.get("videos").isEmpty());
    }

    @Test
    void pagesAreBoundedAndDisjoint() throws Exception {
        List<String> all = ids(search("?q=*&limit=50"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            JsonNode r = search("?q=*&limit=2&page=" + page);
            assertEquals(page, r.get("page").asInt());
            assertEquals(all.size(), r.get("total").asInt());
            paged.addAll(ids(r));
        }
        assertEquals(all, paged);
        assertTrue(ids(search("?q=*&limit=2&page=3")).isEmpty());
    }

    @Test
    void badArgumentsAre400WithAJsonMessage() throws Exception {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("?q=" + "a".repeat(201), "longer than 200"),
                Map.entry("?q=a&q=b", "more than once"),
                Map.entry("?limit=0", "limit"),
                Map.entry("?limit=51", "limit"),
                Map.entry("?limit=abc", "limit"),
                Map.entry("?page=0", "page"),
                Map.entry("?page=999999999999", "page"),
                Map.entry("?subject=toverkunde", "unknown subject"),
                Map.entry("?level=groep9", "unknown level"),
                Map.entry("?year=zeven", "school year"),
                Map.entry("?filter=geen-is-teken", "DIM=VALUE"),
                Map.entry("?filter=" + enc("validation=ok"), "validation"),
                Map.entry("?filter=" + enc("kleur=rood"), "unknown filter"),
                Map.entry("?include-invalid=true", "unknown parameter"),
                Map.entry("?q=%C3%28", "UTF-8"),
                Map.entry("?subject=" + "&subject=x".repeat(25), "at most 20"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = get(server.base(), c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + ": " + r.body());
            JsonNode error = Json.mapper().readTree(r.body());
            assertEquals(400, error.get("status").asInt());
            assertTrue(error.get("error").asText().contains(c.getValue()), c.getKey() + ": " + r.body());
        }
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(server.base().resolve(SearchApi.PATH))
                .PUT(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> huge = HTTP.send(HttpRequest.newBuilder(server.base().resolve(SearchApi.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + "x".repeat(100_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, huge.statusCode());
        assertEquals(404, get(server.base(), "/../../etc/passwd").statusCode());
    }

    @Test
    void postFormsSearchLikeGet() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.base().resolve(SearchApi.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=breuken&subject=wiskunde")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ids(search("?q=breuken&subject=wiskunde")), ids(Json.mapper().readTree(r.body())));
    }

    static Map<String, Long> facet(JsonNode answer, String name) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (JsonNode f : answer.get("facets")) {
            if (f.get("name").asText().equals(name)) {
                f.get("values").forEach(v -> out.put(v.get("value").asText(), v.get("count").asLong()));
            }
        }
        return out;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
