package nl.vidcat.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema type violation in the words every command uses for a record file that does not read (what was expected,
 * what was found, quoted): "should be a list but is a text ("a, b")" rather than the schema library's "string found,
 * array expected". Only failing records get here.
 */
final class TypeWords {

    private TypeWords() {
    }

    /**
     * @param arguments the library's message arguments: the type found and the expected type(s), e.g. "array" or
     *                  "[string, null]"
     * @return {Dutch, English}, or null when the violation is not understood
     */
    static String[] of(JsonNode found, Object[] arguments) {
        if (found == null || arguments == null || arguments.length < 2 || arguments[1] == null) {
            return null;
        }
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String t : arguments[1].toString().replaceAll("[\\[\\]\\s]", "").split(",")) {
            String[] w = name(t);
            if (w == null) {
                return null;
            }
            nl.add(w[0]);
            en.add(w[1]);
        }
        String[] is = found(found);
        return new String[]{"moet " + String.join(" of ", nl) + " zijn, maar is " + is[0],
                "should be " + String.join(" or ", en) + " but is " + is[1]};
    }

    private static String[] name(String schemaType) {
        return switch (schemaType) {
            case "array" -> new String[]{"een lijst", "a list"};
            case "string" -> new String[]{"een tekst", "a text"};
            case "integer" -> new String[]{"een geheel getal", "a whole number"};
            case "number" -> new String[]{"een getal", "a number"};
            case "boolean" -> new String[]{"true of false", "true or false"};
            case "object" -> new String[]{"een object { … }", "an object { … }"};
            case "null" -> new String[]{"leeg (null)", "empty (null)"};
            default -> null;
        };
    }

    private static String[] found(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            String q = "\"" + (t.length() > 60 ? t.substring(0, 57) + "…" : t).replace("\"", "\\\"") + "\"";
            return new String[]{"een tekst (" + q + ")", "a text (" + q + ")"};
        }
        if (n.isNumber()) {
            return new String[]{"een getal (" + n.asText() + ")", "a number (" + n.asText() + ")"};
        }
        if (n.isBoolean()) {
            return new String[]{n.asText(), n.asText()};
        }
        if (n.isArray()) {
            return new String[]{"een lijst [ … ]", "a list [ … ]"};
        }
        if (n.isObject()) {
            return new String[]{"een object { … }", "an object { … }"};
        }
        return new String[]{"leeg (null)", "empty (null)"};
    }
}
