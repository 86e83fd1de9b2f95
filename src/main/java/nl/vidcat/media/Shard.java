package nl.vidcat.media;

import java.nio.charset.StandardCharsets;
import nl.vidcat.io.FileHash;
import nl.vidcat.io.VidcatException;

/**
 * One of N slices of a catalog's videos ({@code --shard I/N}, I from 0 to N-1), so N machines sharing one catalog
 * directory split the work without a coordinator. A video belongs to the shard its record id hashes to (SHA-256, so
 * it never changes between runs, machines or Java versions, and spreads evenly).
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw VidcatException.usage("--shard must be I/N with 0 <= I < N (e.g. 0/4 ... 3/4), got " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // fall through to the usage message
        }
        throw VidcatException.usage("--shard must be I/N with 0 <= I < N (e.g. 0/4 ... 3/4), got '" + text + "'");
    }

    public boolean isAll() {
        return count == 1;
    }

    public boolean contains(String id) {
        return isAll() || of(id, count) == index;
    }

    /** The shard (0..count-1) a record id belongs to. */
    public static int of(String id, int count) {
        // The first 8 bytes of the hash, big-endian, made non-negative: stable across machines and JVMs.
        long v = Long.parseUnsignedLong(FileHash.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 16), 16) >>> 1;
        return (int) (v % count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
