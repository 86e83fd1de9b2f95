package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.vidcat.export.Xml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OaiIdentifyTest {

    @TempDir
    Path tmp;

    @Test
    void identifyNamesTheServerAndTheExportsIdentifierScheme() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(3).export();
        try (Server server = c.serve(2)) {
            Xml id = new OaiClient(server).get("verb=Identify");
            assertEquals("http://127.0.0.1:" + server.port() + "/oai", id.text("//oai:Identify/oai:baseURL"));
            assertEquals("ict@hetbaken.nl", id.text("//oai:Identify/oai:adminEmail"));
            assertEquals(PublishedCatalog.HOST, id.text("//id:oai-identifier/id:repositoryIdentifier"));
            assertEquals("persistent", id.text("//oai:Identify/oai:deletedRecord"));
            assertEquals("YYYY-MM-DDThh:mm:ssZ", id.text("//oai:Identify/oai:granularity"));
            assertEquals("2026-09-01T08:00:00Z", id.text("//oai:Identify/oai:earliestDatestamp"));
            assertEquals("oai:" + PublishedCatalog.HOST + ":" + c.ids.get(0),
                    id.text("//id:oai-identifier/id:sampleIdentifier"));
        }
    }
}
