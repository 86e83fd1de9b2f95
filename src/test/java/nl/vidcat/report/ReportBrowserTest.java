package nl.vidcat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RecordFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens the pages from disk (file://, as a coordinator does), runs
 * the page's script and hands back the resulting DOM. Filters are set through the URL fragment, which the page reads
 * on load. Skipped when no Chromium is installed (Debian: {@code apt-get install chromium}); set
 * {@code -Dvidcat.chromium=/path/to/chrome} to use another one. Screenshots go to {@code target/report-screenshots}.
 */
@Tag("slow")
public class ReportBrowserTest {

    private static final String FIRST = "breuken-vereenvoudigen-3f9a2c1d";
    private static final Pattern CARD = Pattern.compile("<li class=\"card\"([^>]*)>");

    @TempDir
    static Path tmp;

    static Path chromium;
    static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        chromium = findChromium().orElse(null);
        if (chromium == null) {
            return;
        }
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        ReportFixtures.playable(c, FIRST, 4);
        new ReportWriter(Clock.fixed(RecordFixtures.T0.plusSeconds(86_400 * 30), ZoneOffset.UTC))
                .write(c, ReportWriter.defaultDir(c), Progress.NONE);
        report = ReportWriter.defaultDir(c);
    }

    /** Per test rather than per class, so the skips show in the test counts. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
    }

    @Test
    void theGridShowsEveryVideoAndNoRecordScriptRuns() throws IOException {
        String dom = dom(report.resolve("index.html"), "");
        assertTrue(dom.contains("data-ready=\"true\""), "the page script ran");
        List<String> cards = cards(dom);
        assertEquals(ReportFixtures.VIDEOS.size(), cards.size());
        assertTrue(cards.stream().noneMatch(a -> a.contains("hidden")), "nothing filtered without a filter");
        assertTrue(dom.contains("data-shown=\"" + ReportFixtures.VIDEOS.size() + "\""));
        // the title "<script>document.body.dataset.pwned=…" stayed text: the browser never ran it
        assertFalse(dom.contains("data-pwned"), "record text was executed as script");
        assertTrue(dom.contains("&lt;script&gt;document.body.dataset.pwned"));
        screenshot(report.resolve("index.html"), "", "index.png", 1600);
    }

    @Test
    void aFilterInTheUrlShowsOnlyMatchingVideos() throws IOException {
        String dom = dom(report.resolve("index.html"), "#vak=wiskunde");
        List<String> shown = cards(dom).stream().filter(a -> !a.contains("hidden")).toList();
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.stream().allMatch(a -> a.contains("data-vak=\"wiskunde\"")));
        assertTrue(dom.contains("2 van " + ReportFixtures.VIDEOS.size() + " video’s"));

        String approvedBroken = dom(report.resolve("index.html"), "#status=approved&controle=fout");
        List<String> broken = cards(approvedBroken).stream().filter(a -> !a.contains("hidden")).toList();
        assertFalse(broken.isEmpty());
        assertTrue(broken.stream().allMatch(a -> a.contains("data-status=\"approved\"") && a.contains("data-controle=\"fout\"")));

        String none = dom(report.resolve("index.html"), "#zoek=bestaat-niet-xyz");
        assertTrue(cards(none).stream().allMatch(a -> a.contains("hidden")));
        assertTrue(Pattern.compile("<p class=\"empty\" id=\"empty\">").matcher(none).find(), "the 'nothing found' note shows");
        screenshot(report.resolve("index.html"), "#vak=wiskunde", "index-wiskunde.png", 1000);
    }

    @Test
    void theVideoPagePlaysTheRenditionWithCaptionsAndStoryboard() throws IOException {
        Path page = report.resolve("videos/" + FIRST + ".html");
        String dom = dom(page, "");
        assertTrue(dom.contains("<source src=\"../../media/" + FIRST + "/720p.mp4\" type=\"video/mp4\">"), dom);
        assertTrue(dom.contains("<track kind=\"subtitles\" srclang=\"nl\""));
        // the storyboard WebVTT was loaded and parsed by the page script: scrubbing previews are on
        assertTrue(dom.contains("data-storyboard=\""), "storyboard cues not loaded");
        assertTrue(Pattern.compile("<div class=\"scrub\" id=\"scrub\">").matcher(dom).find(), "scrub bar stays hidden");
        screenshot(page, "", "video.png", 1200);

        String without = dom(report.resolve("videos/vraag-en-aanbod-9f3b1d45.html"), "");
        assertFalse(without.contains("<video"), "no rendition on disk: no player");
        assertTrue(without.contains("Er is nog geen webversie"));
    }

    @Test
    void theCoverageHeatMapOpensFromTheUrlWithCountsAsText() throws IOException {
        String closed = dom(report.resolve("index.html"), "");
        assertTrue(closed.contains("<details id=\"dekking-open\">"), "closed without #dekking");
        String dom = dom(report.resolve("index.html"), "#dekking");
        assertTrue(dom.contains("<details id=\"dekking-open\" open=\"\">"), "#dekking opens the section");
        // fotosynthese (biologie, havo and vwo, years 1-2) is approved: KD34 counts it in four columns, once in all
        Matcher kd34 = Pattern.compile("<tr><th scope=\"row\"><span class=\"nr\">KD 34</span> Lichaam en gezondheid</th>"
                + "(.*?)</tr>").matcher(dom);
        assertTrue(kd34.find(), "KD 34 row");
        assertEquals("<td class=\"h1\">1</td><td class=\"h1\">1</td><td class=\"h0\">0</td><td class=\"h0\">0</td>"
                + "<td class=\"h0\">0</td><td class=\"h0\">0</td><td class=\"h0 sep\">0</td><td class=\"h0\">0</td>"
                + "<td class=\"h0\">0</td><td class=\"h1\">1</td><td class=\"h1\">1</td><td class=\"h0\">0</td>"
                + "<td class=\"h1 tot\">1</td>", kd34.group(1));
        // the in-review 'stelling van Pythagoras' (KD24) does not cover its kerndoel; the words say so, not only red
        assertTrue(dom.contains("<tr class=\"leeg\"><th scope=\"row\"><span class=\"nr\">KD 24</span> Meten en metriek"
                + " stelsel <span class=\"gap\">geen video</span></th>"), "KD 24 without a video");
        assertTrue(dom.contains("<summary><b>Wiskunde</b> – 1 van 9 kerndoelen heeft een goedgekeurde video (1 video)"),
                "a line per subject");
        assertFalse(dom.contains("data-pwned"), "record text was executed as script");

        // headless Chromium paints nothing above the target of a #fragment, so the picture is of a copy opened in
        // the HTML instead: the same page, assets and styles, from the top
        Path open = report.resolve("dekking-test.html");
        Files.writeString(open, Files.readString(report.resolve("index.html"))
                .replace("<details id=\"dekking-open\">", "<details id=\"dekking-open\" open>")
                .replace("<details class=\"vak\"><summary><b>Wiskunde", "<details class=\"vak\" open><summary><b>Wiskunde"));
        screenshot(open, "", "coverage.png", 3800);
    }

    private static List<String> cards(String dom) {
        Matcher m = CARD.matcher(dom);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String dom(Path file, String fragment) throws IOException {
        Path out = Files.createTempFile(tmp, "dom", ".html");
        run(List.of("--dump-dom", file.toUri() + fragment), out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void screenshot(Path file, String fragment, String name, int height) throws IOException {
        Path dir = Path.of("target", "report-screenshots").toAbsolutePath();
        Files.createDirectories(dir);
        run(List.of("--screenshot=" + dir.resolve(name), "--window-size=1280," + height, file.toUri() + fragment), null);
        assertTrue(Files.size(dir.resolve(name)) > 10_000, "screenshot " + name + " is empty");
    }

    private static void run(List<String> args, Path stdout) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + tmp.resolve("profile"), "--virtual-time-budget=5000"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox (CI containers)
        }
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile());
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + log());
    }

    private static String log() {
        try {
            return Files.readString(tmp.resolve("chromium.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The Chromium to test pages with ({@code -Dvidcat.chromium}, else the first on the PATH); the serve tests use it too. */
    public static Optional<Path> findChromium() {
        String configured = System.getProperty("vidcat.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
                Optional<Path> found = dirs.filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
                        .filter(Files::isExecutable).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
