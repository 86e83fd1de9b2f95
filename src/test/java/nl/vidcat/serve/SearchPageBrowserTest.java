package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.vidcat.report.ReportBrowserTest;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in headless Chromium against a real server on loopback (page, API and {@code /media}): a person
 * types a query, ticks a facet and plays a video. Skipped when no Chromium is installed (Debian:
 * {@code apt-get install chromium}); {@code -Dvidcat.chromium=/path} picks another. The screenshot goes to
 * {@code target/serve-screenshots/search.png}.
 */
@Tag("slow")
class SearchPageBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void typeAQueryTickAFacetAndPlayAVideo() throws Exception {
        Path chromium = ReportBrowserTest.findChromium().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
        Catalog c = SearchFixtures.catalog(tmp.resolve("cat"));
        SearchFixtures.playable(c, SearchFixtures.OPTELLEN, 6);
        SearchFixtures.playable(c, SearchFixtures.VEREENVOUDIGEN, 6);
        try (SearchApi api = new SearchApi(c.layout(), () -> SearchFixtures.PUBLISHED::contains);
             ServeFixtures server = ServeFixtures.start(Map.of("/", new SearchPage(), SearchApi.PATH, api, "/media/",
                     new MediaHandler(c.layout(), SearchFixtures.PUBLISHED::contains)));
             HeadlessChromium browser = HeadlessChromium.start(chromium, tmp.resolve("profile"), 1280, 1100)) {
            browser.call("Page.enable", Map.of());
            browser.call("Page.navigate", Map.of("url", server.base() + "/"));
            browser.waitFor("document.body.dataset.ready === 'true'", 30);
            assertEquals(SearchFixtures.PUBLISHED.size(), browser.eval("+document.body.dataset.total").asInt(),
                    "an empty search lists every published video");

            browser.click("#q");
            browser.type("breuken");
            browser.waitFor("document.body.dataset.shown === 'q=breuken'", 30);
            assertEquals("?q=breuken", browser.eval("location.search").asText());
            assertEquals(SearchFixtures.PUBLISHED.size(), browser.eval("document.querySelectorAll('#lijst li.hit').length")
                    .asInt());
            assertEquals("breuken", browser.eval("document.querySelector('#lijst mark').textContent.toLowerCase()").asText());

            browser.click("#filters input[name=subject][value=wiskunde]");
            browser.waitFor("document.body.dataset.shown === 'q=breuken&subject=wiskunde'", 30);
            assertEquals("?q=breuken&subject=wiskunde", browser.eval("location.search").asText());
            assertEquals(2, browser.eval("document.querySelectorAll('#lijst li.hit').length").asInt());
            assertTrue(browser.eval("document.querySelector('#filters input[value=informatica]') !== null").asBoolean(),
                    "drill-sideways: the other subject stays choosable");
            assertEquals("2 video’s gevonden.", browser.eval("document.getElementById('status').textContent").asText());

            browser.click("#lijst li[data-id='" + SearchFixtures.OPTELLEN + "'] button.poster");
            browser.waitFor("!document.getElementById('speler').hidden", 10);
            // playing: the video has enough data and its clock runs
            browser.waitFor("document.getElementById('video').readyState === 4"
                    + " && document.getElementById('video').currentTime > 0.5", 60);
            assertEquals("/media/" + SearchFixtures.OPTELLEN + "/720p.mp4",
                    browser.eval("new URL(document.getElementById('video').currentSrc).pathname").asText());
            browser.waitFor("document.getElementById('video').textTracks.length === 1"
                    + " && document.getElementById('video').textTracks[0].mode === 'showing'", 10);
            assertFalse(browser.eval("'pwned' in document.body.dataset").asBoolean(), "record text ran as script");

            Path dir = Path.of("target", "serve-screenshots").toAbsolutePath();
            Files.createDirectories(dir);
            Files.write(dir.resolve("search.png"), browser.screenshot());
            assertTrue(Files.size(dir.resolve("search.png")) > 10_000, "the screenshot is empty");
        }
    }

    @Test
    void hostileRecordTextStaysText() throws Exception {
        Path chromium = ReportBrowserTest.findChromium().orElse(null);
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
        Catalog c = SearchFixtures.catalog(tmp.resolve("cat"));
        try (SearchApi api = new SearchApi(c.layout(), () -> SearchFixtures.PUBLISHED::contains);
             ServeFixtures server = ServeFixtures.start(Map.of("/", new SearchPage(), SearchApi.PATH, api));
             HeadlessChromium browser = HeadlessChromium.start(chromium, tmp.resolve("profile"), 1280, 900)) {
            browser.call("Page.navigate", Map.of("url", server.base() + "/?q=vet"));
            browser.waitFor("document.body.dataset.shown === 'q=vet'", 30);
            assertEquals(SearchFixtures.SCRIPT_TITLE, browser.eval("document.querySelector('#lijst h3').textContent").asText());
            assertEquals(0, browser.eval("document.querySelectorAll('#lijst script, #lijst img[src=x], #lijst b').length").asInt());
            assertFalse(browser.eval("'pwned' in document.body.dataset").asBoolean(), "record text ran as script");
        }
    }
}
