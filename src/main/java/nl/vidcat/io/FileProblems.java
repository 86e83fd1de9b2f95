package nl.vidcat.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Plain sentences for the file-system failures a user fixes outside vidcat: a read-only file system, missing
 * permission, a folder that vanished while vidcat ran. Anything else is not recognized (null), so a real bug is
 * still reported as one.
 */
public final class FileProblems {

    private static final String READ_ONLY = "Read-only file system";

    private FileProblems() {
    }

    /** Whether {@code e} says the file system is mounted read-only. */
    public static boolean isReadOnly(FileSystemException e) {
        return String.valueOf(e.getReason()).contains(READ_ONLY) || String.valueOf(e.getMessage()).contains(READ_ONLY);
    }

    /** Whether {@code e} means vidcat may not write there (read-only file system or no permission). */
    public static boolean isNotWritable(FileSystemException e) {
        return isReadOnly(e) || e instanceof AccessDeniedException;
    }

    /** One sentence for {@code e}, or null when it is not a problem of the user's folders. */
    static String sentence(FileSystemException e) {
        Path file = e.getFile() == null ? null : Path.of(e.getFile()).toAbsolutePath();
        Path folder = file == null ? null : file.getParent();
        if (file == null) {
            return null;
        }
        if (isReadOnly(e)) {
            return "cannot write " + file + ": " + folder + " is on a read-only file system; make it writable (or"
                    + " copy the catalog to a writable place) and run the same command again";
        }
        if (e instanceof AccessDeniedException) {
            return "no permission to use " + file + "; check the owner and permissions of " + folder
                    + " (run vidcat as the user that owns it) and run the same command again";
        }
        if (e instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " vanished while vidcat was using it (deleted, renamed or unmounted);"
                    + " check it and run the same command again";
        }
        return null;
    }

    /** The usage error for a catalog whose lock file cannot be written, naming what still works. */
    public static VidcatException catalogNotWritable(Path catalogDir, String command, FileSystemException e) {
        String why = isReadOnly(e) ? "is on a read-only file system"
                : e instanceof AccessDeniedException ? "is not writable for this user (permission denied)"
                : "cannot be written (" + e.getMessage() + ")";
        return new VidcatException(VidcatException.USAGE, "catalog " + catalogDir + " " + why + ", so '" + command
                + "' cannot change it; make it writable (or copy it to a writable place) and run the same command"
                + " again. Commands that only read it (validate, search, export) work as it is.", e);
    }
}
