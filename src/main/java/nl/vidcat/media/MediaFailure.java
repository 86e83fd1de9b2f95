package nl.vidcat.media;

/**
 * A video that cannot be processed (undecodable source, ffmpeg error, output that fails verification). It fails that
 * video only: the message becomes a record problem and a summary line, in plain words.
 */
public class MediaFailure extends Exception {

    public MediaFailure(String message) {
        super(message);
    }

    public MediaFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
