package nl.vidcat.media;

/** A file that is not a usable video; the message says why in words a coordinator understands. */
public class ProbeException extends Exception {

    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }
}
