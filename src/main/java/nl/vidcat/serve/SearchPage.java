package nl.vidcat.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The search page at {@code /}: one HTML page, its script and its stylesheet, bundled as resources (no CDN, works
 * offline). The script asks {@link SearchApi} and builds the results with DOM calls; the Content-Security-Policy
 * allows only this server's own script, styles, images and media, so even a record text that slipped through as
 * markup could not run. Only the three fixed addresses exist: any other path is a 404, so no request reaches another
 * resource or file.
 */
public final class SearchPage implements HttpHandler {

    private static final Logger LOG = LogManager.getLogger(SearchPage.class);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private record Asset(String contentType, byte[] body) {
    }

    private final Map<String, Asset> assets;

    public SearchPage() {
        this.assets = Map.of(
                "/", asset("index.html", "text/html; charset=utf-8"),
                "/page/search.js", asset("search.js", "text/javascript; charset=utf-8"),
                "/page/search.css", asset("search.css", "text/css; charset=utf-8"));
    }

    private static Asset asset(String name, String type) {
        try (InputStream in = SearchPage.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource nl/vidcat/serve/page/" + name + " is missing from the build");
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                Exchanges.sendText(ex, 405, "only GET and HEAD");
                return;
            }
            Asset a = assets.get(ex.getRequestURI().getRawPath());
            if (a == null) {
                Exchanges.sendText(ex, 404, "not found");
                return;
            }
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            Exchanges.send(ex, 200, a.contentType(), a.body());
        } catch (IOException e) {
            LOG.debug("could not answer {}: {}", ex.getRequestURI(), e.getMessage()); // the client went away
        } finally {
            ex.close();
        }
    }
}
