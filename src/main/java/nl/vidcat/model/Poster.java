package nl.vidcat.model;

/**
 * The representative still of a video.
 *
 * @param jpeg        catalog-relative path of the JPEG poster
 * @param webp        catalog-relative path of the WebP poster
 * @param timeSeconds where in the video the frame was taken
 * @param score       the frame's score (see media.FrameScore); higher is better
 * @param sha256      SHA-256 of the JPEG, so a rerun can tell an intact poster from a damaged or replaced one
 */
public record Poster(String jpeg, String webp, double timeSeconds, double score, int width, int height,
                     String sha256) {

    /** Without a hash (records written before hashes existed): the next run redoes the poster. */
    public Poster(String jpeg, String webp, double timeSeconds, double score, int width, int height) {
        this(jpeg, webp, timeSeconds, score, width, height, null);
    }

    /** This poster marked for remaking: without a hash it never counts as done (thumbnails redo it). */
    public Poster stale() {
        return new Poster(jpeg, webp, timeSeconds, score, width, height, null);
    }
}
