package nl.vidcat.model;

/**
 * A web-ready encode of the source, verified after writing.
 *
 * @param name     rendition name from the profile ("720p")
 * @param file     catalog-relative path
 * @param remuxed  true when the source already fit and was stream-copied instead of re-encoded
 * @param recipe   fingerprint of the profile settings that made it; a rerun redoes the rendition when it changes
 */
public record Rendition(
        String name,
        String profile,
        String file,
        int width,
        int height,
        String videoCodec,
        String videoProfile,
        String pixelFormat,
        String audioCodec,
        double durationSeconds,
        long size,
        long bitrate,
        String sha256,
        boolean remuxed,
        boolean faststart,
        String recipe) {

    /** Without a recipe (records written before recipes existed): the next run redoes the rendition. */
    public Rendition(String name, String profile, String file, int width, int height, String videoCodec,
                     String videoProfile, String pixelFormat, String audioCodec, double durationSeconds, long size,
                     long bitrate, String sha256, boolean remuxed, boolean faststart) {
        this(name, profile, file, width, height, videoCodec, videoProfile, pixelFormat, audioCodec, durationSeconds,
                size, bitrate, sha256, remuxed, faststart, null);
    }

    /** This rendition marked for remaking: without hash and recipe it never counts as done (transcode redoes it). */
    public Rendition stale() {
        return new Rendition(name, profile, file, width, height, videoCodec, videoProfile, pixelFormat, audioCodec,
                durationSeconds, size, bitrate, null, remuxed, faststart, null);
    }
}
