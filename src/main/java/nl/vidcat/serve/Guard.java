package nl.vidcat.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What every request passes before its handler: a request line or header block beyond a sane size is a 414 or 431,
 * a {@link Exchanges.BadRequest} from argument parsing its 4xx, and anything else a handler throws a logged 500 (when
 * the answer has not started yet): the exchange ends, the server goes on.
 */
final class Guard extends Filter {

    /** Longest request target (path and query); an OAI-PMH request or a search is far shorter. */
    static final int MAX_URI = 8 * 1024;
    /** Most bytes of request headers, names and values together. */
    static final int MAX_HEADERS = 16 * 1024;

    private static final Logger LOG = LogManager.getLogger(Guard.class);

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        try (ex) {
            if (ex.getRequestURI().getRawPath().length() + rawQueryLength(ex) > MAX_URI) {
                Exchanges.sendText(ex, 414, "request target too long");
                return;
            }
            if (headerBytes(ex.getRequestHeaders()) > MAX_HEADERS) {
                Exchanges.sendText(ex, 431, "request headers too large");
                return;
            }
            chain.doFilter(ex);
        } catch (Exchanges.BadRequest e) {
            answer(ex, e.status(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("{} {}: connection failed: {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("internal error answering {} {}", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), e);
            answer(ex, 500, "internal error; details in the server's log");
        }
    }

    private static int rawQueryLength(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        return q == null ? 0 : q.length();
    }

    private static long headerBytes(Map<String, List<String>> headers) {
        long n = 0;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            for (String v : h.getValue()) {
                n += h.getKey().length() + v.length() + 4;
            }
        }
        return n;
    }

    /** Sends an error unless the response has already begun (then only closing the connection is left). */
    private static void answer(HttpExchange ex, int status, String text) {
        if (ex.getResponseCode() != -1) {
            return;
        }
        try {
            Exchanges.sendText(ex, status, text);
        } catch (IOException e) {
            LOG.debug("could not answer {}: {}", status, e.getMessage());
        }
    }

    @Override
    public String description() {
        return "request limits and error answers";
    }
}
