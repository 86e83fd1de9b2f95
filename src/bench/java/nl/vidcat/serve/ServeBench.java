package nl.vidcat.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench/serve}: bounded load on a running {@code vidcat serve} on 127.0.0.1 (the script generates the
 * catalogue, exports, indexes and starts it): (a) full OAI-PMH harvests of the {@code lom} records, timed, next to
 * the same harvest of the static export behind nginx with the documented map; (b) N concurrent clients on
 * {@code /api/search} with varied Dutch queries and facets; (c) ListRecords pages under the same concurrency, serve
 * and nginx; (d) serve's heap. Prints a summary table with the targets.
 * Arguments: RECORDS SECONDS SERVE_BASE SERVE_PID SEARCH_BASE SEARCH_PID [NGINX_OAI_URL]; SEARCH_BASE and SEARCH_PID
 * are serve's own unless a search server elsewhere is to be measured.
 */
public final class ServeBench {

    private static final int CONNECTIONS = 50;
    private static final int WARM_UP_SECONDS = 10;
    private static final int WARM_UP_ROUNDS = 9;
    /** Two warm-up loads whose CPU per search differs by at most this fraction: the JIT is done. */
    private static final double SETTLED = 0.05;
    private static final List<String> QUERIES = List.of("breuken", "breuk vereenvoudigen", "fotosynthese",
            "gouden eeuw", "werkwoordspelling", "klimaat", "vulkanen", "vulkaan", "menselijk lichaam", "stroomkring",
            "pythagoras", "franse revolutie", "kaartlezen", "vergelijkingen oplossen", "procenten", "grafieken lezen",
            "onregelmatige werkwoorden", "engelse tijden", "werkwoorden", "verhoudingen", "fotosyntese", "lichaam",
            "revolutie frankrijk", "de gouden eeuw", "");
    private static final List<String> FACETS = List.of("", "&subject=wiskunde", "&subject=biologie",
            "&subject=geschiedenis", "&level=havo", "&level=vwo", "&year=2", "&subject=aardrijkskunde&level=havo");

    private final Map<String, String> rows = new LinkedHashMap<>();
    private static long servePid;
    private static long searchPid;

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        URI serve = URI.create(args[2]);
        long pid = Long.parseLong(args[3]);
        URI search = URI.create(args[4]);
        searchPid = Long.parseLong(args[5]);
        URI nginx = args.length > 6 ? URI.create(args[6]) : null;
        servePid = pid;
        Path work = Files.createTempDirectory("vidcat-bench-serve");
        try (JstatWatch heap = new JstatWatch(pid)) {
            new ServeBench().run(records, seconds, new URI[] {serve, search, nginx}, new Wrk(work), heap);
        } finally {
            nl.vidcat.io.AtomicFiles.deleteTree(work);
        }
    }

    private void run(int records, int seconds, URI[] bases, Wrk wrk, JstatWatch heap) throws Exception {
        URI serve = bases[0];
        URI nginx = bases[2];
        URI oai = URI.create(serve + "/oai");
        OaiHarvest client = new OaiHarvest();
        System.out.printf(Locale.ROOT, "bench/serve: %,d records, %d clients, %d s per load, %d cores%n", records,
                CONNECTIONS, seconds, Runtime.getRuntime().availableProcessors());
        client.harvest(oai, "lom", 10); // warm-up of both sides, not counted
        if (nginx != null) {
            client.harvest(nginx, "lom", 10);
        }
        OaiHarvest.Result served = harvests(client, oai, records, "serve");
        OaiHarvest.Result fromFiles = nginx == null ? null : harvests(client, nginx, records, "nginx");
        rows.put("(a) full harvest, lom, serve", String.format(Locale.ROOT, "%.1f s (%,d records, %d pages, %,d MB)",
                served.seconds(), served.records(), served.pages(), served.bytes() >> 20) + target(served.seconds() < 30,
                "< 30 s"));
        if (fromFiles != null) {
            rows.put("(a) full harvest, lom, nginx static", String.format(Locale.ROOT, "%.1f s; serve / nginx %.2fx",
                    fromFiles.seconds(), served.seconds() / fromFiles.seconds()));
        } else {
            rows.put("(a) full harvest, lom, nginx static", "skipped (nginx not installed; run as root to install)");
        }
        heap.reset();
        search(bases[1], seconds, wrk, bases[1].equals(serve) ? "" : " (search at " + bases[1] + ")");
        String searchHeap = bases[1].equals(serve) ? String.format(Locale.ROOT, "%.0f MB", heap.peakMb()) : "-";
        heap.reset();
        double cpu = cpuSeconds(servePid);
        Wrk.Result pages = wrk.run(serve, served.pagePaths(), CONNECTIONS, seconds);
        cpu = cpuSeconds(servePid) - cpu;
        rows.put("(c) ListRecords pages, serve", pages.row() + String.format(Locale.ROOT, "; CPU %.1f ms per page",
                cpu * 1000 / pages.requests()));
        if (fromFiles != null) {
            Wrk.Result static_ = wrk.run(nginx, fromFiles.pagePaths(), CONNECTIONS, seconds);
            rows.put("(c) ListRecords pages, nginx static", static_.row() + String.format(Locale.ROOT,
                    "; serve / nginx %.2fx", pages.perSecond() / static_.perSecond()));
        }
        rows.put("(d) serve heap", String.format(Locale.ROOT, "peak in use %s under search, %.0f MB under"
                + " ListRecords; live after a full GC %.0f MB; peak RSS %.0f MB", searchHeap, heap.peakMb(),
                heap.liveMb(), heap.peakRssMb()));
        System.out.println();
        rows.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-38s %s%n", k, v));
    }

    /** Two full harvests, the faster counts; each must bring every record exactly once. */
    private static OaiHarvest.Result harvests(OaiHarvest client, URI oai, int records, String side) throws Exception {
        OaiHarvest.Result best = null;
        for (int round = 1; round <= 2; round++) {
            OaiHarvest.Result r = client.harvest(oai, "lom", Integer.MAX_VALUE);
            if (r.records() < records) {
                throw new IllegalStateException(side + " harvest brought " + r.records() + " of " + records
                        + " records");
            }
            System.out.printf(Locale.ROOT, "harvest %d %-5s %.2f s, %,d records (%d deleted), %d pages%n", round,
                    side, r.seconds(), r.records(), r.deleted(), r.pages());
            best = best == null || r.seconds() < best.seconds() ? r : best;
        }
        return best;
    }

    private void search(URI serve, int seconds, Wrk wrk, String note) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < QUERIES.size() * FACETS.size(); i++) {
            paths.add(Wrk.paths("/api/search?q=", List.of(QUERIES.get(i % QUERIES.size()))).get(0)
                    + FACETS.get(i / QUERIES.size()));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < paths.size(); i++) { // all answer 200 first: an error under load is the load's
                int status = http.send(HttpRequest.newBuilder(serve.resolve(paths.get(i))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 404 && i == 0) {
                    rows.put("(b) /api/search", "skipped: this serve has no /api/search");
                    return;
                }
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status + " for " + paths.get(i));
                }
            }
        }
        warmUp(serve, paths, wrk);
        double cpu = cpuSeconds(searchPid);
        Wrk.Result r = wrk.run(serve, paths, CONNECTIONS, seconds);
        cpu = cpuSeconds(searchPid) - cpu;
        rows.put("(b) server CPU per search", String.format(Locale.ROOT, "%.2f ms", cpu * 1000 / r.requests()));
        rows.put("(b) /api/search, " + paths.size() + " query+facet paths" + note, r.row()
                + target(r.p99() < 100 && r.errors() == 0, "p99 < 100 ms, 0 errors"));
    }

    /**
     * Loads of {@link #WARM_UP_SECONDS} until the server's CPU per search settles: right after start the JIT compiles
     * the search path on the same two cores it serves from, which takes well over a short warm-up under full load.
     * A server runs for days, so the measured load comes after; the first load's figures are printed too.
     */
    private void warmUp(URI serve, List<String> paths, Wrk wrk) throws Exception {
        double last = Double.NaN;
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            double cpu = cpuSeconds(searchPid);
            Wrk.Result w = wrk.run(serve, paths, CONNECTIONS, WARM_UP_SECONDS);
            double perSearch = (cpuSeconds(searchPid) - cpu) * 1000 / Math.max(1, w.requests());
            System.out.printf(Locale.ROOT, "search warm-up %d (%d s): %s; CPU %.2f ms per search%n", round,
                    WARM_UP_SECONDS, w.row(), perSearch);
            if (round == 1) {
                rows.put("(b) /api/search, first " + WARM_UP_SECONDS + " s after start", w.row()
                        + String.format(Locale.ROOT, "; CPU %.2f ms per search", perSearch));
            }
            if (Math.abs(perSearch - last) <= SETTLED * last) {
                rows.put("(b) warm-up until CPU per search settled", round * WARM_UP_SECONDS + " s");
                return;
            }
            last = perSearch;
        }
        rows.put("(b) warm-up until CPU per search settled", "not settled after " + WARM_UP_ROUNDS * WARM_UP_SECONDS
                + " s (a busy machine?)");
    }

    /** User + system CPU seconds of process {@code pid} so far (/proc/PID/stat, 100 ticks a second). */
    private static double cpuSeconds(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static String target(boolean met, String what) {
        return "  [target " + what + ": " + (met ? "met" : "NOT met") + "]";
    }
}
