package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.vidcat.model.AudioStream;
import nl.vidcat.io.Json;
import nl.vidcat.model.Loudness;
import nl.vidcat.model.Media;
import nl.vidcat.model.Origin;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Problem;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.Term;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.model.VideoStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecordSchemaTest {

    private final RecordSchema schema = RecordSchema.get();

    /** Records as the fixture and every stage produce them: sparse, full, with unknown terms and problems. */
    static Stream<VideoRecord> fixtureRecords() {
        VideoRecord full = RecordFixtures.sample("breuken-vereenvoudigen-3f9a2c1d")
                .withMedia(new Media(
                        List.of(new Rendition("720p", "web", "media/b/720p.mp4", 1280, 720, "h264", "High", "yuv420p",
                                "aac", 95.0, 12_345_678L, 1_000_000L, "a".repeat(64), false, true)),
                        new Poster("media/b/poster.jpg", "media/b/poster.webp", 3.5, 0.82, 1280, 720),
                        new Storyboard("media/b/storyboard.jpg", "media/b/storyboard.vtt", 2.0, 160, 90, 10, 48),
                        List.of(new SubtitleTrack("media/b/nl.vtt", "nl", "b".repeat(64))),
                        new Loudness(-23.1, -4.2, 6.5, -33.4, 0.3, -16.0, -1.5)), Instant.parse("2026-09-02T10:15:30.123456789Z"))
                .withReview(new Review("mw. Jansen", RecordFixtures.T0, Map.of("inhoud", "4", "didactiek", "ok"),
                        "approve", "Helder uitgelegd"), ReviewStatus.APPROVED, RecordFixtures.T0)
                .withStageProblems("transcode", List.of(new Problem("transcode.vfr", "variable frame rate")), RecordFixtures.T0);
        SourceFile s = full.source();
        VideoRecord gps = full.withSource(new SourceFile(s.originalPath(), s.file(), s.size(), s.sha256(), s.container(),
                s.durationSeconds(), new VideoStream("hevc", null, 1920, 1080, 29.97, 10, "yuv420p10le", 90, true),
                null, List.of("location"), "media/b/source.srt"), RecordFixtures.T0);
        VideoRecord noMetadata = new VideoRecord(VideoRecord.SCHEMA_VERSION, "zonder-blad-00000000", null, s,
                new Origin(null, null), null, null, null,
                List.of(new Problem("ingest.no-sheet-row", "no row names this file")), RecordFixtures.T0, RecordFixtures.T0);
        VideoRecord minimal = new VideoRecord(VideoRecord.SCHEMA_VERSION, "x", null, null, null, null, null, null,
                null, null, null);
        return Stream.of(
                RecordFixtures.sample("breuken-vereenvoudigen-00000000"),
                RecordFixtures.sample("fotosynthese-1a2b3c4d", "Fotosynthese in het blad", "biologie", "vmbo-gt, havo",
                        "1-2", "KD30, kerndoel 31"),
                RecordFixtures.sample("onbekend-00000000", "Iets", "wiskunda", "hvo/vwo", "abc, 7", "KD99, PO 12, x"),
                RecordFixtures.sample("uuid-00000000", "Op UUID", "7afbb7a6-c29b-425c-9c59-6f79c845f5f0", "VWO",
                        "1 t/m 3", "f82de175-d5d2-4fba-8a4e-bac6494f83ae"),
                full, gps, noMetadata, minimal);
    }

    @ParameterizedTest
    @MethodSource("fixtureRecords")
    void everyRecordTheModelWritesConforms(VideoRecord r) throws IOException {
        JsonNode tree = Json.mapper().readTree(Json.pretty(r));
        assertEquals(List.of(), schema.validate(tree), () -> new String(Json.pretty(r)));
    }

    @Test
    void schemaIsVersionedLikeTheModel() throws IOException {
        JsonNode s = schemaJson();
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertTrue(schema.id().contains("/" + VideoRecord.SCHEMA_VERSION + "/"), schema.id());
        assertEquals(VideoRecord.SCHEMA_VERSION, s.at("/properties/schemaVersion/const").asInt());
    }

    /**
     * The schema names exactly the components of the Java records, so a component added to the model without a
     * schema update (or a typo in the schema) fails here rather than in a user's CI.
     */
    @Test
    void schemaPropertiesMatchTheRecordModelExactly() throws IOException {
        JsonNode s = schemaJson();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(VideoRecord.class));
        Set<Class<?>> seen = new HashSet<>();
        List<String> mismatches = new ArrayList<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            JsonNode def = type == VideoRecord.class ? s : s.at("/$defs/" + decapitalize(type.getSimpleName()));
            if (def.isMissingNode()) {
                mismatches.add(type.getSimpleName() + ": no $defs/" + decapitalize(type.getSimpleName()));
                continue;
            }
            assertFalse(def.path("additionalProperties").asBoolean(true), type + " must forbid unknown properties");
            Set<String> components = new TreeSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(c.getName());
                recordTypesIn(c.getGenericType(), todo);
            }
            Set<String> properties = new TreeSet<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            if (!components.equals(properties)) {
                mismatches.add(type.getSimpleName() + ": model " + components + " vs schema " + properties);
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(seen.containsAll(List.of(Term.class, AudioStream.class, Loudness.class, Review.class)), seen::toString);
    }

    private static void recordTypesIn(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c && c.isRecord()) {
            todo.push(c);
        } else if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                recordTypesIn(arg, todo);
            }
        }
    }

    static Stream<Object[]> brokenRecords() {
        return Stream.of(
                broken("wrong schema version", r -> r.put("schemaVersion", 2), "/schemaVersion"),
                broken("missing id", r -> r.remove("id"), ""),
                broken("id with a path in it", r -> r.put("id", "../etc/passwd"), "/id"),
                broken("unknown status", r -> r.put("status", "gepubliceerd"), "/status"),
                broken("typo in a field name", r -> ((ObjectNode) r.get("metadata")).set("titel",
                        r.at("/metadata/title")), "/metadata"),
                broken("year as text", r -> ((ArrayNode) r.at("/metadata/years")).set(0, "een"), "/metadata/years/0"),
                broken("year zero", r -> ((ArrayNode) r.at("/metadata/years")).set(0, 0), "/metadata/years/0"),
                broken("consent as text", r -> ((ObjectNode) r.get("metadata")).put("consent", "ja"),
                        "/metadata/consent"),
                broken("term without id or input", r -> ((ObjectNode) r.at("/metadata/subject")).removeAll(),
                        "/metadata/subject"),
                broken("path leaving the catalog", r -> ((ObjectNode) r.get("source")).put("file",
                        "media/../../geheim.mp4"), "/source/file"),
                broken("absolute path", r -> ((ObjectNode) r.get("source")).put("file", "/etc/passwd"),
                        "/source/file"),
                broken("bad checksum", r -> ((ObjectNode) r.get("source")).put("sha256", "xyz"), "/source/sha256"),
                broken("negative duration", r -> ((ObjectNode) r.get("source")).put("durationSeconds", -1),
                        "/source/durationSeconds"),
                broken("not a date", r -> r.put("ingestedAt", "gisteren"), "/ingestedAt"),
                broken("explicit null", r -> r.putNull("metadata"), "/metadata"),
                broken("problem code without stage", r -> ((ArrayNode) r.get("problems")).addObject()
                        .put("code", "oops").put("message", "x"), "/problems/0/code"),
                broken("record is an array", r -> r.removeAll(), ""));
    }

    private static Object[] broken(String what, Consumer<ObjectNode> change, String pointer) {
        return new Object[]{what, change, pointer};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecords")
    void brokenRecordsAreRejectedAtTheRightPlace(String what, Consumer<ObjectNode> change, String pointer)
            throws IOException {
        ObjectNode r = (ObjectNode) Json.mapper().readTree(Json.pretty(RecordFixtures.sample("a-00000000")));
        change.accept(r);
        JsonNode instance = what.equals("record is an array") ? Json.mapper().createArrayNode() : r;
        List<RecordSchema.Violation> v = schema.validate(instance);
        assertFalse(v.isEmpty(), what + " passed the schema");
        assertTrue(v.stream().anyMatch(x -> x.pointer().equals(pointer)), what + ": " + v);
        assertTrue(v.stream().allMatch(x -> !x.nl().isBlank() && !x.en().isBlank() && !x.nl().equals(x.en())),
                () -> "both languages expected: " + v);
    }

    private static JsonNode schemaJson() throws IOException {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RecordSchema.RESOURCE)) {
            return Json.mapper().readTree(in);
        }
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
