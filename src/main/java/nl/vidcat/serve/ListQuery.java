package nl.vidcat.serve;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What a ListIdentifiers or ListRecords request selects and where in the list it is. Its resumption token carries all
 * of it plus the snapshot's id, so a token needs no memory on the server (it survives a restart) and expires exactly
 * when the export it was issued for is replaced.
 *
 * @param from  first datestamp included, in epoch seconds, or {@link Long#MIN_VALUE}
 * @param until last datestamp included, in epoch seconds, or {@link Long#MAX_VALUE}
 * @param set   setSpec, or "" for all records
 */
record ListQuery(String verb, String prefix, String set, long from, long until, int cursor, String snapshot) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    /** setSpec syntax of the OAI-PMH schema. */
    static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");
    private static final String VERSION = "v1";

    /** The first page of a new list; from/until/set errors are badArgument. */
    static ListQuery first(OaiRequest r, String snapshot) {
        String from = r.arg("from");
        String until = r.arg("until");
        if (from != null && until != null && from.length() != until.length()) {
            throw OaiError.bad("badArgument", "from and until must have the same granularity.");
        }
        long f = from == null ? Long.MIN_VALUE : date(from, false);
        long u = until == null ? Long.MAX_VALUE : date(until, true);
        if (f > u) {
            throw OaiError.bad("badArgument", "from is later than until.");
        }
        String set = r.arg("set") == null ? "" : r.arg("set");
        if (!set.isEmpty() && !SET_SPEC.matcher(set).matches()) {
            throw OaiError.bad("badArgument", "The set argument is not a setSpec.");
        }
        return new ListQuery(r.verb(), r.arg("metadataPrefix"), set, f, u, 0, snapshot);
    }

    /** A UTCdatetime at day or second granularity; a day as {@code until} means its last second. */
    private static long date(String value, boolean endOfDay) {
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate d = LocalDate.parse(value);
                return (endOfDay ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1
                        : d.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            }
            if (SECOND.matcher(value).matches()) {
                return Instant.parse(value).getEpochSecond();
            }
        } catch (DateTimeException e) {
            // an impossible date (2026-02-30, 25:00): the same answer as any other malformed one
        }
        throw OaiError.bad("badArgument", "Dates must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).");
    }

    ListQuery at(int newCursor) {
        return new ListQuery(verb, prefix, set, from, until, newCursor, snapshot);
    }

    String token() {
        String plain = String.join("|", VERSION, verb, prefix, set, Long.toString(from), Long.toString(until),
                Integer.toString(cursor), snapshot);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The query a token stands for, or null when it is not one of ours for {@code verb}. */
    static ListQuery parse(String token, String verb) {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (p.length != 8 || !p[0].equals(VERSION) || !p[1].equals(verb)) {
                return null;
            }
            ListQuery q = new ListQuery(p[1], p[2], p[3], Long.parseLong(p[4]), Long.parseLong(p[5]),
                    Integer.parseInt(p[6]), p[7]);
            return q.cursor() < 0 || (!q.set().isEmpty() && !SET_SPEC.matcher(q.set()).matches()) ? null : q;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a record with {@code stamp} and {@code sets} is in the list. */
    boolean matches(long stamp, java.util.List<String> sets) {
        if (stamp < from || stamp > until) {
            return false;
        }
        return set.isEmpty() || sets.stream().anyMatch(s -> s.equals(set) || s.startsWith(set + ":"));
    }
}
