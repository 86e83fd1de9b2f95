package nl.vidcat.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import nl.vidcat.io.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One side of {@code bench/http-layer}: the same three answers served by the JDK's HTTP server (virtual thread per
 * exchange, through {@link Exchanges} like {@code vidcat serve}) or by Jetty 12's core handler API (its default
 * thread pool; the handler never blocks). {@code /page}: a fixed ~20 KB OAI-PMH-like XML page; {@code /json?q=}: a
 * small JSON answer computed per request; {@code /stats}: this JVM's CPU time, requests and heap, for the driver.
 * Prints {@code listening PORT} and runs until killed. Loopback only.
 */
public final class LayerServer {

    private static final ObjectMapper JSON = Json.mapper();
    private static final byte[] PAGE = page();
    private static final LongAdder REQUESTS = new LongAdder();

    private LayerServer() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "jdk";
        int port = switch (kind) {
            case "jdk" -> startJdk();
            case "jetty" -> startJetty();
            default -> throw new IllegalArgumentException("server: jdk or jetty, not " + kind);
        };
        System.out.println("listening " + port);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static int startJdk() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", LayerServer::jdk);
        s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        s.start();
        return s.getAddress().getPort();
    }

    private static void jdk(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, List<String>> args = Exchanges.arguments(ex);
            Answer a = answer(ex.getRequestURI().getPath(), first(args.get("q")), args.containsKey("reset"));
            Exchanges.send(ex, a.status(), a.type(), a.body());
        } catch (Exchanges.BadRequest e) {
            Exchanges.sendText(ex, e.status(), e.getMessage());
        }
    }

    private static int startJetty() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Fields query = Request.extractQueryParameters(request);
                Answer a = answer(Request.getPathInContext(request), query.getValue("q"), query.get("reset") != null);
                response.setStatus(a.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, a.type());
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, a.body().length);
                response.write(true, ByteBuffer.wrap(a.body()), callback);
                return true;
            }
        });
        server.start();
        return connector.getLocalPort();
    }

    private record Answer(int status, String type, byte[] body) {
    }

    private static Answer answer(String path, String q, boolean reset) throws IOException {
        return switch (path) {
            case "/page" -> {
                REQUESTS.increment();
                yield new Answer(200, "text/xml; charset=utf-8", PAGE);
            }
            case "/json" -> {
                REQUESTS.increment();
                yield new Answer(200, "application/json", JSON.writeValueAsBytes(hits(q == null ? "" : q)));
            }
            case "/stats" -> new Answer(200, "application/json", JSON.writeValueAsBytes(stats(reset)));
            default -> new Answer(404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** What a search answer looks like, computed from the query so no cache can answer it. */
    private static Map<String, Object> hits(String q) {
        List<Map<String, Object>> hits = new ArrayList<>();
        int h = q.hashCode();
        for (int i = 0; i < 10; i++) {
            hits.add(Map.of("id", "video-%08x".formatted(h + i), "title", q + " (deel " + (i + 1) + ")",
                    "score", (h >>> i & 0xffff) / 65536.0));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("total", Math.abs(h % 1000));
        out.put("hits", hits);
        out.put("facets", Map.of("subject", Map.of("wiskunde", 12, "biologie", 7)));
        return out;
    }

    private static Map<String, Object> stats(boolean reset) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
                if (reset) {
                    p.resetPeakUsage();
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cpuSeconds", os.getProcessCpuTime() / 1e9);
        out.put("requests", REQUESTS.sum());
        out.put("peakHeapMb", peak >> 20);
        out.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        return out;
    }

    /** An OAI-PMH ListRecords-like page of about 20 KB, fixed for the whole run. */
    private static byte[] page() {
        StringBuilder b = new StringBuilder(21_000).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2026-12-07T10:00:00Z"
                        + "</responseDate><request verb=\"ListRecords\">http://127.0.0.1/oai</request><ListRecords>\n");
        for (int i = 0; b.length() < 20_000; i++) {
            b.append(String.format(Locale.ROOT, "<record><header><identifier>oai:school.nl:video-%06d</identifier>"
                    + "<datestamp>2026-12-07T10:00:00Z</datestamp><setSpec>wiskunde</setSpec></header><metadata>"
                    + "<lom><general><title><langstring xml:lang=\"nl\">Breuken vereenvoudigen deel %d</langstring>"
                    + "</title><description><langstring xml:lang=\"nl\">Een leerling legt stap voor stap uit hoe je"
                    + " breuken vereenvoudigt, met drie oefenvragen aan het eind.</langstring></description>"
                    + "</general></lom></metadata></record>\n", i, i));
        }
        return b.append("</ListRecords></OAI-PMH>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
