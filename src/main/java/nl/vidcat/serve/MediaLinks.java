package nl.vidcat.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.CatalogLayout;

/**
 * The {@code /media/<id>/<file>} addresses of what a browser may load for a search hit: the poster, the web
 * renditions (preferred first) and the subtitle tracks, each only when {@link MediaFiles} says {@link MediaHandler}
 * serves it (the same rule, asked once per record: {@link MediaFiles#servable}). The links of the most recently
 * shown records are kept until their record or media folder changes, so a search reads no record twice.
 */
final class MediaLinks {

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

    /** Links made from one check of a record's files (compared by identity: a new check makes new links). */
    private record Made(MediaFiles.Servable from, Links links) {
    }

    private final MediaFiles files;
    private final Map<String, Made> made = Lru.map(MediaFiles.CACHE_SIZE);

    MediaLinks(CatalogLayout layout) {
        this.files = new MediaFiles(layout);
    }

    Links of(String id) {
        Optional<MediaFiles.Servable> servable = files.servable(id);
        if (servable.isEmpty()) {
            return Links.NONE;
        }
        Made known = made.get(id);
        if (known != null && known.from() == servable.get()) {
            return known.links();
        }
        Links links = links(id, servable.get());
        made.put(id, new Made(servable.get(), links));
        return links;
    }

    private static Links links(String id, MediaFiles.Servable s) {
        VideoRecord r = s.record();
        String poster = r.media().poster() == null ? null : url(id, r.media().poster().jpeg(), s);
        List<Video> videos = new ArrayList<>();
        r.media().renditions().stream().sorted(PREFERENCE).forEach(x -> {
            String u = url(id, x.file(), s);
            if (u != null) {
                videos.add(new Video(u, videoType(x.file()), x.width(), x.height()));
            }
        });
        List<Track> subtitles = new ArrayList<>();
        for (SubtitleTrack t : r.media().subtitles()) {
            String u = t.file() != null && t.file().endsWith(".vtt") ? url(id, t.file(), s) : null;
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

    /**
     * The address of a file the record names, or null unless it is servable and its address is one {@link MediaPath}
     * reads back as that file.
     */
    private static String url(String id, String catalogRelative, MediaFiles.Servable s) {
        String folder = CatalogLayout.mediaFolder(id) + "/";
        if (catalogRelative == null || !catalogRelative.startsWith(folder)
                || !s.names().contains(catalogRelative.substring(folder.length()))) {
            return null;
        }
        String url = MediaHandler.urlPath(catalogRelative);
        Optional<MediaPath> p;
        try {
            p = MediaPath.parse(url);
        } catch (Exchanges.BadRequest e) {
            return null;
        }
        return p.isPresent() && p.get().id().equals(id) && url.equals(MediaPath.PREFIX + id + "/" + p.get().name())
                ? url : null;
    }

    static String videoType(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".webm") ? "video/webm" : f.endsWith(".mov") ? "video/quicktime" : "video/mp4";
    }
}
