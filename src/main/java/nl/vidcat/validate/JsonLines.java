package nl.vidcat.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.vidcat.catalog.Json;

/**
 * Line numbers for JSON pointers in a record file, so CI annotations and editors jump to the offending line. Only
 * records with findings pay for this second, streaming parse.
 */
final class JsonLines {

    private JsonLines() {
    }

    /**
     * @return pointer -> 1-based line of the member or element it names; a pointer to something absent (a missing
     *         title) gets the line of its nearest existing ancestor
     */
    static Map<String, Integer> lines(byte[] json, Set<String> pointers) {
        Set<String> wanted = new HashSet<>();
        for (String p : pointers) {
            for (String a = p; a != null; a = parent(a)) {
                wanted.add(a);
            }
        }
        Map<String, Integer> found = new HashMap<>();
        try (JsonParser parser = Json.mapper().createParser(json)) {
            JsonToken t;
            while ((t = parser.nextToken()) != null && found.size() < wanted.size()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // At FIELD_NAME the context names the member; at START_* it is the new container, whose pointer is
                // that of the value being opened; for scalars in arrays it carries the index.
                String p = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(p)) {
                    found.putIfAbsent(p, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // the record parsed once already; a failure here only costs the line numbers
        }
        Map<String, Integer> out = new HashMap<>();
        for (String p : pointers) {
            for (String a = p; a != null; a = parent(a)) {
                Integer line = found.get(a);
                if (line != null) {
                    out.put(p, line);
                    break;
                }
            }
        }
        return out;
    }

    private static String parent(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
