package nl.vidcat.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an index build says about itself, stored in its Lucene commit user data so it travels with the index files.
 *
 * @param build           the build directory name
 * @param fingerprint     digest over every (record id, record hash): equal fingerprints mean equal documents
 * @param records         documents in the index
 * @param searchable      documents without validation errors (found by default)
 * @param analyzerVersion {@link DutchAnalysis#VERSION} at build time; a different one forces a full rebuild
 * @param vidcatVersion   the vidcat that built it
 * @param builtAt         when the build was committed
 * @param mode            "full" or "incremental"
 */
public record IndexInfo(String build, String fingerprint, long records, long searchable, int analyzerVersion,
                        String vidcatVersion, Instant builtAt, String mode) {

    private static final String PREFIX = "vidcat.";

    Map<String, String> toUserData() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(PREFIX + "fingerprint", fingerprint);
        m.put(PREFIX + "records", Long.toString(records));
        m.put(PREFIX + "searchable", Long.toString(searchable));
        m.put(PREFIX + "analyzerVersion", Integer.toString(analyzerVersion));
        m.put(PREFIX + "vidcatVersion", vidcatVersion);
        m.put(PREFIX + "builtAt", builtAt.toString());
        m.put(PREFIX + "mode", mode);
        return m;
    }

    /** Reads the user data of a build; missing keys (an index not built by vidcat) come back empty or -1. */
    static IndexInfo fromUserData(String build, Map<String, String> u) {
        return new IndexInfo(build, u.getOrDefault(PREFIX + "fingerprint", ""),
                parseLong(u.get(PREFIX + "records")), parseLong(u.get(PREFIX + "searchable")),
                (int) parseLong(u.get(PREFIX + "analyzerVersion")), u.getOrDefault(PREFIX + "vidcatVersion", "?"),
                u.containsKey(PREFIX + "builtAt") ? Instant.parse(u.get(PREFIX + "builtAt")) : null,
                u.getOrDefault(PREFIX + "mode", "?"));
    }

    private static long parseLong(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
