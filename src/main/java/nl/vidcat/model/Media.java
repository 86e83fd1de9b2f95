package nl.vidcat.model;

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
