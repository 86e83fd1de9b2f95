package nl.vidcat.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded load through Debian's {@code wrk}: C, one event loop per thread, so on a 2-core machine it takes far less
 * CPU than the server it loads (a Java HttpClient generator would take about as much as the server and measure
 * itself). Every connection is kept alive; the requests cycle through a list of paths (a Lua script), so the
 * server cannot answer one cached request. Loopback only: the base URI must be 127.0.0.1.
 */
final class Wrk {

    /** What one run measured; latencies in milliseconds, errors = socket errors + non-2xx/3xx answers. */
    record Result(long requests, double seconds, double perSecond, double p50, double p99, long errors) {
        String row() {
            return String.format(Locale.ROOT, "%,9.0f/s  p50 %6.2f ms  p99 %7.2f ms  %,d requests  %d errors",
                    perSecond, p50, p99, requests, errors);
        }
    }

    private static final String SCRIPT = """
            local paths = {}
            local i = 0
            function init(args)
              for line in io.lines(args[1]) do paths[#paths + 1] = line end
              i = math.random(#paths)
            end
            function request()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            """;

    private final Path work;

    Wrk(Path work) {
        this.work = work;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** {@code connections} keep-alive connections on 2 wrk threads for {@code seconds}, over {@code paths}. */
    Result run(URI base, List<String> paths, int connections, int seconds) throws IOException, InterruptedException {
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("load goes to 127.0.0.1 only, not " + base);
        }
        Path script = Files.writeString(work.resolve("paths.lua"), SCRIPT);
        Path list = Files.write(work.resolve("paths.txt"), paths);
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "10s", "-s", script.toString(), base.toString(), "--", list.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        return parse(out);
    }

    static Result parse(String out) {
        Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s|m)").matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        long requests = Long.parseLong(total.group(1));
        double seconds = Double.parseDouble(total.group(2)) * switch (total.group(3)) {
            case "ms" -> 0.001;
            case "m" -> 60;
            default -> 1;
        };
        long errors = 0;
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        return new Result(requests, seconds, requests / seconds, percentile(out, "50%"), percentile(out, "99%"),
                errors);
    }

    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + which + " latency in wrk output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    /** Paths for {@link #run}: each of {@code queries} in turn. */
    static List<String> paths(String prefix, List<String> queries) {
        List<String> out = new ArrayList<>();
        for (String q : queries) {
            out.add(prefix + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return out;
    }
}
