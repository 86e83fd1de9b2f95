package nl.vidcat.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;

/** The files a record points at, with what the record says about each (size, SHA-256) where it says anything. */
final class MediaRefs {

    /**
     * @param what    what the file is, for messages ("rendition 720p", "poster")
     * @param file    catalog-relative path
     * @param size    the recorded size in bytes, or -1 when the record keeps none
     * @param sha256  the recorded SHA-256, or null when the record keeps none (a stale derived file)
     * @param derived made by transcode or thumbnails from the source, so it can be made again; the source and its
     *                sidecar subtitles are the user's originals
     */
    record Ref(String what, String file, long size, String sha256, boolean derived) {

        /** The command that makes this file again, or null for the user's originals. */
        String remakes() {
            return !derived ? null : what.startsWith("rendition") || what.startsWith("subtitles") ? "vidcat transcode"
                    : "vidcat thumbnails";
        }
    }

    private MediaRefs() {
    }

    static List<Ref> of(VideoRecord r) {
        List<Ref> out = new ArrayList<>();
        SourceFile s = r.source();
        if (s != null) {
            add(out, new Ref("source", s.file(), s.size(), s.sha256(), false));
            add(out, new Ref("subtitle file", s.subtitlesFile(), -1, null, false));
        }
        Media m = r.media();
        for (Rendition x : m.renditions()) {
            add(out, new Ref("rendition " + x.name(), x.file(), x.size(), x.sha256(), true));
        }
        Poster p = m.poster();
        if (p != null) {
            add(out, new Ref("poster", p.jpeg(), -1, p.sha256(), true));
            add(out, new Ref("poster (WebP)", p.webp(), -1, null, true));
        }
        Storyboard b = m.storyboard();
        if (b != null) {
            add(out, new Ref("storyboard", b.image(), -1, b.sha256(), true));
            add(out, new Ref("storyboard cues", b.vtt(), -1, null, true));
        }
        for (SubtitleTrack t : m.subtitles()) {
            add(out, new Ref("subtitles (" + t.language() + ")", t.file(), -1, t.sha256(), true));
        }
        return out;
    }

    private static void add(List<Ref> out, Ref ref) {
        if (ref.file() != null) {
            out.add(ref);
        }
    }

    /**
     * Whether the record stopped vouching for this derived file: a hash is what every media stage compares to decide a
     * file is done, so without one the file is made again. (The WebP poster and the storyboard cues follow their
     * JPEG and sprite, which carry the hash.)
     */
    static boolean stale(Ref ref, VideoRecord r) {
        if (!ref.derived()) {
            return false;
        }
        Poster p = r.media().poster();
        Storyboard b = r.media().storyboard();
        if (p != null && ref.file().equals(p.webp())) {
            return p.sha256() == null;
        }
        if (b != null && ref.file().equals(b.vtt())) {
            return b.sha256() == null;
        }
        return ref.sha256() == null;
    }

    /** {@code r} with every derived entry that names one of {@code files} marked stale. */
    static VideoRecord markStale(VideoRecord r, Set<String> files, Instant now) {
        Media m = r.media();
        List<Rendition> renditions = m.renditions().stream().map(x -> files.contains(x.file()) ? x.stale() : x).toList();
        Poster p = m.poster();
        if (p != null && (files.contains(p.jpeg()) || files.contains(p.webp()))) {
            p = p.stale();
        }
        Storyboard b = m.storyboard();
        if (b != null && (files.contains(b.image()) || files.contains(b.vtt()))) {
            b = b.stale();
        }
        List<SubtitleTrack> tracks = m.subtitles().stream().map(t -> files.contains(t.file()) ? t.stale() : t).toList();
        return r.withMedia(new Media(renditions, p, b, tracks, m.loudness()), now);
    }
}
