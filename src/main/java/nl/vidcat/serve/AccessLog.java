package nl.vidcat.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One line per exchange through Log4j2 (logger {@value #NAME}, level INFO): client, method, path, status, bytes
 * sent and milliseconds taken. The query is left out: it can be long and is the harvester's own business.
 */
final class AccessLog extends Filter {

    static final String NAME = "nl.vidcat.serve.access";
    private static final Logger LOG = LogManager.getLogger(NAME);

    @Override
    public void doFilter(HttpExchange ex, Chain chain) throws IOException {
        long start = System.nanoTime();
        Counting counted = new Counting(ex.getResponseBody());
        ex.setStreams(null, counted);
        try {
            chain.doFilter(ex);
        } finally {
            if (LOG.isInfoEnabled()) {
                LOG.info("{} {} {} {} {} {}ms", ex.getRemoteAddress().getAddress().getHostAddress(),
                        ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getResponseCode(), counted.count,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    @Override
    public String description() {
        return "access log";
    }

    /** Counts the bytes of the response body. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
