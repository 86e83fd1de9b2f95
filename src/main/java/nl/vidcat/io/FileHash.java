package nl.vidcat.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of files, as stored in records (sources by ingest, renditions and images by the media stages). Lives in
 * the catalog package so every stage hashes the same way without depending on another stage.
 */
public final class FileHash {

    private FileHash() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        // A direct 1 MB buffer: large video files hash at disk speed without copying through the heap.
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of bytes in memory, as lower-case hex. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** True when {@code file} exists and has the recorded hash (a missing hash never matches). */
    public static boolean matches(Path file, String sha256) throws IOException {
        return sha256 != null && Files.isRegularFile(file) && sha256.equals(sha256(file));
    }
}
