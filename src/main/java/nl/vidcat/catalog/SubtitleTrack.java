package nl.vidcat.catalog;

/** A WebVTT (UTF-8) subtitle track next to the renditions. */
public record SubtitleTrack(String file, String language, String sha256) {
}
