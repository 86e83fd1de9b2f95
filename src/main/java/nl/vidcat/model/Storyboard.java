package nl.vidcat.model;

/**
 * A sprite sheet of small frames every {@code intervalSeconds} plus a WebVTT file mapping times to regions
 * ({@code sprite.jpg#xywh=x,y,w,h}), as video players expect for scrubbing previews.
 *
 * @param sha256 SHA-256 of the sprite image, so a rerun can tell an intact storyboard from a damaged one
 */
public record Storyboard(String image, String vtt, double intervalSeconds, int tileWidth, int tileHeight,
                         int columns, int tiles, String sha256) {

    /** Without a hash (records written before hashes existed): the next run redoes the storyboard. */
    public Storyboard(String image, String vtt, double intervalSeconds, int tileWidth, int tileHeight, int columns,
                      int tiles) {
        this(image, vtt, intervalSeconds, tileWidth, tileHeight, columns, tiles, null);
    }

    /** This storyboard marked for remaking: without a hash it never counts as done (thumbnails redo it). */
    public Storyboard stale() {
        return new Storyboard(image, vtt, intervalSeconds, tileWidth, tileHeight, columns, tiles, null);
    }
}
