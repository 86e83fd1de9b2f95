package nl.vidcat.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLayout;

/**
 * A catalog whose records have media laid out as ingest, transcode and thumbnails leave them (source.mp4 and
 * source.nl.srt as the originals; web-720p.mp4, web-360p.webm, poster.jpg/.webp, storyboard.jpg/.vtt,
 * subtitles.nl.vtt as derived files), with a {@link MediaHandler} over it on loopback. Records are published when
 * {@link #publish} names them.
 */
final class MediaCatalog implements AutoCloseable {

    /** The derived files of each record and their stand-in content (unique per record). */
    static final List<String> DERIVED = List.of("web-720p.mp4", "web-360p.webm", "poster.jpg", "poster.webp",
            "storyboard.jpg", "storyboard.vtt", "subtitles.nl.vtt");
    static final List<String> ORIGINALS = List.of("source.mp4", "source.nl.srt");

    final Catalog catalog;
    final Set<String> published = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final ServeFixtures server;

    MediaCatalog(Path dir) throws IOException {
        catalog = Catalog.openOrCreate(dir.resolve("catalog"));
        MediaHandler handler = new MediaHandler(catalog.layout(), id -> published.contains(id));
        server = ServeFixtures.start(Map.of("/media", handler));
    }

    /** A record with every file of {@link #DERIVED} and {@link #ORIGINALS} on disk; published unless told. */
    VideoRecord add(String id, boolean publish) throws IOException {
        for (String name : DERIVED) {
            write(id, name, content(id, name));
        }
        for (String name : ORIGINALS) {
            write(id, name, "ORIGINAL " + name + " of " + id + " with GPS 52.1,5.1");
        }
        VideoRecord r = withMedia(RecordFixtures.sample(id), media(id));
        catalog.save(r);
        if (publish) {
            published.add(id);
        }
        return r;
    }

    static VideoRecord withMedia(VideoRecord r, Media m) {
        String id = r.id();
        SourceFile s = r.source();
        SourceFile src = new SourceFile(s.originalPath(), f(id, "source.mp4"), s.size(), s.sha256(), s.container(),
                s.durationSeconds(), s.video(), s.audio(), s.locationTags(), f(id, "source.nl.srt"));
        return r.withSource(src, r.updatedAt()).withMedia(m, r.updatedAt());
    }

    static Media media(String id) {
        return new Media(List.of(rendition(id, "720p", "web-720p.mp4"), rendition(id, "360p", "web-360p.webm")),
                new Poster(f(id, "poster.jpg"), f(id, "poster.webp"), 1.0, 0.9, 1280, 720, "c".repeat(64)),
                new Storyboard(f(id, "storyboard.jpg"), f(id, "storyboard.vtt"), 5.0, 160, 90, 2, 2, "d".repeat(64)),
                List.of(new SubtitleTrack(f(id, "subtitles.nl.vtt"), "nl", "e".repeat(64))), null);
    }

    static Rendition rendition(String id, String name, String file) {
        return new Rendition(name, "web", f(id, file), 1280, 720, "h264", "High", "yuv420p", "aac", 8.0, 1000L,
                1000L, "a".repeat(64), false, true, "r");
    }

    static String f(String id, String name) {
        return CatalogLayout.mediaFile(id, name);
    }

    static String content(String id, String name) {
        return name + " of " + id + ": 0123456789abcdefghijklmnopqrstuvwxyz\n";
    }

    Path file(String id, String name) {
        return catalog.mediaDir(id).resolve(name);
    }

    /** Writes a media file as the stages do: a new file renamed over the old one. */
    void write(String id, String name, String text) throws IOException {
        Path p = file(id, name);
        Files.createDirectories(p.getParent());
        Path tmp = p.resolveSibling("." + name + ".part-test");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    RawHttp.Response get(String target, String... headers) throws IOException {
        return RawHttp.send(server.base(), "GET", target, headers);
    }

    RawHttp.Response request(String method, String target, String... headers) throws IOException {
        return RawHttp.send(server.base(), method, target, headers);
    }

    @Override
    public void close() {
        server.close();
    }
}
