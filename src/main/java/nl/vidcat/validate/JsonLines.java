package nl.vidcat.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.vidcat.io.Json;

/**
 * Line numbers for JSON pointers in a record file, so CI annotations and editors jump to the offending line. Only
 * records with findings pay for this second, streaming parse, and it descends only into the members on the way to
 * a wanted pointer: everything else is skipped without building a path for it.
 */
final class JsonLines {

    private JsonLines() {
    }

    /** The wanted pointers as a tree of their reference tokens (unescaped member names or array indexes). */
    private static final class Step {
        final String pointer;
        final Map<String, Step> next = new HashMap<>();

        Step(String pointer) {
            this.pointer = pointer;
        }
    }

    /**
     * @return pointer -> 1-based line of the member or element it names; a pointer to something absent (a missing
     *         title) gets the line of its nearest existing ancestor
     */
    static Map<String, Integer> lines(byte[] json, Set<String> pointers) {
        Map<String, Scalar> found = walk(json, pointers, false);
        Map<String, Integer> out = new HashMap<>();
        for (String p : pointers) {
            for (String a = p; a != null; a = parent(a)) {
                Scalar at = found.get(a);
                if (at != null) {
                    out.put(p, at.line());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Where a pointer's value starts, and its text when it is a string, number or boolean (null for anything else).
     */
    record Scalar(int line, String text) {
    }

    /**
     * The values at {@code pointers} that exist, read in one streaming pass without building the record: the
     * duplicate-title pass reads thousands of records again for three fields.
     */
    static Map<String, Scalar> scalars(byte[] json, Set<String> pointers) {
        Map<String, Scalar> found = walk(json, pointers, true);
        found.keySet().retainAll(pointers);
        return found;
    }

    /** @param texts also keep the text of scalar values (line numbers alone need none: no String per value) */
    private static Map<String, Scalar> walk(byte[] json, Set<String> pointers, boolean texts) {
        Step root = new Step("");
        for (String p : pointers) {
            Step at = root;
            int from = 1;
            while (from <= p.length() && !p.isEmpty()) {
                int slash = p.indexOf('/', from);
                int end = slash < 0 ? p.length() : slash;
                String token = p.substring(from, end).replace("~1", "/").replace("~0", "~");
                String prefix = p.substring(0, end);
                at = at.next.computeIfAbsent(token, t -> new Step(prefix));
                from = end + 1;
            }
        }
        Map<String, Scalar> found = new HashMap<>();
        try (JsonParser parser = Json.mapper().createParser(json)) {
            if (parser.nextToken() != null) {
                found.put("", new Scalar(parser.currentTokenLocation().getLineNr(), null));
                walk(parser, root, found, texts);
            }
        } catch (IOException e) {
            // the record parsed once already; a failure here only costs what was not found yet
        }
        return found;
    }

    /** With the parser on the value at {@code step}: records the wanted members and elements inside it. */
    private static void walk(JsonParser p, Step step, Map<String, Scalar> found, boolean texts) throws IOException {
        if (step.next.isEmpty()) {
            p.skipChildren();
            return;
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Step child = step.next.get(p.currentName());
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                if (child == null) {
                    p.skipChildren();
                } else {
                    found.putIfAbsent(child.pointer, new Scalar(line, text(p, texts)));
                    walk(p, child, found, texts);
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken e = p.nextToken(); e != null && e != JsonToken.END_ARRAY; e = p.nextToken()) {
                Step child = step.next.get(Integer.toString(index++));
                if (child == null) {
                    p.skipChildren();
                } else {
                    found.putIfAbsent(child.pointer, new Scalar(p.currentTokenLocation().getLineNr(), text(p, texts)));
                    walk(p, child, found, texts);
                }
            }
        }
    }

    private static String text(JsonParser p, boolean texts) throws IOException {
        JsonToken t = p.currentToken();
        return texts && t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : null;
    }

    private static String parent(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
