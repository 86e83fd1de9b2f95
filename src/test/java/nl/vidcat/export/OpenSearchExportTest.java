package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.io.Json;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchExportTest {

    @TempDir
    Path tmp;

    @Test
    void bulkPairsUseRecordIdsAndMatchTheStrictMapping() throws Exception {
        ExportFixtures fx = new ExportFixtures(tmp);
        fx.approved("breuken-3f9a2c1d");
        VideoRecord r = fx.published(RecordFixtures.sample("geheim-4444dddd"));
        Metadata m = r.metadata();
        fx.save(ExportFixtures.withMetadata(r, m.toBuilder().makers(List.of("Kees de Leerling"))
                .consent(Boolean.FALSE).subtitles(null).build()));
        fx.rule("makers.no-consent", "warning"); // by default the record would not be exported at all
        ExportResult res = new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.OPENSEARCH, tmp.resolve("out"))
                .withBaseUrl(ExportFixtures.BASE), Progress.NONE);
        assertEquals(2, res.exported().size());
        List<String> lines = Files.readAllLines(tmp.resolve("out/bulk-0001.ndjson"));
        assertEquals(4, lines.size());
        JsonNode mapping = Json.mapper().readTree(tmp.resolve("out/index.json").toFile());
        JsonNode props = mapping.at("/mappings/properties");
        assertEquals("strict", mapping.at("/mappings/dynamic").asText());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            JsonNode action = Json.mapper().readTree(lines.get(i));
            JsonNode doc = Json.mapper().readTree(lines.get(i + 1));
            ids.add(action.at("/index/_id").asText());
            assertEquals(action.at("/index/_id").asText(), doc.get("id").asText());
            doc.fieldNames().forEachRemaining(f -> assertTrue(props.has(f), "mapped field " + f));
        }
        assertEquals(List.of("breuken-3f9a2c1d", "geheim-4444dddd"), ids);
        JsonNode first = Json.mapper().readTree(lines.get(1));
        assertEquals("Wiskunde", first.get("subject").asText());
        assertEquals("havo", first.at("/level/0").asText());
        assertEquals(1, first.at("/year/0").asInt());
        assertEquals("22", first.at("/kerndoel/0").asText());
        assertEquals("cc-by-sa-40", first.get("licence").asText());
        assertEquals("0-2", first.get("duration_range").asText());
        assertEquals("De teller en de noemer.", first.get("subtitles").asText());
        assertEquals(ExportFixtures.BASE + "/breuken-3f9a2c1d/index.html", first.get("url").asText());
        assertEquals("Sanne", first.at("/makers/0").asText());
        String secret = lines.get(3);
        assertFalse(secret.contains("Kees") || secret.contains("De Vries") || secret.contains("source.mp4"), secret);
        for (String f : List.of("subject", "level", "year", "kerndoel", "licence", "language", "school", "status", "duration")) {
            assertTrue(props.has(f), f);
        }
        assertEquals("keyword", props.at("/subject/type").asText());
        assertEquals("dutch", props.at("/title/analyzer").asText());
        assertEquals("dutch", mapping.at("/settings/analysis/filter/dutch_stemmer/language").asText());
        assertTrue(mapping.at("/settings/analysis/filter/school_synonyms/synonyms").toString().contains("wiskunde, wis"),
                mapping.at("/settings/analysis/filter/school_synonyms").toString());
    }

    @Test
    void durationBuckets() {
        assertEquals("0-2", OpenSearchWriter.durationRange(119));
        assertEquals("2-5", OpenSearchWriter.durationRange(120));
        assertEquals("5-10", OpenSearchWriter.durationRange(599));
        assertEquals("10+", OpenSearchWriter.durationRange(600));
    }
}
