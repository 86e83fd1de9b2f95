package nl.vidcat.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.SearchResult;
import nl.vidcat.io.Json;
import nl.vidcat.store.CatalogLayout;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code /api/search}: the catalog's search index as JSON, with the query language, typo tolerance, did-you-mean and
 * drill-sideways facets of {@code vidcat search} (the same {@code index.Searcher}), over published records only. The
 * {@code published} predicate is applied inside the index query, so unpublished records count nowhere: not in the
 * hits, the totals, the facet counts or the did-you-mean words. The live build stays open across requests and is
 * swapped when a new one is published ({@link LiveIndex}); GET, HEAD and POST (form) are answered, errors as JSON
 * ({@code {"status": 400, "error": "…"}}): 400 for bad arguments, 503 while there is no index.
 */
public final class SearchApi implements HttpHandler, AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(SearchApi.class);
    static final String PATH = "/api/search";
    private static final String JSON = "application/json; charset=utf-8";

    private final LiveIndex index;
    private final MediaLinks media;
    private final Supplier<? extends Predicate<String>> published;

    /**
     * Searches the index of the catalog at {@code layout}, showing only records the predicate {@code published} gives
     * at the time of each request accepts. Give the same predicate object while the published set is unchanged: the
     * searcher keeps the visible documents of the last one, instead of testing every record per request.
     */
    public SearchApi(CatalogLayout layout, Supplier<? extends Predicate<String>> published) {
        this.index = new LiveIndex(new IndexStore(layout.indexDir()));
        this.media = new MediaLinks(layout);
        this.published = Objects.requireNonNull(published, "published");
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                error(ex, 405, "use GET or POST");
            } else if (!PATH.equals(ex.getRequestURI().getPath())) {
                error(ex, 404, "no such address; the search is at " + PATH);
            } else {
                SearchParams p = SearchParams.parse(Exchanges.arguments(ex));
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                Exchanges.send(ex, 200, JSON, Json.mapper().writeValueAsBytes(search(p)));
            }
        } catch (Exchanges.BadRequest e) {
            error(ex, e.status(), e.getMessage());
        } catch (LiveIndex.Unavailable e) {
            ex.getResponseHeaders().set("Retry-After", "60");
            error(ex, 503, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("search failed for {}: {}", ex.getRequestURI().getRawQuery(), e.toString(), e);
            error(ex, 500, "the search failed; the server log says why");
        } finally {
            ex.close();
        }
    }

    /**
     * Opens the live index build and searches it once, so the first visitor does not wait for what a build's first
     * search does (opening it, reading which of its records are published, loading the search's classes). Without a
     * usable index it does nothing: the first search says why.
     */
    void warm() {
        try {
            search(SearchParams.parse(Map.of()));
        } catch (LiveIndex.Unavailable e) {
            LOG.debug("no search index to open at start: {}", e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("the search index could not be opened at start: {}", e.toString());
        }
    }

    /** The answer to {@code p}, from the live index build. */
    SearchAnswer search(SearchParams p) throws IOException {
        try (LiveIndex.Lease lease = index.acquire()) {
            SearchResult r = lease.searcher().search(p.request(), published.get());
            return SearchAnswer.of(p, r, media);
        }
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        try {
            Exchanges.send(ex, status, JSON, Json.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            Exchanges.sendText(ex, status, message);
        } catch (IOException e) {
            LOG.debug("could not answer {}: {}", status, e.getMessage()); // the client went away
        }
    }

    /** Closes the open index build (when the server stops). */
    @Override
    public void close() {
        index.close();
    }
}
