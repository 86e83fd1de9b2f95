package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.export.Xml;
import nl.vidcat.io.Json;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a server sees across exports and restarts: new builds, deleted records, tokens, exports without sets. */
class OaiLifecycleTest {

    static final String ID = OaiProtocolTest.ID;

    @TempDir
    Path tmp;

    @Test
    void aDamagedRecordFileIsAnErrorNeverABrokenDocument() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(3).export();
        Path lom = c.exportDir().resolve("GetRecord").resolve("lom");
        String cut = c.ids.get(0);
        String latin1 = c.ids.get(1);
        Files.writeString(lom.resolve(cut + ".xml"), "<?xml version=\"1.0\"?><OAI-PMH><GetRecord><record><meta");
        byte[] good = Files.readAllBytes(lom.resolve(latin1 + ".xml"));
        String text = new String(good, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("<metadata>") + "<metadata>".length();
        byte[] bad = (text.substring(0, at) + "caf\u00e9" + text.substring(at))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // é as one byte: not UTF-8
        Files.write(lom.resolve(latin1 + ".xml"), bad);
        try (Server server = c.serve(2)) {
            for (String id : List.of(cut, latin1)) {
                var r = OaiClient.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + server.port() + "/oai?verb=GetRecord&metadataPrefix=lom&identifier=" + ID + id)).build());
                assertTrue(r.statusCode() >= 500, id + ": HTTP " + r.statusCode());
                assertFalse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<OAI-PMH"), id);
            }
            Xml fine = new OaiClient(server).get("verb=GetRecord&metadataPrefix=lom&identifier=" + ID + c.ids.get(2));
            assertEquals(1, fine.count("//oai:metadata"), "the other records are served as before");
        }
    }

    @Test
    void aNewExportIsServedWithoutRestartAndWithdrawnRecordsAreDeleted() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(5).export();
        try (Server server = c.serve(2)) {
            OaiClient oai = new OaiClient(server);
            String token = oai.get("verb=ListIdentifiers&metadataPrefix=lom").text("//oai:resumptionToken");
            String gone = c.ids.get(1);
            PublishedExport published = PublishedExport.open(c.exportDir());
            assertTrue(published.isPublished(gone));
            VideoRecord r = c.fx.catalog.find(gone).orElseThrow();
            c.fx.save(r.withStatus(ReviewStatus.REJECTED, PublishedCatalog.day(20)));
            c.export();

            Xml record = oai.get("verb=GetRecord&metadataPrefix=lom&identifier=" + ID + gone);
            assertEquals("deleted", record.text("//oai:header/@status"));
            assertEquals(0, record.count("//oai:metadata"));
            Xml list = oai.get("verb=ListRecords&metadataPrefix=oai_dc&from=" + record.text("//oai:datestamp"));
            assertEquals(List.of("deleted"), list.texts("//oai:record/oai:header/@status"));
            assertEquals("noMetadataFormats", oai.error("verb=ListMetadataFormats&identifier=" + ID + gone));
            assertFalse(published.isPublished(gone));
            assertTrue(published.isPublished(c.ids.get(0)));
            // the list the token belonged to is gone with its export
            assertEquals("badResumptionToken", oai.error("verb=ListIdentifiers&resumptionToken=" + token));
            // deleted records stay listed, in their sets too
            assertEquals(5, OaiProtocolTest.harvest(oai, "ListIdentifiers", "&metadataPrefix=lom&set=vak", false)
                    .size());
        }
    }

    @Test
    void requestsDuringReExportsAreAnsweredFromOneBuild() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(6).export();
        String first = c.ids.get(0);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread exporter = new Thread(() -> {
            try {
                for (int k = 1; k <= 4; k++) {
                    VideoRecord r = c.fx.catalog.find(first).orElseThrow();
                    c.fx.save(r.withMetadata(r.metadata().toBuilder().title("Video 0 versie " + k).build(), r.origin(),
                            PublishedCatalog.day(30 + k)));
                    c.export();
                }
            } catch (Throwable t) {
                failed.set(t);
            }
        });
        try (Server server = c.serve(2)) {
            OaiClient oai = new OaiClient(server);
            exporter.start();
            int answers = 0;
            while (exporter.isAlive() || answers < 3) {
                Xml x = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + ID + first);
                String title = x.text("//dc:title");
                String stamp = x.text("//oai:header/oai:datestamp");
                String expected = title.equals("Video 0") ? PublishedCatalog.day(0).toString()
                        : PublishedCatalog.day(30 + Integer.parseInt(title.substring(title.length() - 1))).toString();
                assertEquals(expected, stamp, "header and metadata of one build: " + title);
                Xml list = oai.get("verb=ListRecords&metadataPrefix=lom&set=vak");
                assertEquals(2, list.count("//oai:record/oai:metadata/lom:lom"));
                assertEquals("6", list.text("//oai:resumptionToken/@completeListSize"));
                answers++;
            }
            exporter.join();
            assertEquals(null, failed.get());
            assertEquals("Video 0 versie 4", oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + ID + first)
                    .text("//dc:title"));
        }
    }

    @Test
    void aRemovedExportIs503UntilTheNextOne() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(2).export();
        try (Server server = c.serve(10)) {
            nl.vidcat.io.AtomicFiles.deleteTree(c.exportDir());
            java.net.URI identify = java.net.URI.create("http://127.0.0.1:" + server.port() + "/oai?verb=Identify");
            assertEquals(503, OaiClient.send(java.net.http.HttpRequest.newBuilder(identify).build()).statusCode());
            c.export();
            assertEquals(2, new OaiClient(server).get("verb=ListIdentifiers&metadataPrefix=lom").count("//oai:header"));
        }
    }

    @Test
    void anEmptyRepositoryIsValidAndMatchesNothing() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).export();
        try (Server server = c.serve(10)) {
            OaiClient oai = new OaiClient(server);
            Xml id = oai.get("verb=Identify");
            assertEquals(id.text("//oai:responseDate"), id.text("//oai:earliestDatestamp"));
            assertEquals("noRecordsMatch", oai.error("verb=ListRecords&metadataPrefix=lom"));
            assertEquals("noRecordsMatch", oai.error("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-01-01"));
            assertEquals("noSetHierarchy", oai.error("verb=ListSets"));
            assertEquals("idDoesNotExist", oai.error("verb=GetRecord&metadataPrefix=lom&identifier=oai:"
                    + PublishedCatalog.HOST + ":x"));
            assertEquals(2, oai.get("verb=ListMetadataFormats").count("//oai:metadataFormat"));
        }
    }

    @Test
    void identifyNamesTheBaseUrlGiven() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(1).export();
        try (Server server = Server.start(c.fx.catalog.layout(), PublishedExport.open(c.exportDir()),
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
                "https://school.nl/video/", 10)) {
            Xml id = new OaiClient(server).get("verb=Identify");
            assertEquals("https://school.nl/video/oai", id.text("//oai:Identify/oai:baseURL"));
            assertEquals("https://school.nl/video/oai", id.text("//oai:request"));
        }
    }

    @Test
    void tokensSurviveARestartOfTheServer() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(5).export();
        String token;
        try (Server first = c.serve(2)) {
            token = new OaiClient(first).get("verb=ListRecords&metadataPrefix=lom&set=niveau").text(
                    "//oai:resumptionToken");
        }
        try (Server second = c.serve(2)) {
            Xml page = new OaiClient(second).get("verb=ListRecords&resumptionToken=" + token);
            assertEquals(List.of(ID + c.ids.get(2), ID + c.ids.get(3)), page.texts("//oai:header/oai:identifier"));
            assertEquals("2", page.text("//oai:resumptionToken/@cursor"));
        }
    }

    @Test
    void anExportFromBeforeSetsHasNoSetHierarchy() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(3).export();
        Path marker = c.exportDir().resolve(Snapshot.MARKER);
        ObjectNode m = (ObjectNode) Json.mapper().readTree(marker.toFile());
        ObjectNode state = (ObjectNode) m.get("state");
        state.remove("sets");
        for (JsonNode r : state.get("records")) {
            ((ObjectNode) r).remove("sets");
        }
        Files.write(marker, Json.pretty(m));
        try (Server server = c.serve(5)) {
            OaiClient oai = new OaiClient(server);
            assertEquals("noSetHierarchy", oai.error("verb=ListSets"));
            assertEquals("noSetHierarchy", oai.error("verb=ListRecords&metadataPrefix=lom&set=vak"));
            Xml all = oai.get("verb=ListIdentifiers&metadataPrefix=lom");
            assertEquals(3, all.count("//oai:header"));
            assertEquals(0, all.count("//oai:setSpec"));
        }
    }
}
