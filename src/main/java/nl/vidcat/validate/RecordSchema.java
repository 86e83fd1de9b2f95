package nl.vidcat.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vidcat.io.Json;

/**
 * {@code catalog-schema/record.schema.json} (JSON Schema 2020-12, shipped in the jar) checked with networknt
 * json-schema-validator. Compiled once; thread-safe.
 */
public final class RecordSchema {

    public static final String RESOURCE = "/catalog-schema/record.schema.json";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** One way the instance breaks the schema, at a JSON pointer ("" = the whole record). */
    public record Violation(String pointer, String nl, String en) {
    }

    private static volatile RecordSchema instance;

    private final String id;
    private final JsonSchemaFactory factory;
    private final JsonNode node;
    private final JsonSchema english;
    /** Compiled when the first record fails (by a worker, not before the first record is read). */
    private volatile JsonSchema dutch;

    private RecordSchema() {
        node = read();
        id = node.path("$id").asText();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        english = compile(factory, node, Locale.ENGLISH);
    }

    private JsonSchema dutch() {
        JsonSchema d = dutch;
        if (d == null) {
            synchronized (this) {
                d = dutch;
                if (d == null) {
                    d = compile(factory, node, DUTCH);
                    dutch = d;
                }
            }
        }
        return d;
    }

    public static RecordSchema get() {
        if (instance == null) {
            synchronized (RecordSchema.class) {
                if (instance == null) {
                    instance = new RecordSchema();
                }
            }
        }
        return instance;
    }

    /** The schema's {@code $id}, which carries its version. */
    public String id() {
        return id;
    }

    /** Everything wrong with {@code record}, in document order; empty when it conforms. */
    public List<Violation> validate(JsonNode record) {
        Set<ValidationMessage> en = english.validate(record);
        if (en.isEmpty()) {
            return List.of();
        }
        // Only failing records pay for the second, Dutch pass; both passes walk the schema in the same order.
        List<ValidationMessage> nl = new ArrayList<>(dutch().validate(record));
        List<Violation> out = new ArrayList<>();
        int i = 0;
        for (ValidationMessage m : en) {
            String pointer = m.getInstanceLocation().toString();
            ValidationMessage d = i < nl.size() ? nl.get(i) : m;
            String[] type = "type".equals(m.getType()) ? TypeWords.of(m.getInstanceNode(), m.getArguments()) : null;
            out.add(type != null ? new Violation(pointer, type[0], type[1]) : new Violation(pointer, text(d), text(m)));
            i++;
        }
        return out;
    }

    private static String text(ValidationMessage m) {
        // The library prefixes the instance location; findings carry it separately.
        String s = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    private JsonSchema compile(JsonSchemaFactory factory, JsonNode node, Locale locale) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(locale)
                .build();
        JsonSchema s = factory.getSchema(SchemaLocation.of(id), node, config);
        s.initializeValidators();
        return s;
    }

    private static JsonNode read() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
