package nl.vidcat.serve;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.vidcat.model.RecordIds;
import nl.vidcat.serve.Exchanges.BadRequest;

/**
 * A request for {@code /media/<recordId>/<fileName>}, read strictly from the raw request path: each of the two
 * segments is percent-decoded exactly once, and what a decoded segment may hold is narrow (a record id, a plain file
 * name) so no spelling of a path ({@code ..}, {@code %2e%2e}, {@code %252e}, backslashes, NUL, absolute or nested
 * paths) can name anything but a file directly inside one record's media folder.
 *
 * @param id   a valid record id
 * @param name a file name without path separators, not starting with a dot
 */
record MediaPath(String id, String name) {

    /** The URL prefix; the rest of a media URL is the file's catalog-relative path after {@code media/}. */
    static final String PREFIX = "/media/";
    /** Longest raw path looked at; real media paths are a record id and a short file name. */
    static final int MAX_RAW = 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final int MAX_NAME = 255;

    /**
     * The media file a raw request path names, or empty when it names none (not found). A path that tries to step
     * out of the media folder or is not a valid path at all is a {@link BadRequest}.
     */
    static Optional<MediaPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (rawPath.length() > MAX_RAW) {
            throw new BadRequest(414, "request path too long");
        }
        String[] parts = rawPath.substring(PREFIX.length()).split("/", -1);
        for (String p : parts) {
            segment(p);
        }
        if (parts.length != 2) {
            return Optional.empty();
        }
        String id = segment(parts[0]);
        String name = segment(parts[1]);
        if (!RecordIds.isValid(id) || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MediaPath(id, name));
    }

    /** One decoded segment; refuses what only an attempt to leave the folder would send. */
    private static String segment(String raw) {
        String s = Exchanges.decodePathSegment(raw);
        if (s.equals(".") || s.equals("..")) {
            throw new BadRequest(400, "dot segments are not allowed in media paths");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '\\' || c == '%' || c < 0x20 || c == 0x7f) {
                throw new BadRequest(400, "encoded separators, escapes or control characters in a media path");
            }
        }
        return s;
    }
}
