package nl.vidcat.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a JSON file could not be read, in words a coordinator who hand-edited it understands: which field, what was
 * found, what was expected, and the line. Jackson's own messages name Java classes and parser features
 * ("Cannot construct instance of `java.util.ArrayList`…"); none of that reaches a user.
 *
 * @param line   1-based line of the problem, or null when not known
 * @param reason the explanation, without file name or line
 */
public record JsonProblem(Integer line, String reason) {

    /** Whether the file simply stops before the record is complete (a cut-off copy, a full disk). */
    public boolean cutOff() {
        return reason.startsWith("ends at line");
    }

    /** "line 7: 'metadata.keywords' should be …", or the reason alone when the line is unknown. */
    public String text() {
        return line == null ? reason : "line " + line + ": " + reason;
    }

    /**
     * Explains a failure to read {@code root} from JSON.
     *
     * @param root the type being read (its record components name the expected types), or null
     */
    public static JsonProblem of(IOException e, Class<?> root) {
        return of(e, root, null);
    }

    /**
     * @param source the bytes that were read, or null; with them the message can quote the value found (the parser
     *               has been closed by then and may not have read it yet)
     */
    public static JsonProblem of(IOException e, Class<?> root, byte[] source) {
        Integer line = line(e);
        if (e instanceof AccessDeniedException) {
            return new JsonProblem(null, "cannot be read: permission denied");
        }
        if (e instanceof NoSuchFileException) {
            return new JsonProblem(null, "disappeared while it was being read");
        }
        if (e instanceof JsonEOFException || isEndOfInput(e)) {
            if (line == null || e.getMessage() != null && e.getMessage().startsWith("No content to map")) {
                return new JsonProblem(null, "is empty");
            }
            return new JsonProblem(null, "ends at line " + line + " in the middle of the record (cut off?)");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new JsonProblem(line, quoted(path(u)) + " is not a field vidcat knows"
                    + (u.getKnownPropertyIds() == null || u.getKnownPropertyIds().isEmpty() ? ""
                    : " (known here: " + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")"));
        }
        if (e instanceof MismatchedInputException m) {
            return new JsonProblem(line, mismatch(m, root, source));
        }
        if (e instanceof DatabindException d) {
            Throwable cause = d.getCause();
            String why = cause != null && cause.getMessage() != null ? cause.getMessage() : "it has an unusable value";
            return new JsonProblem(line, quoted(path((JsonMappingException) d)) + " cannot be used: " + why);
        }
        if (e instanceof StreamReadException || e instanceof JsonProcessingException) {
            return new JsonProblem(line, "is not valid JSON here: " + syntax(((JsonProcessingException) e)
                    .getOriginalMessage()));
        }
        return new JsonProblem(null, "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()));
    }

    private static Integer line(IOException e) {
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        return at == null || at.getLineNr() < 1 ? null : at.getLineNr();
    }

    private static boolean isEndOfInput(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
        return m != null && (m.contains("end-of-input") || m.startsWith("No content to map"));
    }

    private static String mismatch(MismatchedInputException m, Class<?> root, byte[] source) {
        String field = path(m);
        Type expected = expectedType(m, root);
        String want = expected == null ? describe(m.getTargetType()) : describe(expected);
        String found = m instanceof InvalidFormatException f ? foundValue(f.getValue()) : found(m, source);
        if (field.isEmpty()) {
            return "the file should hold " + want + (found == null ? "" : " but holds " + found);
        }
        return quoted(field) + " should be " + want + (found == null ? "" : " but is " + found);
    }

    /** "metadata.keywords[2]": the JSON path of the failing value, as a user sees it in the file. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex() + 1).append(']');
            }
        }
        return sb.toString();
    }

    private static String quoted(String field) {
        return field.isEmpty() ? "the record" : "'" + field + "'";
    }

    /**
     * The declared type of the failing value, found by walking the record components along the path: it knows that
     * keywords are a list of texts where Jackson only knows "ArrayList".
     */
    private static Type expectedType(JsonMappingException e, Class<?> root) {
        Type at = root;
        if (root == null || e.getPath().isEmpty()) {
            return null;
        }
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                Class<?> c = raw(at);
                if (c == null || !c.isRecord()) {
                    return null;
                }
                at = Arrays.stream(c.getRecordComponents()).filter(rc -> rc.getName().equals(r.getFieldName()))
                        .map(RecordComponent::getGenericType).findFirst().orElse(null);
            } else if (at instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw(p))) {
                at = p.getActualTypeArguments()[0];
            } else {
                return null;
            }
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    private static Class<?> raw(Type t) {
        return t instanceof Class<?> c ? c : t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : null;
    }

    /** "a list of texts", "a number", "one of draft, in-review, …". */
    static String describe(Type t) {
        Class<?> c = raw(t);
        if (c == null) {
            return "another kind of value";
        }
        if (Collection.class.isAssignableFrom(c)) {
            Type element = t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
            return element == null ? "a list" : "a list of " + plural(describe(element));
        }
        if (Map.class.isAssignableFrom(c)) {
            return "an object of named values";
        }
        if (c == String.class || c == CharSequence.class) {
            return "a text";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "true or false";
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class
                || c == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(c) || c.isPrimitive()) {
            return "a number";
        }
        if (c == Instant.class) {
            return "a date and time such as \"2026-09-01T08:00:00Z\"";
        }
        if (c.isEnum()) {
            return "one of " + Arrays.stream(c.getEnumConstants()).map(JsonProblem::enumText)
                    .collect(Collectors.joining(", "));
        }
        return "an object { … }";
    }

    private static String enumText(Object constant) {
        try {
            java.lang.reflect.Method code = constant.getClass().getMethod("code");
            return "\"" + code.invoke(constant) + "\"";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "\"" + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT) + "\"";
        }
    }

    private static String plural(String one) {
        return switch (one) {
            case "a text" -> "texts";
            case "a whole number" -> "whole numbers";
            case "a number" -> "numbers";
            case "an object { … }" -> "objects { … }";
            case "true or false" -> "true or false values";
            default -> one.startsWith("a list") ? "lists" : one;
        };
    }

    /** The value where binding failed, read again from the source: {@code a text ("a, b")}. */
    private static String found(JsonMappingException e, byte[] source) {
        JsonLocation at = e.getLocation();
        long offset = at == null ? -1 : at.getByteOffset();
        if (source == null || offset < 0 || offset >= source.length) {
            return null;
        }
        try (JsonParser p = Json.mapper().createParser(source, (int) offset, source.length - (int) offset)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            return switch (t) {
                case VALUE_STRING -> "a text (" + shortQuote(p.getText()) + ")";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + p.getText() + ")";
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "empty (null)";
                case START_ARRAY, END_ARRAY -> "a list [ … ]";
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object { … }";
                default -> null;
            };
        } catch (IOException notThere) {
            return null;
        }
    }

    private static String foundValue(Object value) {
        if (value instanceof String s) {
            return "a text (" + shortQuote(s) + ")";
        }
        return value == null ? null : String.valueOf(value);
    }

    private static String shortQuote(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final Pattern CHAR_CODE = Pattern.compile("\\('(.*?)' \\(code \\d+\\)\\)");
    private static final Pattern CTRL_CODE = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");

    /** Jackson's syntax message without parser internals (feature names, source descriptions, char codes). */
    public static String syntax(String original) {
        if (original == null) {
            return "unexpected text";
        }
        String m = original;
        Matcher dup = Pattern.compile("Duplicate (?:field|Object property) '([^']*)'").matcher(m);
        if (dup.find()) {
            return "the field '" + dup.group(1) + "' appears twice";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more text after the end of the record";
        }
        if (m.contains("Invalid UTF-8")) {
            return "the file is not UTF-8 text; save it as UTF-8";
        }
        m = m.replaceAll("\\s*\\n.*", "");             // Jackson adds hints on further lines
        m = m.replaceAll("\\s*\\(for [^)]*\\)", "");    // "(for Object starting at …)"
        m = m.replaceAll("\\s*\\([^()]*(?:Feature|feature)[^()]*\\)", "");   // "(… Feature 'X' not enabled …)"
        m = m.replaceAll(";[^;]*(?:Feature|feature)[^;]*", "");              // "; to allow, enable …Feature"
        m = CTRL_CODE.matcher(m).replaceAll("(control character $1)");
        m = CHAR_CODE.matcher(m).replaceAll(r -> Matcher.quoteReplacement("'" + r.group(1) + "'"));
        m = m.replace("Unexpected character", "unexpected character")
                .replace("Unrecognized token", "unrecognized word")
                .replace("was expecting double-quote to start field name", "a field name in double quotes should"
                        + " be here")
                .replace("was expecting comma to separate Object entries", "a comma between fields is missing")
                .replace("was expecting comma to separate Array entries", "a comma between list items is missing")
                .replace("was expecting a colon to separate field name and value", "a ':' after the field name is"
                        + " missing")
                .replace("JSON String", "text").replace("Object entries", "fields").replace("Array entries", "items")
                .replace("was expecting", "expected");
        return m.strip().replaceAll("[:;,]$", "");
    }
}
