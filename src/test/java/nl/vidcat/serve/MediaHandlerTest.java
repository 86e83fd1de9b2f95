package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaHandlerTest {

    private static final String ID = "breuken-vereenvoudigen-a52bdd51";
    private static final String POSTER = "/media/" + ID + "/poster.jpg";

    @TempDir
    Path tmp;
    private MediaCatalog m;
    private byte[] poster;

    @BeforeEach
    void start() throws IOException {
        m = new MediaCatalog(tmp);
        m.add(ID, true);
        poster = Files.readAllBytes(m.file(ID, "poster.jpg"));
    }

    @AfterEach
    void stop() {
        m.close();
    }

    @Test
    void servesEachDerivedFileWithItsContentType() throws IOException {
        Map<String, String> types = Map.of("web-720p.mp4", "video/mp4", "web-360p.webm", "video/webm",
                "poster.jpg", "image/jpeg", "poster.webp", "image/webp", "storyboard.jpg", "image/jpeg",
                "storyboard.vtt", "text/vtt; charset=utf-8", "subtitles.nl.vtt", "text/vtt; charset=utf-8");
        for (String name : MediaCatalog.DERIVED) {
            RawHttp.Response r = m.get(MediaHandler.urlPath(MediaCatalog.f(ID, name)));
            assertEquals(200, r.status(), name);
            assertEquals(types.get(name), r.header("Content-Type"), name);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("bytes", r.header("Accept-Ranges"));
            assertEquals(MediaHandler.CACHE_CONTROL, r.header("Cache-Control"));
            assertNotNull(r.header("Last-Modified"));
            assertEquals(MediaCatalog.content(ID, name), r.text(), name);
            assertEquals(String.valueOf(r.body().length), r.header("Content-Length"));
        }
    }

    @Test
    void headSendsTheHeadersOnly() throws IOException {
        RawHttp.Response get = m.get(POSTER);
        RawHttp.Response head = m.request("HEAD", POSTER);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(poster.length), head.header("Content-Length"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals("image/jpeg", head.header("Content-Type"));
    }

    @Test
    void etagIsStrongAndLastModifiedIsAnHttpDate() throws IOException {
        Files.setLastModifiedTime(m.file(ID, "poster.jpg"), FileTime.fromMillis(784_111_777_000L));
        RawHttp.Response r = m.get(POSTER);
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", r.header("Last-Modified"));
        String etag = r.header("ETag");
        assertEquals('"', etag.charAt(0));
        assertEquals('"', etag.charAt(etag.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void otherMethodsAre405WithAllow(String method) throws IOException {
        RawHttp.Response r = m.request(method, POSTER, "Content-Length: 0");
        assertEquals(405, r.status());
        assertEquals("GET, HEAD", r.header("Allow"));
    }

    @Test
    void firstMiddleSuffixAndOpenEndedRanges() throws IOException {
        int n = poster.length;
        assertRange("bytes=0-9", 0, 9);
        assertRange("bytes=5-14", 5, 14);
        assertRange("bytes=-7", n - 7, n - 1);
        assertRange("bytes=10-", 10, n - 1);
        assertRange("bytes=3-" + (n + 1000), 3, n - 1);
        assertRange("bytes=-" + (n + 1000), 0, n - 1);
        assertRange("bytes=" + (n - 1) + "-" + (n - 1), n - 1, n - 1);
        assertRange("BYTES=0-0", 0, 0);
    }

    private void assertRange(String range, int first, int last) throws IOException {
        RawHttp.Response r = m.get(POSTER, "Range: " + range);
        assertEquals(206, r.status(), range);
        assertEquals("bytes " + first + "-" + last + "/" + poster.length, r.header("Content-Range"), range);
        assertEquals(String.valueOf(last - first + 1), r.header("Content-Length"), range);
        assertArrayEquals(Arrays.copyOfRange(poster, first, last + 1), r.body(), range);
        assertEquals("image/jpeg", r.header("Content-Type"));
    }

    @Test
    void rangesPastTheEndAre416WithTheLength() throws IOException {
        for (String range : new String[] {"bytes=" + poster.length + "-", "bytes=" + (poster.length + 5) + "-"
                + (poster.length + 9), "bytes=-0", "bytes=99999999999999999999999-"}) {
            RawHttp.Response r = m.get(POSTER, "Range: " + range);
            assertEquals(416, r.status(), range);
            assertEquals("bytes */" + poster.length, r.header("Content-Range"), range);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "bytes=9-2", "items=0-1", "bytes=", "bytes=-", "bytes 0-1", "bytes=1",
            "bytes=0x10-", "bytes=--1", "bytes=0-1,4-5", "bytes=0-1, -3"})
    void malformedAndMultipleRangesGetTheWholeFile(String range) throws IOException {
        RawHttp.Response r = m.get(POSTER, "Range: " + range);
        assertEquals(200, r.status(), range);
        assertNull(r.header("Content-Range"));
        assertArrayEquals(poster, r.body());
    }

    @Test
    void headIgnoresRange() throws IOException {
        RawHttp.Response r = m.request("HEAD", POSTER, "Range: bytes=0-1");
        assertEquals(200, r.status());
        assertEquals(String.valueOf(poster.length), r.header("Content-Length"));
    }

    @Test
    void ifNoneMatchAndIfModifiedSinceGive304() throws IOException {
        RawHttp.Response full = m.get(POSTER);
        String etag = full.header("ETag");
        for (String inm : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            RawHttp.Response r = m.get(POSTER, "If-None-Match: " + inm);
            assertEquals(304, r.status(), inm);
            assertEquals(0, r.body().length);
            assertEquals(etag, r.header("ETag"));
        }
        assertEquals(304, m.request("HEAD", POSTER, "If-None-Match: " + etag).status());
        assertEquals(200, m.get(POSTER, "If-None-Match: \"other\"").status());
        assertEquals(304, m.get(POSTER, "If-Modified-Since: " + full.header("Last-Modified")).status());
        assertEquals(200, m.get(POSTER, "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT").status());
        assertEquals(200, m.get(POSTER, "If-Modified-Since: yesterday").status());
        // If-None-Match wins over If-Modified-Since
        assertEquals(200, m.get(POSTER, "If-None-Match: \"other\"",
                "If-Modified-Since: " + full.header("Last-Modified")).status());
    }

    @Test
    void ifRangeHonoursTheRangeOnlyForTheSameFile() throws IOException {
        RawHttp.Response full = m.get(POSTER);
        String etag = full.header("ETag");
        assertEquals(206, m.get(POSTER, "Range: bytes=0-3", "If-Range: " + etag).status());
        assertEquals(206, m.get(POSTER, "Range: bytes=0-3", "If-Range: " + full.header("Last-Modified")).status());
        for (String stale : new String[] {"\"stale\"", "W/" + etag, "Sun, 06 Nov 1994 08:49:37 GMT", "garbage"}) {
            RawHttp.Response r = m.get(POSTER, "Range: bytes=0-3", "If-Range: " + stale);
            assertEquals(200, r.status(), stale);
            assertArrayEquals(poster, r.body());
        }
    }

    @Test
    void etagChangesWhenTheFileIsRemade() throws IOException {
        String before = m.get(POSTER).header("ETag");
        assertEquals(before, m.get(POSTER).header("ETag"));
        m.write(ID, "poster.jpg", "a new poster of the same length as the old one? no: " + "x".repeat(40));
        RawHttp.Response after = m.get(POSTER);
        assertNotEquals(before, after.header("ETag"));
        assertEquals(200, m.get(POSTER, "If-None-Match: " + before).status());
        assertEquals(200, m.get(POSTER, "Range: bytes=0-3", "If-Range: " + before).status());
        assertEquals(Files.readString(m.file(ID, "poster.jpg"), StandardCharsets.UTF_8), after.text());
    }

    @Test
    void sameSizeRewriteInPlaceChangesTheEtagToo() throws IOException {
        String before = m.get(POSTER).header("ETag");
        byte[] changed = poster.clone();
        changed[0] ^= 1;
        Path p = m.file(ID, "poster.jpg");
        FileTime t = Files.getLastModifiedTime(p);
        Files.write(p, changed);
        Files.setLastModifiedTime(p, FileTime.fromMillis(t.toMillis() + 1000));
        assertNotEquals(before, m.get(POSTER).header("ETag"));
    }

    @Test
    void emptyFileIsServedAndAnyRangeOfItIs416() throws IOException {
        m.write(ID, "storyboard.vtt", "");
        String url = "/media/" + ID + "/storyboard.vtt";
        RawHttp.Response r = m.get(url);
        assertEquals(200, r.status());
        assertEquals("0", r.header("Content-Length"));
        assertEquals(416, m.get(url, "Range: bytes=0-").status());
        assertEquals(416, m.get(url, "Range: bytes=-5").status());
    }

    @Test
    void aQueryStringIsIgnored() throws IOException {
        assertArrayEquals(poster, m.get(POSTER + "?v=2").body());
    }
}
