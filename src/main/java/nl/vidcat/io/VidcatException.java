package nl.vidcat.io;

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
            String reason = storageFullReason(c.getMessage());
            if (reason != null) {
                return new VidcatException(FINDINGS, storageFullMessage(reason, target == null ? ""
                        : " while writing " + target), t);
            }
        }
        return null;
    }

    /** The storage-full reason {@code text} (an error message, a line of ffmpeg's) names, or null. */
    public static String storageFullReason(String text) {
        for (String reason : STORAGE_FULL) {
            if (text != null && text.contains(reason)) {
                return reason;
            }
        }
        return null;
    }

    /** What to tell the user when a write failed for {@code reason}; {@code where} says what was being written. */
    public static String storageFullMessage(String reason, String where) {
        return "out of disk space (" + reason + ")" + where + ". Nothing half-written was kept and finished work is"
                + " safe: free some space and run the same command again.";
    }

    private static final String[] STORAGE_FULL = {"No space left on device", "Disk quota exceeded", "File too large"};

    /**
     * The user problem behind {@code t}, or null when it is a bug: a {@code VidcatException} anywhere in the chain of
     * causes (a worker thread's failure reaches the command wrapped), a full disk, or a folder vidcat may not write
     * (read-only file system, no permission) or that vanished while it ran. Those are fixed outside vidcat, so they
     * are usage errors, said in one sentence.
     */
    public static VidcatException ofUser(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof VidcatException v) {
                return v;
            }
        }
        VidcatException full = ifStorageFull(t, null);
        if (full != null) {
            return full;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.nio.file.FileSystemException f) {
                String sentence = FileProblems.sentence(f);
                if (sentence != null) {
                    return new VidcatException(USAGE, sentence, t);
                }
            }
        }
        return null;
    }

    public int exitCode() {
        return exitCode;
    }
}
