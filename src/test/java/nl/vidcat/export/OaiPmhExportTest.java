package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.transform.dom.DOMSource;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class OaiPmhExportTest extends ExportTestBase {

    static final String HOST = "video.hetbaken.nl";

    Path out;

    @BeforeEach
    void records() throws Exception {
        out = tmp.resolve("oai");
        for (int i = 1; i <= 5; i++) {
            fx.approved("video-" + i + "-0000000" + i, "Video " + i, "wiskunde", "havo", "1", i % 2 == 0 ? "KD22" : "");
        }
    }

    private ExportResult export(Instant now) throws Exception {
        return new Exporter(fx.catalog, Clock.fixed(now, ZoneOffset.UTC)).export(
                ExportRequest.of(ExportFormat.OAI_PMH, out).withBaseUrl(ExportFixtures.BASE)
                        .withAdminEmail("ict@hetbaken.nl").withPageSize(2), Progress.NONE);
    }

    @Test
    void identifyAndFormatsHaveTheRequiredElements() throws Exception {
        export(Instant.parse("2026-10-01T00:00:00Z"));
        Xml id = response("Identify.xml", "Identify");
        assertEquals("catalog", id.text("//oai:Identify/oai:repositoryName"));
        assertEquals(ExportFixtures.BASE + "/oai", id.text("//oai:Identify/oai:baseURL"));
        assertEquals("2.0", id.text("//oai:Identify/oai:protocolVersion"));
        assertEquals("ict@hetbaken.nl", id.text("//oai:Identify/oai:adminEmail"));
        assertEquals("2026-09-01T08:00:00Z", id.text("//oai:Identify/oai:earliestDatestamp"));
        assertEquals("persistent", id.text("//oai:Identify/oai:deletedRecord"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", id.text("//oai:Identify/oai:granularity"));
        assertEquals(HOST, id.text("//id:oai-identifier/id:repositoryIdentifier"));
        Xml f = response("ListMetadataFormats.xml", "ListMetadataFormats");
        assertEquals(List.of("lom", "oai_dc"), f.texts("//oai:metadataFormat/oai:metadataPrefix"));
        assertEquals(NlLom.NS, f.text("//oai:metadataFormat[oai:metadataPrefix='lom']/oai:metadataNamespace"));
        assertEquals("noSetHierarchy", Xml.parse(out.resolve("ListSets.xml")).text("//oai:error/@code"));
        for (String code : OaiPmhWriter.ERRORS) {
            Xml e = Xml.parse(out.resolve("errors/" + code + ".xml"));
            assertEquals(code, e.text("/oai:OAI-PMH/oai:error/@code"));
            assertFalse(e.text("/oai:OAI-PMH/oai:responseDate").isEmpty());
        }
    }

    @Test
    void listRecordsPagesWithResumptionTokensAndEveryRecordValidates() throws Exception {
        export(Instant.parse("2026-10-01T00:00:00Z"));
        for (String prefix : List.of("lom", "oai_dc")) {
            List<String> ids = new ArrayList<>();
            String file = prefix;
            int pages = 0;
            while (true) {
                Xml page = response("ListRecords/" + file + ".xml", "ListRecords");
                pages++;
                ids.addAll(page.texts("//oai:record/oai:header/oai:identifier"));
                assertEquals("5", page.text("//oai:resumptionToken/@completeListSize"));
                assertEquals(String.valueOf((pages - 1) * 2), page.text("//oai:resumptionToken/@cursor"));
                if (pages > 1) {
                    assertEquals(file, page.text("/oai:OAI-PMH/oai:request/@resumptionToken"));
                } else {
                    assertEquals(prefix, page.text("/oai:OAI-PMH/oai:request/@metadataPrefix"));
                }
                if (prefix.equals("lom")) {
                    NodeList loms = page.doc.getElementsByTagNameNS(NlLom.NS, "lom");
                    for (int i = 0; i < loms.getLength(); i++) {
                        Shared.lomSchema().newValidator().validate(new DOMSource(loms.item(i)));
                    }
                    assertEquals(page.count("//oai:record"), loms.getLength());
                } else {
                    assertEquals(page.count("//oai:record"), page.count("//oai:metadata/oai_dc:dc/dc:title"));
                    assertTrue(page.texts("//dc:rights").stream().allMatch(s -> s.startsWith("https://creativecommons.org/")));
                }
                String next = page.text("//oai:resumptionToken");
                if (next.isEmpty()) {
                    break;
                }
                file = next;
            }
            assertEquals(3, pages);
            assertEquals(Stream.of(1, 2, 3, 4, 5).map(i -> "oai:" + HOST + ":video-" + i + "-0000000" + i).toList(), ids);
        }
        Xml headers = response("ListIdentifiers/lom.xml", "ListIdentifiers");
        assertEquals(2, headers.count("//oai:header"));
        assertEquals(0, headers.count("//oai:metadata"));
        Xml get = response("GetRecord/lom/video-2-00000002.xml", "GetRecord");
        assertEquals("oai:" + HOST + ":video-2-00000002", get.text("//oai:GetRecord/oai:record/oai:header/oai:identifier"));
        assertEquals("2", get.text("//lom:lom/lom:general/lom:aggregationlevel/lom:value/lom:langstring"));
    }

    @Test
    void recordsThatDisappearAreListedAsDeletedFromThenOn() throws Exception {
        export(Instant.parse("2026-10-01T00:00:00Z"));
        Map<String, String> first = datestamps();
        // one record rejected, one removed from the catalog, one changed
        VideoRecord v2 = fx.catalog.find("video-2-00000002").orElseThrow();
        fx.save(v2.withStatus(ReviewStatus.REJECTED, Instant.parse("2026-10-02T09:00:00Z")));
        Files.delete(fx.catalog.recordFile("video-3-00000003"));
        VideoRecord v4 = fx.catalog.find("video-4-00000004").orElseThrow();
        Metadata m = v4.metadata();
        fx.save(v4.withMetadata(m.toBuilder().title("Video 4, nieuwe titel").subtitles(null).build(),
                v4.origin(), Instant.parse("2026-10-02T10:00:00Z")));

        Instant second = Instant.parse("2026-10-03T00:00:00Z");
        ExportResult r = export(second);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("video-3-00000003") && n.contains("deleted")), r.notes().toString());
        Map<String, String> now = datestamps();
        assertEquals(first.get("video-1-00000001"), now.get("video-1-00000001"), "unchanged records keep their datestamp");
        assertEquals("2026-10-03T00:00:00Z", now.get("video-2-00000002"));
        assertEquals("2026-10-03T00:00:00Z", now.get("video-3-00000003"));
        assertEquals("2026-10-02T10:00:00Z", now.get("video-4-00000004"));
        Xml deleted = response("GetRecord/lom/video-3-00000003.xml", "GetRecord");
        assertEquals("deleted", deleted.text("//oai:header/@status"));
        assertEquals(0, deleted.count("//oai:metadata"));
        assertEquals("2026-10-03T00:00:00Z", Xml.parse(out.resolve("Identify.xml")).text("//oai:responseDate"));

        // a later export remembers the deletions (and their dates) and is byte-identical when nothing changed
        Map<String, byte[]> before = files(out);
        export(Instant.parse("2026-10-09T00:00:00Z"));
        Map<String, byte[]> after = files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    @Test
    void theStateKeepsEachRecordsSetsForServeAndTheXmlHasNone() throws Exception {
        fx.approved("video-6-00000006", "Video 6", "bouwtechniek - metselen", "vmbo-k, havo", "1", "");
        export(Instant.parse("2026-10-01T00:00:00Z"));
        com.fasterxml.jackson.databind.JsonNode state = nl.vidcat.io.Json.mapper()
                .readTree(out.resolve(".vidcat-export.json").toFile()).get("state");
        assertEquals("[\"vak\",\"vak:wiskunde\",\"niveau\",\"niveau:havo\"]",
                state.at("/records/video-1-00000001/sets").toString());
        assertEquals("[\"vak\",\"vak:bouwtechniek-metselen\",\"niveau\",\"niveau:vmbo-k\",\"niveau:havo\"]",
                state.at("/records/video-6-00000006/sets").toString());
        assertEquals("Wiskunde", state.at("/sets/vak:wiskunde").asText());
        assertEquals("Vak", state.at("/sets/vak").asText());
        assertEquals(0, response("ListRecords/lom.xml", "ListRecords").count("//oai:setSpec"));
        assertEquals("noSetHierarchy", Xml.parse(out.resolve("ListSets.xml")).text("//oai:error/@code"));

        VideoRecord v6 = fx.catalog.find("video-6-00000006").orElseThrow();
        fx.save(v6.withStatus(ReviewStatus.REJECTED, Instant.parse("2026-10-02T09:00:00Z")));
        export(Instant.parse("2026-10-03T00:00:00Z"));
        state = nl.vidcat.io.Json.mapper().readTree(out.resolve(".vidcat-export.json").toFile()).get("state");
        assertTrue(state.at("/records/video-6-00000006/deleted").asBoolean());
        assertEquals(5, state.at("/records/video-6-00000006/sets").size(), "a deleted record stays in its sets");
        assertEquals("niveau:vmbo-k", state.at("/records/video-6-00000006/sets/3").asText());
        assertTrue(state.at("/sets/vak:bouwtechniek-metselen").isTextual());
    }

    @Test
    void setSpecPartsHoldOnlyOaiSetSpecCharacters() {
        assertEquals("bouwtechniek-metselen", OaiSets.slug("bouwtechniek - metselen"));
        assertEquals("nederlands", OaiSets.slug("Nederlands"));
        assertEquals("cafe-creme", OaiSets.slug(" Café/Crème! "));
        assertEquals("", OaiSets.slug("–"));
    }

    @Test
    void anEmptyRepositoryAnswersNoRecordsMatch() throws Exception {
        for (Path f : fx.catalog.recordFiles()) {
            Files.delete(f);
        }
        export(Instant.parse("2026-10-01T00:00:00Z"));
        assertEquals("noRecordsMatch", Xml.parse(out.resolve("ListRecords/lom.xml")).text("//oai:error/@code"));
    }

    @Test
    void tokensChangeWithTheSnapshot() {
        assertEquals("lom-2-abc", OaiPmhWriter.token("lom", 1, "abc"));
    }

    private Xml response(String file, String verb) throws Exception {
        Xml x = Xml.parse(out.resolve(file));
        assertEquals(1, x.count("/oai:OAI-PMH/oai:responseDate"), file);
        assertTrue(x.text("/oai:OAI-PMH/oai:responseDate").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), file);
        assertEquals(ExportFixtures.BASE + "/oai", x.text("/oai:OAI-PMH/oai:request"), file);
        assertEquals(verb, x.text("/oai:OAI-PMH/oai:request/@verb"), file);
        assertEquals(1, x.count("/oai:OAI-PMH/oai:" + verb), file);
        return x;
    }

    private Map<String, String> datestamps() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String file = "lom"; ; ) {
            Xml page = Xml.parse(this.out.resolve("ListIdentifiers/" + file + ".xml"));
            NodeList headers = page.doc.getElementsByTagNameNS(OaiPmhWriter.NS, "header");
            for (int i = 0; i < headers.getLength(); i++) {
                Node h = headers.item(i);
                String id = h.getChildNodes().item(1).getTextContent();
                String stamp = h.getChildNodes().item(3).getTextContent();
                out.put(id.substring(id.lastIndexOf(':') + 1), stamp);
            }
            file = page.text("//oai:resumptionToken");
            if (file.isEmpty()) {
                return out;
            }
        }
    }

    /** Every file under {@code dir} with its bytes, by relative path. */
    static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
