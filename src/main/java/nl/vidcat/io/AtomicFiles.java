package nl.vidcat.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Every file vidcat publishes appears whole or not at all: content goes to a hidden temp file in the same
 * directory (same file system, so the rename is atomic), is flushed to disk, and is then renamed over the target.
 * A crash or kill -9 at any point leaves either the old file or the new one, plus at worst a temp file that
 * {@link #isTemp} recognizes and {@link Catalog#sweepTemporaries()} removes.
 */
public final class AtomicFiles {

    private static final String TEMP_MARK = ".part-";

    /** Writes the temp file; may run an external program that writes to the given path. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        replace(target, temp -> Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /**
     * Produces {@code target} through a temp file. If the producer fails, the temp file is removed and the target is
     * left as it was.
     */
    public static void replace(Path target, Producer producer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = tempFor(target);
        try {
            producer.writeTo(temp);
            if (!Files.exists(temp)) {
                throw new IOException("nothing was written for " + target.getFileName());
            }
            force(temp);
            move(temp, target);
            forceDirectory(dir);
        } catch (IOException e) {
            VidcatException full = VidcatException.ifStorageFull(e, target);
            if (full != null) {
                Files.deleteIfExists(temp); // give the space back before anything else tries to write
                throw full;
            }
            throw e;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies a file into place atomically (the copy is complete before it becomes visible). */
    public static void copy(Path source, Path target) throws IOException {
        replace(target, temp -> Files.copy(source, temp, StandardCopyOption.COPY_ATTRIBUTES));
    }

    /** A fresh temp path beside {@code target}, recognized by {@link #isTemp}. The file is not created. */
    public static Path tempFor(Path target) {
        String name = target.getFileName().toString();
        String ext = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            // keep the extension: ffmpeg picks its muxer from it
            ext = name.substring(dot);
        }
        return target.toAbsolutePath().resolveSibling("." + name + TEMP_MARK
                + UUID.randomUUID().toString().substring(0, 8) + ext);
    }

    public static boolean isTemp(Path file) {
        return isTempName(file.getFileName().toString());
    }

    /** {@link #isTemp} by file name alone. */
    public static boolean isTempName(String name) {
        return name.startsWith(".") && name.contains(TEMP_MARK);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target.getParent() + " cannot rename atomically", e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename itself durable; not every file system lets a directory be opened, which is harmless.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }

    /**
     * Puts the finished folder {@code temp} in place of {@code target}. A folder cannot be renamed over a non-empty
     * one, so the old folder is renamed aside first and deleted afterwards; if the second rename fails the old one is
     * put back. A crash between the renames leaves no folder (never a mixed one) and a hidden {@code .old-} sibling
     * that the next run removes.
     */
    public static void swapFolder(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            moveFolder(temp, target);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
        moveFolder(target, old);
        try {
            moveFolder(temp, target);
        } catch (IOException e) {
            moveFolder(old, target);
            throw e;
        }
        deleteTree(old);
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void moveFolder(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " cannot rename folders atomically", e);
        }
    }
}
