package nl.vidcat.catalog;

/**
 * A problem the user can fix (bad option, missing folder, busy catalog). The CLI prints only the message, never a
 * stack trace, and exits with {@link #exitCode()}.
 */
public class VidcatException extends RuntimeException {

    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public VidcatException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VidcatException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static VidcatException usage(String message) {
        return new VidcatException(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
