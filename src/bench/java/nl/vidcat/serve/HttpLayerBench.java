package nl.vidcat.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vidcat.io.Json;

/**
 * {@code bench/http-layer}: the JDK's HTTP server (virtual threads; with and without TCP_NODELAY) against Jetty 12,
 * each in its own JVM with the same heap, serving the same answers ({@link LayerServer}) under the same load: N
 * keep-alive connections through {@code wrk} for S seconds, first on a fixed ~20 KB XML page, then on a small JSON
 * answer computed per request. Each side warms up first; rounds alternate the sides and each side's best round
 * counts. Reports requests/s, p50/p99, errors, the server's CPU time per 1,000 requests and its peak heap.
 */
public final class HttpLayerBench {

    private static final List<String> SIDES = List.of("jdk", "jdk-nodelay", "jetty");
    private static final List<String> QUERIES = List.of("breuken", "fotosynthese", "de gouden eeuw", "procenten",
            "werkwoordspelling", "klimaat", "vulkanen", "stroomkring", "pythagoras", "franse revolutie", "kaartlezen",
            "vergelijkingen oplossen", "bloedsomloop", "tachtigjarige oorlog", "present perfect", "rivierdelta");

    private record Measured(Wrk.Result load, double cpuMsPer1000, long peakHeapMb) {
    }

    private HttpLayerBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args.length > 0 ? args[0] : "20");
        int rounds = Integer.parseInt(args.length > 1 ? args[1] : "2");
        int connections = Integer.parseInt(args.length > 2 ? args[2] : "50");
        Path work = Files.createTempDirectory("vidcat-bench-http-layer");
        Wrk wrk = new Wrk(work);
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("page", List.of("/page"));
        endpoints.put("json", Wrk.paths("/json?q=", QUERIES));
        System.out.printf(Locale.ROOT, "bench/http-layer: %d connections, %d s per endpoint, %d rounds, %d cores%n",
                connections, seconds, rounds, Runtime.getRuntime().availableProcessors());
        Map<String, Measured> best = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String side : SIDES) {
                Process server = start(side);
                try {
                    URI base = URI.create("http://127.0.0.1:" + port(server));
                    for (List<String> paths : endpoints.values()) {
                        wrk.run(base, paths, connections, Math.max(3, seconds / 4)); // warm-up, not counted
                    }
                    for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
                        JsonNode before = stats(base, true);
                        Wrk.Result r = wrk.run(base, e.getValue(), connections, seconds);
                        JsonNode after = stats(base, false);
                        long served = after.get("requests").asLong() - before.get("requests").asLong();
                        double cpu = after.get("cpuSeconds").asDouble() - before.get("cpuSeconds").asDouble();
                        Measured m = new Measured(r, cpu * 1e6 / Math.max(1, served), after.get("peakHeapMb").asLong());
                        System.out.printf(Locale.ROOT, "round %d %-12s %-5s %s  server CPU %.1f ms/1000 req  heap %d MB%n",
                                round, side, e.getKey(), r.row(), m.cpuMsPer1000(), m.peakHeapMb());
                        best.merge(side + " " + e.getKey(), m,
                                (a, b) -> a.load().perSecond() >= b.load().perSecond() ? a : b);
                    }
                } finally {
                    server.destroy();
                    server.waitFor();
                }
            }
        }
        summary(best);
        nl.vidcat.io.AtomicFiles.deleteTree(work);
    }

    private static void summary(Map<String, Measured> best) {
        System.out.println();
        System.out.println("best round per side | endpoint | requests/s | p50 ms | p99 ms | errors | server CPU ms/1000 req"
                + " | peak heap MB");
        best.forEach((k, m) -> System.out.printf(Locale.ROOT, "%-18s | %,.0f | %.2f | %.2f | %d | %.1f | %d%n", k,
                m.load().perSecond(), m.load().p50(), m.load().p99(), m.load().errors(), m.cpuMsPer1000(),
                m.peakHeapMb()));
        for (String endpoint : List.of("page", "json")) {
            Measured jdk = best.get("jdk-nodelay " + endpoint);
            Measured jetty = best.get("jetty " + endpoint);
            System.out.printf(Locale.ROOT, "%s: JDK (nodelay) / Jetty: throughput %.2fx, p99 %.2fx, CPU per request"
                    + " %.2fx%n", endpoint, jdk.load().perSecond() / jetty.load().perSecond(),
                    jdk.load().p99() / jetty.load().p99(), jdk.cpuMsPer1000() / jetty.cpuMsPer1000());
        }
    }

    /** The server side in its own JVM, same heap and options for every side. */
    private static Process start(String side) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseG1GC", "-Dlog4j2.level=WARN",
                "-Dsun.net.httpserver.nodelay=" + side.equals("jdk-nodelay"),
                "-cp", System.getProperty("java.class.path"), LayerServer.class.getName(),
                side.startsWith("jdk") ? "jdk" : "jetty"));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int port(Process server) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("listening ")) {
                return Integer.parseInt(line.substring("listening ".length()).trim());
            }
        }
        throw new IOException("the server side ended before it listened");
    }

    private static JsonNode stats(URI base, boolean reset) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve("/stats" + (reset ? "?reset" : "")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return Json.mapper().readTree(r.body());
        }
    }
}
