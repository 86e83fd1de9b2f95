package nl.vidcat.model;

/** A WebVTT (UTF-8) subtitle track next to the renditions. */
public record SubtitleTrack(String file, String language, String sha256) {

    /** This track marked for remaking: without a hash it never matches (transcode writes it again). */
    public SubtitleTrack stale() {
        return new SubtitleTrack(file, language, null);
    }
}
