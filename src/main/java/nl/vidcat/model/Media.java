package nl.vidcat.model;

import java.util.ArrayList;
import java.util.List;

/** What transcode and thumbnails derived from the source. Every path is catalog-relative. */
public record Media(
        List<Rendition> renditions,
        Poster poster,
        Storyboard storyboard,
        List<SubtitleTrack> subtitles,
        Loudness loudness) {

    public static final Media EMPTY = new Media(List.of(), null, null, List.of(), null);

    public Media {
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
        subtitles = subtitles == null ? List.of() : List.copyOf(subtitles);
    }

    /**
     * Every catalog-relative file transcode and thumbnails made from the source: renditions, posters, storyboard
     * sprite and cues, subtitle tracks. Never the source or its sidecar subtitles, which are the user's originals.
     */
    public List<String> derivedFiles() {
        List<String> out = new ArrayList<>();
        renditions.forEach(r -> out.add(r.file()));
        if (poster != null) {
            out.add(poster.jpeg());
            out.add(poster.webp());
        }
        if (storyboard != null) {
            out.add(storyboard.image());
            out.add(storyboard.vtt());
        }
        subtitles.forEach(t -> out.add(t.file()));
        out.removeIf(f -> f == null || f.isBlank());
        return out;
    }

    public Media withRenditions(List<Rendition> r) {
        return new Media(r, poster, storyboard, subtitles, loudness);
    }

    public Media withPoster(Poster p, Storyboard s) {
        return new Media(renditions, p, s, subtitles, loudness);
    }

    public Media withSubtitles(List<SubtitleTrack> s) {
        return new Media(renditions, poster, storyboard, s, loudness);
    }

    public Media withLoudness(Loudness l) {
        return new Media(renditions, poster, storyboard, subtitles, l);
    }
}
