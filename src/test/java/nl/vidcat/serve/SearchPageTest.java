package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page's three addresses, their headers, and nothing else. */
class SearchPageTest {

    static ServeFixtures server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = ServeFixtures.start(Map.of("/", new SearchPage()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageItsScriptAndStylesWithAStrictPolicy() throws Exception {
        Map<String, String> types = Map.of("/", "text/html; charset=utf-8", "/?q=breuken&subject=wiskunde",
                "text/html; charset=utf-8", "/page/search.js", "text/javascript; charset=utf-8", "/page/search.css",
                "text/css; charset=utf-8");
        for (Map.Entry<String, String> t : types.entrySet()) {
            HttpResponse<String> r = send("GET", t.getKey());
            assertEquals(200, r.statusCode(), t.getKey());
            assertEquals(t.getValue(), r.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("unsafe"), csp);
        }
        String html = send("GET", "/").body();
        assertTrue(html.contains("<html lang=\"nl\">"));
        assertFalse(html.contains("<script>") || html.contains(" style=")
                || java.util.regex.Pattern.compile("\\son[a-z]+=").matcher(html).find(),
                "no inline script or style: the policy would block it");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from elsewhere");
        assertFalse(send("GET", "/page/search.js").body().contains("innerHTML"));
        HttpResponse<String> head = send("HEAD", "/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void everyOtherPathOrMethodIsRefused() throws Exception {
        for (String path : List.of("/index.html", "/page/", "/page/../page/search.js", "/page/%2e%2e/search.js",
                "/page/search.js/", "/page/Search.js", "/nl/vidcat/serve/page/search.js", "/page/search.js%00",
                "/SearchPage.class", "/..%2f..%2fetc%2fpasswd", "/page//search.js", "/favicon.ico")) {
            assertEquals(404, send("GET", path).statusCode(), path);
        }
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> r = send(method, "/");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
        }
    }
}
