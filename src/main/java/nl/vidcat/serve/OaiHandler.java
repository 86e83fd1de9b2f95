package nl.vidcat.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code /oai}: the OAI-PMH 2.0 endpoint, GET and POST. Protocol errors are OAI-PMH documents with HTTP 200 (spec
 * 3.6); only what is not OAI-PMH at all (another method, a path below /oai, a malformed query) gets an HTTP error.
 */
final class OaiHandler implements HttpHandler {

    private static final Logger LOG = LogManager.getLogger(OaiHandler.class);

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    /** How often an answer is made again when a new export build replaced the files it was reading. */
    private static final int ATTEMPTS = 5;

    private final PublishedExport published;
    private final String baseUrl;
    private final int pageSize;
    private final Clock clock;

    OaiHandler(PublishedExport published, String baseUrl, int pageSize) {
        this(published, baseUrl, pageSize, Clock.systemUTC());
    }

    OaiHandler(PublishedExport published, String baseUrl, int pageSize, Clock clock) {
        this.published = published;
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
            Exchanges.sendText(ex, 405, "OAI-PMH takes GET and POST requests");
            return;
        }
        if (!ex.getRequestURI().getRawPath().equals("/oai")) {
            Exchanges.sendText(ex, 404, "not found; the OAI-PMH base URL is " + baseUrl);
            return;
        }
        var args = Exchanges.arguments(ex);
        Exchanges.send(ex, 200, CONTENT_TYPE, answer(args));
    }

    /**
     * The response to {@code args} from one export build. An export that swaps its folder in while the answer is
     * read (a file gone, or the marker another one afterwards) is answered again from the new build, so a response
     * never mixes two builds.
     */
    private byte[] answer(java.util.Map<String, java.util.List<String>> args) throws IOException {
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        for (int attempt = 1; ; attempt++) {
            Snapshot s = published.current();
            OaiVerbs verbs = new OaiVerbs(s, baseUrl, pageSize, now);
            try {
                byte[] body;
                try {
                    body = verbs.answer(OaiRequest.of(args));
                } catch (OaiError e) {
                    body = verbs.error(e);
                }
                if (unchanged(s)) {
                    return body;
                }
            } catch (NoSuchFileException e) {
                // answered again below
            } catch (IOException e) {
                // a damaged export file: not the client's connection failing, so it gets an answer
                LOG.warn("cannot answer from the export in {}: {}", s.dir(), e.getMessage());
                throw new Exchanges.BadRequest(500, "a file of the export cannot be read; the server's log says which");
            }
            if (attempt >= ATTEMPTS) {
                throw new Exchanges.BadRequest(503, "the export is being replaced; try again");
            }
            // the export is between the two renames of its swap for a moment
            LockSupport.parkNanos(20_000_000L * attempt);
        }
    }

    private static boolean unchanged(Snapshot s) {
        try {
            return Snapshot.Identity.of(s.dir()).equals(s.identity());
        } catch (IOException e) {
            return false;
        }
    }
}
