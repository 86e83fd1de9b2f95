package nl.vidcat.catalog;

import java.nio.file.Path;

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

    /**
     * A full disk (or quota, or file size limit) is not a bug: the user frees space and reruns, and since every write
     * is atomic nothing half-written was kept. Returns null when {@code t} is some other failure.
     */
    public static VidcatException ifStorageFull(Throwable t, Path target) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            for (String reason : STORAGE_FULL) {
                if (m.contains(reason)) {
                    return new VidcatException(FINDINGS, "out of disk space (" + reason + ")"
                            + (target == null ? "" : " while writing " + target)
                            + ". Nothing half-written was kept and finished work is safe: free some space and run the"
                            + " same command again.", t);
                }
            }
        }
        return null;
    }

    private static final String[] STORAGE_FULL = {"No space left on device", "Disk quota exceeded", "File too large"};

    public int exitCode() {
        return exitCode;
    }
}
