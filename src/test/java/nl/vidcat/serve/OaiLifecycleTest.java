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
