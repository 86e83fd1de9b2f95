package nl.vidcat.io;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The one JSON configuration of the catalog: pretty-printed with '\n' line ends on every OS, stable key order
 * (record component order; map keys sorted), ISO-8601 instants, nulls left out. Records written twice from the
 * same value are byte-identical, so a catalog diffs cleanly in git. Control and bidi characters
 * ({@link ControlCharacters}) are written as {@code \}{@code u} escapes, so JSON on a terminal ({@code search
 * --format json}, {@code cat} of a record) cannot act on it and the text is kept exactly.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new ControlEscapes()).build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("rfc3339-instants").addDeserializer(Instant.class, new Rfc3339Instant()))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty JSON with a trailing newline, as stored on disk. */
    public static byte[] pretty(Object value) {
        try {
            return (PRETTY.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Instants as the records store them (RFC 3339, "2026-09-01T08:00:00Z") read with the RFC 3339 parser the schema
     * validator already uses for {@code format: date-time}, so the record and the schema agree on what a timestamp
     * is. Why not the JavaTimeModule default: it parses with {@code DateTimeFormatter.ISO_INSTANT}, whose generic
     * field-resolving parser is the most expensive step of reading a record and the largest single method the JIT
     * compiles while {@code vidcat validate} reads a catalog. Anything else (numbers, other spellings) still goes to
     * the default deserializer, so what was accepted before still is.
     */
    private static final class Rfc3339Instant extends StdScalarDeserializer<Instant> {

        Rfc3339Instant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return ITU.parseDateTime(p.getText()).toInstant();
                } catch (DateTimeException notRfc3339) {
                    // fall through: the default deserializer accepts more, or explains the problem
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctxt);
        }
    }

    /** JSON's own escapes, plus a {@code \}{@code u} escape for DEL, C1 and bidi characters, which JSON allows raw. */
    private static final class ControlEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ControlCharacters.isControl((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
