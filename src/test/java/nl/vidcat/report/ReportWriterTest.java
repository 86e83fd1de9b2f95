package nl.vidcat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.io.VidcatException;
import nl.vidcat.validate.Finding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path tmp;

    static ReportWriter writer() {
        return new ReportWriter(Clock.fixed(RecordFixtures.T0.plusSeconds(86_400 * 30), ZoneOffset.UTC));
    }

    @Test
    void writesAnOverviewAndAPagePerVideo() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        ReportWriter.Result r = writer().write(c, ReportWriter.defaultDir(c), Progress.NONE);
        assertEquals(ReportFixtures.VIDEOS.size(), r.videos());
        assertEquals(4, r.byStatus().get(ReviewStatus.APPROVED));
        Path dir = c.dir().resolve("report");
        String index = Files.readString(dir.resolve("index.html"));
        assertEquals(ReportFixtures.VIDEOS.size(), count(index, "<li class=\"card\""));
        for (String[] v : ReportFixtures.VIDEOS) {
            assertTrue(Files.isRegularFile(dir.resolve("videos/" + v[0] + ".html")), v[0]);
        }
        assertTrue(Files.isRegularFile(dir.resolve("assets/report.css")));
        assertTrue(Files.isRegularFile(dir.resolve("assets/report.js")));
        // posters are linked relative to the report, lazily
        assertTrue(index.contains("<img src=\"../media/breuken-vereenvoudigen-3f9a2c1d/poster.jpg\" loading=\"lazy\""), index);
        // nothing is fetched from the network
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(index).find());
        // the validator's Dutch findings and the fix-first summary: approved-but-broken first, errors before warnings
        assertTrue(index.contains("<a href=\"#bevinding=subject.unknown\"><b>Het vak staat niet in de lijst"), index);
        assertTrue(index.contains("#bevinding=goal.unknown"));
        assertTrue(index.indexOf("Goedgekeurd maar met fouten") < index.indexOf("#bevinding=goal.unknown"));
        assertTrue(index.indexOf("#bevinding=goal.unknown") < index.indexOf("#bevinding=subtitles.missing"));
        assertTrue(index.indexOf("#bevinding=subtitles.missing") < index.indexOf("Wacht op beoordeling"));
        String zuren = Files.readString(dir.resolve("videos/zuren-en-basen-d1e2f3a4.html"));
        assertTrue(zuren.contains("Kerndoel &#39;KD99&#39; bestaat niet"), zuren);
        assertTrue(zuren.contains("<code class=\"where\">/metadata/goals/0</code>"));
        String present = Files.readString(dir.resolve("videos/present-perfect-uitgelegd-71aa09b2.html"));
        assertTrue(present.contains("leerjaar &#39;tweede&#39;"), present);
        assertTrue(present.contains("metadata.csv</b>, regel 2"));
        // review history, newest first, scores in Dutch
        String pyth = Files.readString(dir.resolve("videos/breuken-vereenvoudigen-3f9a2c1d.html"));
        assertTrue(pyth.indexOf("dhr. Bakker") < pyth.indexOf("mw. Jansen"));
        assertTrue(pyth.contains("gem. 3,7 (3 leerlingen)"), pyth);
        assertTrue(pyth.contains("<td class=\"low\">2</td>"));
    }

    @Test
    void recordTextIsAlwaysEscaped() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        writer().write(c, ReportWriter.defaultDir(c), Progress.NONE);
        Path dir = c.dir().resolve("report");
        String index = Files.readString(dir.resolve("index.html"));
        String page = Files.readString(dir.resolve("videos/titel-met-code-0badc0de.html"));
        for (String html : List.of(index, page)) {
            assertEquals(1, count(html, "<script"), "only the report's own script tag");
            assertFalse(html.contains("<img src=x"));
            assertTrue(html.contains("&lt;script&gt;document.body.dataset.pwned=&#39;1&#39;&lt;/script&gt; Titel"));
        }
        assertTrue(page.contains("Beschrijving &lt;script&gt;"));
        assertTrue(page.contains("Beoordelaar &lt;script&gt;"));
        assertTrue(page.contains("&amp; &quot;quotes&quot;"));
    }

    @Test
    void makersAreNamedOnlyWithConsentAndLocationsNeverShown() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        writer().write(c, ReportWriter.defaultDir(c), Progress.NONE);
        Path dir = c.dir().resolve("report");
        String noConsent = Files.readString(dir.resolve("videos/hoe-werkt-een-dijk-5e1f0c33.html"));
        assertFalse(noConsent.contains("Sanne"));
        assertTrue(noConsent.contains("2 leerlingen (namen niet getoond: geen toestemming)"));
        String consent = Files.readString(dir.resolve("videos/breuken-vereenvoudigen-3f9a2c1d.html"));
        assertTrue(consent.contains("Sanne, Daan"));
        String gps = Files.readString(dir.resolve("videos/titel-met-code-0badc0de.html"));
        assertTrue(gps.contains("locatiegegevens (GPS)"));
        assertTrue(gps.contains("privacy.location-tags"), "the validator's privacy finding is shown");
        // the original (which may carry GPS) is never linked, only renditions
        try (Stream<Path> pages = Files.list(dir.resolve("videos"))) {
            for (Path p : pages.toList()) {
                assertFalse(Files.readString(p).contains("source.mp4\""), p.toString());
            }
        }
    }

    @Test
    void replacesItsOwnFolderButNeverSomeoneElses() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        Path out = tmp.resolve("elders/rapport");
        writer().write(c, out, Progress.NONE);
        Files.writeString(out.resolve("stale.html"), "old");
        writer().write(c, out, Progress.NONE);
        assertFalse(Files.exists(out.resolve("stale.html")), "the folder is replaced as a whole");
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("src=\"../../cat/media/breuken-vereenvoudigen-3f9a2c1d/poster.jpg\""));
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no temp or old folders left");
        }

        Path docs = tmp.resolve("documenten");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("belangrijk.docx"), "keep me");
        VidcatException e = assertThrows(VidcatException.class, () -> writer().write(c, docs, Progress.NONE));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("not a vidcat report"));
        assertEquals("keep me", Files.readString(docs.resolve("belangrijk.docx")));

        for (Path bad : List.of(c.dir(), tmp, c.dir().resolve("media/x"), c.dir().resolve("records"))) {
            assertThrows(VidcatException.class, () -> writer().write(c, bad, Progress.NONE), bad.toString());
        }
        assertEquals(ReportFixtures.VIDEOS.size(), c.records().size());
    }

    @Test
    void aFailingWriteLeavesThePreviousReport() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        Path out = ReportWriter.defaultDir(c);
        writer().write(c, out, Progress.NONE);
        String before = Files.readString(out.resolve("index.html"));
        Function<String, List<Finding>> broken = id -> {
            throw new OutOfMemoryError("simulated crash while writing");
        };
        assertThrows(OutOfMemoryError.class, () -> writer().write(c, c.records(), broken, out, Progress.NONE));
        assertEquals(before, Files.readString(out.resolve("index.html")));
        try (Stream<Path> s = Files.list(c.dir())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".report.")), "temp folder removed");
        }
    }

    @Test
    void aValidatorThatThrowsShowsOnTheRecordInsteadOfFailingTheReport() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        Function<String, List<Finding>> flaky = id -> {
            if (id.startsWith("zuren")) {
                throw new IllegalStateException("boom");
            }
            return List.of();
        };
        writer().write(c, c.records(), flaky, ReportWriter.defaultDir(c), Progress.NONE);
        assertTrue(Files.readString(c.dir().resolve("report/videos/zuren-en-basen-d1e2f3a4.html"))
                .contains("De controle van deze video mislukte"));
    }

    /** Speed is bench/report's business (tests stay free of wall-clock limits); size and count are checked here. */
    @Tag("slow")
    @Test
    void fiveThousandVideosMakeOneCompactReport() throws IOException {
        Catalog c = ReportFixtures.large(tmp.resolve("big"), 5000);
        ReportWriter.Result r = writer().write(c, ReportWriter.defaultDir(c), Progress.NONE);
        assertEquals(5000, r.videos());
        long indexSize = Files.size(c.dir().resolve("report/index.html"));
        assertTrue(indexSize < 8_000_000, "index.html is " + indexSize + " bytes");
    }

    static int count(String s, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
