package nl.vidcat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's HTML without a browser: offline, lazy, escaped, and what it does with and without media. */
class ReportHtmlTest {

    private static final Pattern URL_ATTR = Pattern.compile("\\b(?:src|href|srcset|poster|data-base)=\"([^\"]*)\"");

    @TempDir
    Path tmp;

    @Test
    void everyPageWorksOfflineWithOnlyRelativeOrInlineAssets() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        ReportFixtures.playable(c, "breuken-vereenvoudigen-3f9a2c1d", 2);
        Path dir = ReportWriter.defaultDir(c);
        ReportWriterTest.writer().write(c, dir, Progress.NONE);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertEquals(ReportFixtures.VIDEOS.size() + 4, files.size(), files.toString()); // + index, css, js, marker
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/").matcher(text.replace("http://www.w3.org", ""))
                    .find(), f + " refers to a network address");
            assertFalse(text.contains("@import"), f.toString());
            Matcher m = URL_ATTR.matcher(text);
            while (m.find()) {
                String url = m.group(1);
                assertFalse(url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !url.startsWith("data:"), f + ": " + url);
                assertFalse(url.startsWith("/"), f + ": absolute path " + url);
                if (!url.startsWith("data:") && !url.startsWith("#") && !url.isEmpty()) {
                    Path target = f.getParent().resolve(url.replaceAll("[#?].*", "").replace("%20", " ")).normalize();
                    assertTrue(Files.exists(target), f + " links to a missing " + url);
                }
            }
        }
    }

    @Test
    void gridImagesAreLazyAndTheMarkupStaysCompact() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        ReportWriterTest.writer().write(c, ReportWriter.defaultDir(c), Progress.NONE);
        String index = Files.readString(ReportWriter.defaultDir(c).resolve("index.html"));
        Matcher img = Pattern.compile("<img [^>]*>").matcher(index);
        int images = 0;
        while (img.find()) {
            images++;
            assertTrue(img.group().contains("loading=\"lazy\""), img.group());
            assertTrue(img.group().contains("width=\"320\" height=\"180\""), "sized, so lazy loading does not reflow");
        }
        assertEquals(ReportFixtures.VIDEOS.size() - 1, images, "every video with a poster has one image");
        assertEquals(1, ReportWriterTest.count(index, "<span class=\"noposter\">Geen poster</span>"));
        assertFalse(index.contains("style=\""), "no inline styles per card");
        assertFalse(index.contains("data:image"), "posters are linked, not inlined");
    }

    @Test
    void aVideoWithAllMediaGetsWebpPosterPlayerCaptionsAndStoryboard() throws IOException {
        Catalog c = ReportFixtures.sampleCatalog(tmp.resolve("cat"));
        String id = "breuken-vereenvoudigen-3f9a2c1d";
        VideoRecord r = ReportFixtures.playable(c, id, 2);
        Path webp = c.mediaDir(id).resolve("poster.webp");
        Files.write(webp, new byte[]{'R', 'I', 'F', 'F'});
        Poster p = r.media().poster();
        c.save(r.withMedia(r.media().withPoster(new Poster(p.jpeg(), "media/" + id + "/poster.webp", 1, 1, 640, 360),
                r.media().storyboard()), r.updatedAt()));
        Path dir = ReportWriter.defaultDir(c);
        ReportWriterTest.writer().write(c, dir, Progress.NONE);

        String index = Files.readString(dir.resolve("index.html"));
        assertTrue(index.contains("<picture><source type=\"image/webp\" srcset=\"../media/" + id + "/poster.webp\">"
                + "<img src=\"../media/" + id + "/poster.jpg\" loading=\"lazy\""), index);
        String page = Files.readString(dir.resolve("videos/" + id + ".html"));
        assertTrue(page.contains("<video id=\"player\""));
        assertTrue(page.contains("poster=\"../../media/" + id + "/poster.jpg\""));
        assertTrue(page.contains("<source src=\"../../media/" + id + "/720p.mp4\" type=\"video/mp4\">"));
        // captions travel inside the page: browsers refuse <track src> files from file:// pages
        Matcher track = Pattern.compile("<track kind=\"subtitles\" srclang=\"nl\" label=\"Nederlands\" src=\"data:text/vtt;"
                + "charset=utf-8;base64,([A-Za-z0-9+/=]+)\" default>").matcher(page);
        assertTrue(track.find(), page);
        assertTrue(new String(Base64.getDecoder().decode(track.group(1)), StandardCharsets.UTF_8)
                .contains("Vandaag leren we breuken vereenvoudigen"));
        assertTrue(page.contains("<track kind=\"metadata\" id=\"storyboard\""));
        assertTrue(page.contains("data-base=\"../../media/" + id + "/\""));
        assertTrue(page.contains("id=\"scrub-range\""));
    }

    @Test
    void aVideoBeforeTheMediaStageDegradesToPlaceholders() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        VideoRecord r = RecordFixtures.sample("breuken-00000001", "Breuken", "wiskunde", "havo", "1", "KD22");
        ReportFixtures.source(c, r);
        c.save(r);
        // a record that names media files which are not (or no longer) on disk
        VideoRecord gone = RecordFixtures.sample("ohm-00000002", "Wet van Ohm", "natuurkunde", "vwo", "3", "KD31");
        ReportFixtures.source(c, gone);
        c.save(gone.withMedia(new Media(List.of(ReportFixtures.rendition(gone.id(), 60)),
                new Poster("media/ohm-00000002/poster.jpg", "media/ohm-00000002/poster.webp", 1, 1, 640, 360),
                new Storyboard("media/ohm-00000002/sb.jpg", "media/ohm-00000002/sb.vtt", 1, 160, 90, 5, 10),
                List.of(new SubtitleTrack("media/ohm-00000002/nl.vtt", "nl", "d".repeat(64))), null), gone.updatedAt()));
        Path dir = ReportWriter.defaultDir(c);
        ReportWriter.Result result = ReportWriterTest.writer().write(c, dir, Progress.NONE);
        assertEquals(2, result.videos());

        String index = Files.readString(dir.resolve("index.html"));
        assertEquals(2, ReportWriterTest.count(index, "<span class=\"noposter\">Geen poster</span>"));
        assertFalse(index.contains("<img"));
        for (String id : List.of(r.id(), gone.id())) {
            String page = Files.readString(dir.resolve("videos/" + id + ".html"));
            assertFalse(page.contains("<video"), id);
            assertFalse(page.contains("<track"), id);
            assertTrue(page.contains("Er is nog geen webversie om af te spelen"), id);
        }
        // the validator, not the report, says which files are missing
        String gonePage = Files.readString(dir.resolve("videos/" + gone.id() + ".html"));
        assertTrue(gonePage.contains("media.missing"), gonePage);
        assertTrue(gonePage.contains("720p.mp4 ontbreekt in de catalogus"));
    }

    /** Issue 17: a right-to-left override would show "Huiswerk U+202E gnp.exe" as "Huiswerk exe.png". */
    @Test
    void controlAndBidiCharactersAreLeftOut() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("huiswerk-1a2b3c4d", "Huiswerk \u202Egnp.exe \u001B]0;pwned\u0007\u2066x\u2069\u200F\u0085",
                "wiskunde", "havo", "1", "KD22"));
        Path dir = ReportWriter.defaultDir(c);
        ReportWriterTest.writer().write(c, dir, Progress.NONE);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p, StandardCharsets.UTF_8);
                assertEquals(-1, ControlCharacters.indexOf(html), p.toString());
                assertTrue(html.contains("Huiswerk gnp.exe ]0;pwnedx"), p.toString());
            }
        }
    }

    @Test
    void recordPathsOutsideTheCatalogAreNeverLinked() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        Files.writeString(tmp.resolve("secret.jpg"), "not for the report");
        VideoRecord r = RecordFixtures.sample("breuken-00000001", "Breuken", "wiskunde", "havo", "1", "KD22");
        ReportFixtures.source(c, r);
        c.save(r.withMedia(Media.EMPTY.withPoster(new Poster("../secret.jpg", null, 1, 1, 640, 360), null)
                .withRenditions(List.of(new Rendition("720p", "web-720p", "/etc/passwd", 1280, 720, "h264", "High",
                        "yuv420p", "aac", 10, 1, 1, "e".repeat(64), false, true))), r.updatedAt()));
        Path dir = ReportWriter.defaultDir(c);
        ReportWriterTest.writer().write(c, dir, Progress.NONE);
        String index = Files.readString(dir.resolve("index.html"));
        String page = Files.readString(dir.resolve("videos/breuken-00000001.html"));
        for (String html : List.of(index, page)) {
            assertFalse(html.contains("secret.jpg\""));
            assertFalse(html.contains("passwd\""));
        }
    }
}
