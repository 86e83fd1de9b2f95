package nl.vidcat.serve;

import java.util.Locale;
import java.util.Optional;

/**
 * One satisfiable byte range of a file of known length, from a {@code Range} header (RFC 9110 §14).
 *
 * <p>Only a single range is answered with 206. A header with several ranges is answered with the whole file (200),
 * which the RFC allows (a server may ignore Range): players seek with one range at a time, and a multipart body would
 * cost more than it saves. A malformed header or another unit is ignored the same way.
 *
 * @param first first byte, inclusive
 * @param last  last byte, inclusive
 */
record ByteRange(long first, long last) {

    /** What a Range header asks of a file of {@code length} bytes. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** Send the whole file (no header, or one the server ignores). */
    record Whole() implements Request {
    }

    /** Send this part (206). */
    record Part(ByteRange range) implements Request {
    }

    /** No byte of the file is asked for (416). */
    record Unsatisfiable() implements Request {
    }

    private static final String UNIT = "bytes=";
    /** More digits than a file size can have: saturate rather than fail on overflow. */
    private static final int MAX_DIGITS = 18;

    long length() {
        return last - first + 1;
    }

    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }

    static Request of(String header, long length) {
        if (header == null || header.length() < UNIT.length()
                || !header.substring(0, UNIT.length()).toLowerCase(Locale.ROOT).equals(UNIT)) {
            return new Whole();
        }
        String set = header.substring(UNIT.length()).strip();
        if (set.isEmpty() || set.indexOf(',') >= 0) {
            return new Whole();
        }
        int dash = set.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String a = set.substring(0, dash).strip();
        String b = set.substring(dash + 1).strip();
        if (a.isEmpty()) {
            return number(b).map(n -> suffix(n, length)).orElse(new Whole());
        }
        Optional<Long> from = number(a);
        Optional<Long> to = b.isEmpty() ? Optional.of(Long.MAX_VALUE) : number(b);
        if (from.isEmpty() || to.isEmpty() || to.get() < from.get()) {
            return new Whole();
        }
        if (from.get() >= length) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(from.get(), Math.min(to.get(), length - 1)));
    }

    /** The last {@code n} bytes: all of a shorter file; none when n is 0 or the file is empty. */
    private static Request suffix(long n, long length) {
        if (n == 0 || length == 0) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(Math.max(0, length - n), length - 1));
    }

    private static Optional<Long> number(String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(s.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(s));
    }
}
