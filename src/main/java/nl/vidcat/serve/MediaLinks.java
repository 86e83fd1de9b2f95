package nl.vidcat.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLayout;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The {@code /media/<id>/<file>} addresses of what a browser may load for a search hit: the poster, the web
 * renditions (preferred first) and the subtitle tracks, each only when its file exists as a plain file in the
 * record's media folder and {@link MediaHandler} would serve it. Never the source original, and nothing a record
 * names outside its own folder. The record's media block is read from its file and kept until that file changes (for
 * the most recently linked records, as many as {@link MediaFiles} keeps), so a search reads no record twice.
 */
final class MediaLinks {

    private static final Logger LOG = LogManager.getLogger(MediaLinks.class);
    private static final int PREFERRED_HEIGHT = 720;

    /** A playable rendition. */
    record Video(String url, String type, int width, int height) {
    }

    record Track(String url, String language) {
    }

    /** What a hit shows and plays; {@code language} is the record's spoken language. */
    record Links(String language, String poster, List<Video> videos, List<Track> subtitles) {
        static final Links NONE = new Links(null, null, List.of(), List.of());
    }

    private record Parsed(FileTime modified, long size, VideoRecord record) {
    }

    private final CatalogLayout layout;
    private final Map<String, Parsed> records = Lru.map(MediaFiles.CACHE_SIZE);

    MediaLinks(CatalogLayout layout) {
        this.layout = layout;
    }

    Links of(String id) {
        VideoRecord r = record(id);
        if (r == null) {
            return Links.NONE;
        }
        String source = r.source() == null ? null : r.source().file();
        String poster = r.media().poster() == null ? null : url(id, r.media().poster().jpeg(), source);
        List<Video> videos = new ArrayList<>();
        r.media().renditions().stream().sorted(PREFERENCE).forEach(x -> {
            String u = url(id, x.file(), source);
            if (u != null) {
                videos.add(new Video(u, videoType(x.file()), x.width(), x.height()));
            }
        });
        List<Track> subtitles = new ArrayList<>();
        for (SubtitleTrack t : r.media().subtitles()) {
            String u = t.file() != null && t.file().endsWith(".vtt") ? url(id, t.file(), source) : null;
            if (u != null) {
                subtitles.add(new Track(u, t.language()));
            }
        }
        String lang = r.metadata() == null ? null : r.metadata().language();
        return new Links(lang, poster, List.copyOf(videos), List.copyOf(subtitles));
    }

    /** As the export chooses: 720 lines first, then the largest below it, then the smallest above. */
    private static final Comparator<Rendition> PREFERENCE = Comparator
            .comparingInt((Rendition x) -> x.height() == PREFERRED_HEIGHT ? 0 : x.height() < PREFERRED_HEIGHT ? 1 : 2)
            .thenComparingInt(x -> x.height() < PREFERRED_HEIGHT ? -x.height() : x.height());

    private VideoRecord record(String id) {
        Path file = layout.recordFile(id);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Parsed p = records.get(id);
            if (p == null || !p.modified.equals(a.lastModifiedTime()) || p.size != a.size()) {
                p = new Parsed(a.lastModifiedTime(), a.size(), Catalog.read(file));
                records.put(id, p);
            }
            return p.record;
        } catch (IOException | RuntimeException e) {
            LOG.warn("record {} cannot be read for its media: {}", id, e.getMessage());
            records.remove(id);
            return null;
        }
    }

    /**
     * The address of a file the record names, or null unless {@code /media} serves it: a plain file directly in the
     * record's folder, with a name {@link MediaPath} accepts, and not the source.
     */
    private String url(String id, String catalogRelative, String source) {
        if (catalogRelative == null || !catalogRelative.startsWith(CatalogLayout.mediaFolder(id) + "/")
                || catalogRelative.equals(source)) {
            return null;
        }
        String url = MediaHandler.urlPath(catalogRelative);
        Optional<MediaPath> p;
        try {
            p = MediaPath.parse(url);
        } catch (Exchanges.BadRequest e) {
            return null;
        }
        if (p.isEmpty() || !p.get().id().equals(id) || !url.equals(MediaPath.PREFIX + id + "/" + p.get().name())
                || !Files.isRegularFile(layout.mediaDir(id).resolve(p.get().name()), LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return url;
    }

    static String videoType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".webm") ? "video/webm" : f.endsWith(".mov") ? "video/quicktime" : "video/mp4";
    }
}
