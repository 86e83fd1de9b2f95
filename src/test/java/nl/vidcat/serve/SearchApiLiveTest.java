package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vidcat.io.Json;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search API over a catalog that changes while it serves: no index yet, a rebuild, a withdrawn record. */
class SearchApiLiveTest {

    @TempDir
    Path tmp;

    @Test
    void withoutAnIndexItAnswers503UntilOneIsBuilt() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        SearchFixtures.save(c, SearchFixtures.approved(RecordFixtures.sample(SearchFixtures.OPTELLEN), "Breuken."), false);
        try (SearchApi api = new SearchApi(c.layout(), () -> id -> true);
             ServeFixtures server = ServeFixtures.start(Map.of(SearchApi.PATH, api))) {
            HttpResponse<String> r = SearchApiTest.get(server.base(), "?q=breuken");
            assertEquals(503, r.statusCode());
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
            assertTrue(Json.mapper().readTree(r.body()).get("error").asText().contains("vidcat index"), r.body());

            SearchFixtures.index(c);
            HttpResponse<String> after = SearchApiTest.get(server.base(), "?q=breuken");
            assertEquals(200, after.statusCode(), after.body());
            assertEquals(1, Json.mapper().readTree(after.body()).get("total").asInt());
        }
    }

    @Test
    void warmingOpensTheLiveBuildBeforeTheFirstSearch() throws Exception {
        Catalog c = SearchFixtures.catalog(tmp.resolve("cat"));
        try (SearchApi api = new SearchApi(c.layout(), () -> SearchFixtures.PUBLISHED::contains);
             ServeFixtures server = ServeFixtures.start(Map.of(SearchApi.PATH, api))) {
            api.warm();
            // the open build keeps answering though its files are gone: it was opened by warm(), not by this search
            nl.vidcat.io.AtomicFiles.deleteTree(c.indexDir());
            assertEquals(1, answer(server, "?q=fotosynthese").get("total").asInt());
        }
        Catalog empty = Catalog.openOrCreate(tmp.resolve("empty"));
        try (SearchApi api = new SearchApi(empty.layout(), () -> id -> true)) {
            api.warm(); // no index yet: nothing to open, nothing thrown
        }
    }

    @Test
    void aRebuiltIndexIsSearchedWithoutRestartAndConcurrentSearchesNeverFail() throws Exception {
        Catalog c = SearchFixtures.catalog(tmp.resolve("cat"));
        Set<String> published = java.util.concurrent.ConcurrentHashMap.newKeySet();
        published.addAll(SearchFixtures.PUBLISHED);
        try (SearchApi api = new SearchApi(c.layout(), () -> published::contains);
             ServeFixtures server = ServeFixtures.start(Map.of(SearchApi.PATH, api));
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            assertEquals(0, answer(server, "?q=ohm").get("total").asInt());
            // searches keep running while the index is rebuilt and swapped underneath them
            List<Future<Integer>> running = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                running.add(clients.submit(() -> SearchApiTest.get(server.base(), "?q=breuken").statusCode()));
            }
            String ohm = "wet-van-ohm-aaaa0007";
            VideoRecord r = SearchFixtures.approved(RecordFixtures.sample(ohm, "De wet van Ohm", "natuurkunde", "vwo",
                    "3", "KD31"), "Spanning, stroom en weerstand.");
            SearchFixtures.save(c, r, false);
            published.add(ohm);
            SearchFixtures.index(c);
            for (int i = 0; i < 40; i++) {
                running.add(clients.submit(() -> SearchApiTest.get(server.base(), "?q=breuken").statusCode()));
            }
            JsonNode found = answer(server, "?q=ohm");
            assertEquals(1, found.get("total").asInt(), "the new build, without a restart");
            assertEquals(ohm, found.get("hits").get(0).get("id").asText());
            Set<Integer> statuses = new HashSet<>();
            for (Future<Integer> f : running) {
                statuses.add(f.get());
            }
            assertEquals(Set.of(200), statuses);

            // withdrawn from the published set (a new export): gone at once, from the same index build
            published.remove(ohm);
            assertEquals(0, answer(server, "?q=ohm").get("total").asInt());
            assertTrue(SearchApiTest.facet(answer(server, "?q=*"), "subject").get("natuurkunde") == null);
        }
    }

    private static JsonNode answer(ServeFixtures server, String query) throws Exception {
        HttpResponse<String> r = SearchApiTest.get(server.base(), query);
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body());
    }
}
