package nl.vidcat.serve;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.vidcat.io.VidcatException;
import nl.vidcat.store.CatalogLayout;

/**
 * {@code vidcat serve}: the JDK's own HTTP server ({@code com.sun.net.httpserver}) with one virtual thread per
 * exchange, rather than Jetty 12: measured with bench/http-layer, it costs two to three times Jetty's CPU per request,
 * which is small beside what a search or a ListRecords page costs, and it adds no dependency; a blocking handler per
 * request on virtual threads keeps every handler plain code. TCP_NODELAY is on because otherwise an answer written in
 * more than one piece waits for the client's delayed ACK. Every context runs behind {@link Guard} (limits, and a 500 for
 * whatever a handler throws, so one bad request never stops the server) and {@link AccessLog}.
 */
public final class Server implements AutoCloseable {

    /** How long a stop waits for exchanges in flight before it closes their connections. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    static {
        // the JDK server reads these once, at its first use. It answers nothing (it closes the connection) for a
        // request line or header block over maxReqHeaderSize, so that is set above the limits Guard answers with a 4xx
        System.setProperty("sun.net.httpserver.maxReqHeaders", System.getProperty("sun.net.httpserver.maxReqHeaders",
                "100"));
        System.setProperty("sun.net.httpserver.maxReqHeaderSize",
                System.getProperty("sun.net.httpserver.maxReqHeaderSize", String.valueOf(64 * 1024)));
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime",
                "60"));
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final URI base;
    private final SearchApi search;

    private Server(HttpServer http, ExecutorService executor, URI base, SearchApi search) {
        this.http = http;
        this.executor = executor;
        this.base = base;
        this.search = search;
    }

    /**
     * The handler of each path, built in this one place. Other handlers take the catalog layout and
     * {@code published} ({@link PublishedExport#isPublished}) so they serve only what the OAI-PMH export publishes.
     */
    static Map<String, HttpHandler> contexts(CatalogLayout layout, PublishedExport published, URI base, int pageSize,
                                             SearchApi search) {
        Map<String, HttpHandler> contexts = new LinkedHashMap<>();
        contexts.put("/oai", new OaiHandler(published, base + "/oai", pageSize));
        contexts.put(SearchApi.PATH, search);
        contexts.put("/media", new MediaHandler(layout, published));
        contexts.put("/", new SearchPage());
        return contexts;
    }

    /**
     * Starts serving on {@code address}; {@code baseUrl} is the public address the documents name (Identify's
     * baseURL is it plus /oai), null for http://ADDRESS:PORT. A port in use is a usage error.
     */
    public static Server start(CatalogLayout layout, PublishedExport published, InetSocketAddress address,
                               String baseUrl, int pageSize) throws IOException {
        URI given = baseUrl == null ? null : base(baseUrl);
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw VidcatException.usage("cannot listen on " + address.getHostString() + ":" + address.getPort() + " ("
                    + e.getMessage() + "); choose another --port or stop what uses it");
        }
        URI base = given != null ? given : URI.create("http://" + host(address) + ":"
                + http.getAddress().getPort());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        AccessLog log = new AccessLog();
        Guard guard = new Guard();
        SearchApi search = new SearchApi(layout, published::now);
        search.warm();
        contexts(layout, published, base, pageSize, search).forEach((path, handler) -> {
            var context = http.createContext(path, handler);
            context.getFilters().add(log);
            context.getFilters().add(guard);
        });
        http.setExecutor(executor);
        http.start();
        return new Server(http, executor, base, search);
    }

    private static URI base(String url) {
        try {
            URI u = new URI(url.replaceAll("/+$", ""));
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new java.net.URISyntaxException(url, "not an http(s) address without query");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw VidcatException.usage("--base-url " + url + " is not an http:// or https:// address");
        }
    }

    private static String host(InetSocketAddress address) {
        String h = address.getAddress().getHostAddress();
        return h.contains(":") ? "[" + h.replaceAll("%.*", "") + "]" : h;
    }

    /** The port actually listened on (the one asked for, or the free one picked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public URI base() {
        return base;
    }

    /** Where it listens, as ADDRESS:PORT. */
    public String listening() {
        InetSocketAddress a = http.getAddress();
        return host(a) + ":" + a.getPort();
    }

    /** Stops taking connections, lets exchanges in flight finish for up to {@link #GRACE}, then closes the rest. */
    @Override
    public void close() {
        http.stop((int) GRACE.toSeconds());
        executor.shutdownNow();
        search.close();
    }
}
