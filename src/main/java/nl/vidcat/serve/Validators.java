package nl.vidcat.serve;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.vidcat.serve.MediaFiles.MediaFile;

/**
 * A media file's validators and the conditional request headers that compare against them (RFC 9110 §8.8, §13).
 *
 * <p>The ETag is strong and made from the file's identity: size, modification time to the nanosecond and the file
 * key (device and inode). The media stages replace a file by writing a new one and renaming it over the old, so every
 * change makes a new inode and a new tag, without hashing a video on each request.
 *
 * @param modifiedSeconds the modification time in whole seconds, the resolution of HTTP dates
 */
record Validators(String etag, String lastModified, long modifiedSeconds) {

    /** IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which senders must use. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static Validators of(MediaFile f) {
        long nanos = f.modified().to(TimeUnit.NANOSECONDS);
        String key = f.fileKey() == null ? "0" : Integer.toHexString(f.fileKey().hashCode());
        String etag = "\"" + Long.toHexString(f.size()) + "-" + Long.toHexString(nanos) + "-" + key + "\"";
        long seconds = f.modified().to(TimeUnit.SECONDS);
        return new Validators(etag, HTTP_DATE.format(Instant.ofEpochSecond(seconds)), seconds);
    }

    /**
     * Whether a GET or HEAD may be answered 304: If-None-Match names this tag (weak comparison) or is {@code *};
     * without it, If-Modified-Since is not older than the file.
     */
    boolean notModified(Headers in) {
        List<String> tags = in.get("If-None-Match");
        if (tags != null && !tags.isEmpty()) {
            for (String t : String.join(",", tags).split(",")) {
                String tag = t.strip();
                if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                    return true;
                }
            }
            return false;
        }
        return date(in.getFirst("If-Modified-Since")).map(t -> modifiedSeconds <= t).orElse(false);
    }

    /**
     * Whether a Range header may be honoured: always without If-Range; with it, only when it names this exact tag
     * (strong comparison, so never a weak tag) or this exact modification date. Otherwise the whole file is sent.
     */
    boolean rangeApplies(Headers in) {
        String ifRange = in.getFirst("If-Range");
        if (ifRange == null) {
            return true;
        }
        String v = ifRange.strip();
        if (v.startsWith("\"") || v.startsWith("W/")) {
            return v.equals(etag);
        }
        return date(v).map(t -> t == modifiedSeconds).orElse(false);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** An HTTP date in seconds, or empty when absent or not a date (then the header is ignored). */
    private static Optional<Long> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip(), Instant::from).getEpochSecond());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
