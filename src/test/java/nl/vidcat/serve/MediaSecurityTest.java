package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What /media must never hand out, however it is asked, and that asking badly is a 4xx, never a crash. */
class MediaSecurityTest {

    private static final String ID = "breuken-vereenvoudigen-a52bdd51";
    private static final String DRAFT = "nog-niet-goedgekeurd-0badc0de";

    @TempDir
    Path tmp;
    private MediaCatalog m;

    @BeforeEach
    void start() throws IOException {
        m = new MediaCatalog(tmp);
        m.add(ID, true);
        m.add(DRAFT, false);
        Files.writeString(tmp.resolve("secret.txt"), "SECRET outside the catalog");
    }

    @AfterEach
    void stop() {
        m.close();
    }

    /** A refusal: the given status class, a short plain body, nothing of a file or a stack trace. */
    private static void assertRefused(RawHttp.Response r, String what) {
        assertTrue(r.status() >= 400 && r.status() < 500, what + ": " + r.status());
        String body = r.text();
        assertFalse(body.contains("ORIGINAL") || body.contains("SECRET") || body.contains(" of "), what + ": " + body);
        // the JDK server's own 400 for a request line it cannot parse says "URISyntaxException thrown": no trace
        assertFalse(body.contains("\tat ") || body.contains("Caused by") || body.contains("nl.vidcat"), what + ": " + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/media/" + ID + "/../../catalog.json",
            "/media/" + ID + "/..%2f..%2fcatalog.json",
            "/media/" + ID + "/%2e%2e/%2e%2e/catalog.json",
            "/media/%2e%2e/records/" + ID + ".json",
            "/media/" + ID + "/%2E%2E%2F%2E%2E%2Fcatalog.json",
            "/media/" + ID + "/%252e%252e/%252e%252e/catalog.json",
            "/media/" + ID + "/%252e%252e%252fcatalog.json",
            "/media/../records/" + ID + ".json",
            "/media/./" + ID + "/poster.jpg",
            "/media/" + ID + "/./poster.jpg",
            "/media/" + ID + "/..\\..\\catalog.json",
            "/media/" + ID + "/%5c..%5ccatalog.json",
            "/media/" + ID + "/poster.jpg%00.txt",
            "/media/" + ID + "/poster.jpg%00",
            "/media//etc/passwd",
            "/media/" + ID + "//etc/passwd",
            "/media/%2fetc%2fpasswd",
            "/media/" + ID + "/%2Fetc%2Fpasswd",
            "/media/" + ID + "/",
            "/media/" + ID,
            "/media/",
            "/media",
            "/media/" + ID + "/poster.jpg/",
            "/media/" + ID + "/poster.jpg/.",
            "/media/" + ID + "/sub/poster.jpg",
            "/media/" + ID + "/.poster.jpg.part-1",
            "/media/" + ID + "/poster.jpg%zz",
            "/media/" + ID + "/%C3",
            "/media/" + ID + "/%",
            "/media/" + ID + "/poster%2ejpg%2f",
            "/media/BREUKEN-VEREENVOUDIGEN-A52BDD51/poster.jpg",
            "/media/" + ID + "/POSTER.JPG",
            "/media/..%c0%af../catalog.json",
            "/mediafoo/" + ID + "/poster.jpg",
            "http://127.0.0.1/media/" + ID + "/../../catalog.json",
    })
    void pathTraversalAndOddPathsAreRefused(String target) throws IOException {
        assertRefused(m.get(target), target);
    }

    @Test
    void absolutePathsInsideTheIdOrNameAreRefused() throws IOException {
        String abs = tmp.resolve("secret.txt").toString();
        assertRefused(m.get("/media/" + ID + "/" + abs.replace("/", "%2f")), abs);
        assertRefused(m.get("/media" + abs), abs);
        assertRefused(m.get("/media/" + ID + abs), abs);
    }

    @Test
    void theWellFormedPathIsServed() throws IOException {
        assertEquals(200, m.get("/media/" + ID + "/poster.jpg").status());
        // one escape of an ordinary character decodes to the same name
        assertEquals(200, m.get("/media/" + ID + "/poster%2Ejpg").status());
    }

    @Test
    void unpublishedRecordsAreNeverServedAndLookLikeUnknownIds() throws IOException {
        for (String name : MediaCatalog.DERIVED) {
            for (String method : List.of("GET", "HEAD")) {
                RawHttp.Response unknown = m.request(method, "/media/geen-video-00000000/" + name);
                RawHttp.Response r = m.request(method, "/media/" + DRAFT + "/" + name, "Range: bytes=0-3");
                assertEquals(404, r.status(), name);
                assertRefused(r, name);
                assertEquals(unknown.headers().keySet(), r.headers().keySet());
            }
        }
        assertEquals(m.get("/media/geen-video-00000000/poster.jpg").text(), m.get("/media/" + DRAFT + "/poster.jpg").text());
    }

    @Test
    void withdrawnRecordsStopBeingServedAtOnce() throws IOException {
        assertEquals(200, m.get("/media/" + ID + "/web-720p.mp4").status());
        m.published.remove(ID);
        assertEquals(404, m.get("/media/" + ID + "/web-720p.mp4").status());
    }

    @Test
    void originalsAreNeverServedUnderAnyName() throws IOException {
        List<String> names = new ArrayList<>(MediaCatalog.ORIGINALS);
        names.addAll(List.of("source.MP4", "SOURCE.mp4", "%73ource.mp4", "source%2Emp4", "source.mp4%20",
                "source.mp4.", "source", "source.nl.vtt", "source.nl.SRT"));
        for (String name : names) {
            for (String method : List.of("GET", "HEAD")) {
                assertRefused(m.request(method, "/media/" + ID + "/" + name), name);
            }
        }
    }

    @Test
    void aRecordEditedToListTheSourceAsDerivedStillHidesIt() throws IOException {
        VideoRecord r = m.catalog.find(ID).orElseThrow();
        Media media = r.media();
        Poster p = new Poster(MediaCatalog.f(ID, "source.mp4"), MediaCatalog.f(ID, "source.nl.srt"), 1, 1, 1, 1, "x");
        m.catalog.save(r.withMedia(new Media(media.renditions(), p, null, media.subtitles(), null), r.updatedAt()));
        assertRefused(m.get("/media/" + ID + "/source.mp4"), "source as poster");
        assertRefused(m.get("/media/" + ID + "/source.nl.srt"), "sidecar as poster");
    }

    @Test
    void aSecondNameOfTheSourceIsNotServed() throws IOException {
        // ingest --link hard-links originals into the catalog; a derived name for the same inode is still the original
        Path link = m.file(ID, "web-1080p.mp4");
        Files.createLink(link, m.file(ID, "source.mp4"));
        VideoRecord r = m.catalog.find(ID).orElseThrow();
        List<nl.vidcat.model.Rendition> renditions = new ArrayList<>(r.media().renditions());
        renditions.add(MediaCatalog.rendition(ID, "1080p", "web-1080p.mp4"));
        m.catalog.save(r.withMedia(r.media().withRenditions(renditions), r.updatedAt()));
        assertRefused(m.get("/media/" + ID + "/web-1080p.mp4"), "hard link of the source");
    }

    @Test
    void filesTheRecordDoesNotListAreNotServed() throws IOException {
        m.write(ID, "notes.vtt", "WEBVTT\n\nprivate notes of the teacher\n");
        m.write(ID, "web-1080p.mp4", "stray rendition");
        assertRefused(m.get("/media/" + ID + "/notes.vtt"), "stray vtt");
        assertRefused(m.get("/media/" + ID + "/web-1080p.mp4"), "stray rendition");
    }

    @Test
    void aSymlinkOutOfTheCatalogIsNotFollowed() throws IOException {
        Path poster = m.file(ID, "poster.jpg");
        Files.delete(poster);
        Files.createSymbolicLink(poster, tmp.resolve("secret.txt"));
        assertRefused(m.get("/media/" + ID + "/poster.jpg"), "symlink out");
        Path webp = m.file(ID, "poster.webp");
        Files.delete(webp);
        Files.createSymbolicLink(webp, m.file(ID, "source.mp4"));
        assertRefused(m.get("/media/" + ID + "/poster.webp"), "symlink to the source");
        Path vtt = m.file(ID, "subtitles.nl.vtt");
        Files.delete(vtt);
        Files.createSymbolicLink(vtt, Path.of("source.nl.srt"));
        assertRefused(m.get("/media/" + ID + "/subtitles.nl.vtt"), "relative symlink to the sidecar");
    }

    @Test
    void aSymlinkedMediaFolderIsNotFollowed() throws IOException {
        String id = "gelinkte-map-12345678";
        m.add(id, true);
        Path outside = tmp.resolve("elsewhere");
        Files.move(m.catalog.mediaDir(id), outside);
        Files.createSymbolicLink(m.catalog.mediaDir(id), outside);
        for (String name : MediaCatalog.DERIVED) {
            assertRefused(m.get("/media/" + id + "/" + name), "symlinked folder " + name);
        }
        // the same folder as a link to another record's folder
        Files.delete(m.catalog.mediaDir(id));
        Files.createSymbolicLink(m.catalog.mediaDir(id), m.catalog.mediaDir(DRAFT));
        assertRefused(m.get("/media/" + id + "/poster.jpg"), "folder linked to a draft's folder");
    }

    @Test
    void aCatalogWhoseWholeMediaFolderIsALinkIsServed() throws IOException {
        // keeping media/ on another disk is the curator's choice; only links below it are refused
        Path disk = tmp.resolve("big-disk-media");
        Files.move(m.catalog.mediaRoot(), disk);
        Files.createSymbolicLink(m.catalog.mediaRoot(), disk);
        assertEquals(200, m.get("/media/" + ID + "/poster.jpg").status());
        assertRefused(m.get("/media/" + ID + "/source.mp4"), "source behind a linked media root");
        assertRefused(m.get("/media/" + DRAFT + "/poster.jpg"), "draft behind a linked media root");
    }

    @Test
    void foldersAreNotServed() throws IOException {
        Files.delete(m.file(ID, "poster.jpg"));
        Files.createDirectory(m.file(ID, "poster.jpg"));
        assertRefused(m.get("/media/" + ID + "/poster.jpg"), "folder");
    }

    @Test
    void aDamagedRecordServesNothing() throws IOException {
        Files.writeString(m.catalog.recordFile(ID), "{ not json");
        assertRefused(m.get("/media/" + ID + "/poster.jpg"), "damaged record");
        Files.delete(m.catalog.recordFile(ID));
        assertRefused(m.get("/media/" + ID + "/poster.jpg"), "record removed");
    }

    @Test
    void hugeAndMalformedRequestsAreAnswered4xx() throws IOException {
        assertRefused(m.get("/media/" + ID + "/" + "a".repeat(100_000) + ".jpg"), "very long path");
        assertRefused(m.get("/media/" + ID + "/" + "a".repeat(300) + ".jpg"), "overlong name");
        assertRefused(m.get("/media/" + "a".repeat(200) + "/poster.jpg"), "overlong id");
        assertRefused(m.get("/media/" + ID + "/" + "%2e".repeat(5_000)), "many escapes");
        RawHttp.Response r = m.get("/media/" + ID + "/poster.jpg", "Range: bytes=" + "9".repeat(10_000) + "-");
        assertEquals(416, r.status());
        r = m.get("/media/" + ID + "/poster.jpg", "Range: bytes=0-" + "9".repeat(10_000));
        assertEquals(206, r.status());
        r = m.get("/media/" + ID + "/poster.jpg", "If-None-Match: " + "\"x\",".repeat(2_000));
        assertEquals(200, r.status());
        assertEquals(200, m.get("/media/" + ID + "/poster.jpg").status(), "the server still answers");
    }
}
