package nl.vidcat.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.index.SubtitleCues.Cue;

/**
 * Where the indexer gets its records, in two passes: a cheap {@link #scan} giving every record's id, content hash
 * and validity (enough to decide whether anything changed and what an incremental update must touch), then
 * {@link #load} for the records that are actually (re)indexed. Implementations are thread-safe: the indexer loads
 * in parallel.
 */
public interface RecordSource {

    /** A record as the scan saw it. {@code hash} covers everything that goes into its index document. */
    record Scanned(String id, byte[] hash, boolean valid) {
    }

    /**
     * A record ready to become a document.
     *
     * @param errors the ids of the validation rules it breaks with severity error; empty when it may be found
     */
    record Loaded(VideoRecord record, List<Cue> cues, List<String> errors, byte[] hash) {
        public Loaded {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    List<Scanned> scan(Progress progress) throws IOException;

    Loaded load(Scanned s) throws IOException;

    /** Problems noticed so far (unreadable records or subtitle files), for the summary and the log. */
    List<String> warnings();

    /** Records that could not be read at all and are therefore missing from the index. */
    int unreadable();

    /**
     * The per-record hash: SHA-256 (first 16 bytes) over the parts, each length-prefixed. Callers pass a context
     * (analyzer and vidcat version, validation settings) so that a change there re-indexes every record.
     */
    static byte[] hash(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                int n = p == null ? -1 : p.length;
                md.update(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
                if (p != null) {
                    md.update(p);
                }
            }
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
