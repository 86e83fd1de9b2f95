package nl.vidcat.export;

import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The reference material the export tests check against: Kennisnet's example records and the XSDs, copied from the
 * read-only {@code shared/} folder into the test resources. The product never reads them.
 */
public final class Shared {

    private static Schema lom;
    private static Schema contentPackage;
    private static Schema oai;

    private Shared() {
    }

    /**
     * The folder holding {@code reference/xsd} and {@code reference/edurep}: -Dvidcat.shared when given, else the
     * copy under src/test/resources (see its README), so the tests run on a clean clone without {@code ../shared}.
     */
    public static Path dir() {
        String prop = System.getProperty("vidcat.shared");
        if (prop != null) {
            return Path.of(prop);
        }
        try {
            var url = Shared.class.getResource("/reference/README.md");
            if (url == null) {
                throw new IllegalStateException("test resource reference/README.md is missing");
            }
            return Path.of(url.toURI()).getParent().getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path xsd(String name) {
        return dir().resolve("reference/xsd").resolve(name);
    }

    static synchronized Schema lomSchema() throws Exception {
        if (lom == null) {
            lom = factory().newSchema(xsd("imsmd_v1p2p4.xsd").toFile());
        }
        return lom;
    }

    /** IMS CP 1.1 with the IMS MD 1.2.4 binding, for manifests with embedded NL-LOM. */
    static synchronized Schema contentPackageSchema() throws Exception {
        if (contentPackage == null) {
            contentPackage = factory().newSchema(new Source[] {
                    new StreamSource(xsd("imscp_v1p1.xsd").toFile()), new StreamSource(xsd("imsmd_v1p2p4.xsd").toFile())});
        }
        return contentPackage;
    }

    /** OAI-PMH 2.0 with every payload this repository sends (oai_dc, oai-identifier, IMS MD), strictly. */
    public static synchronized Schema oaiSchema() throws Exception {
        if (oai == null) {
            oai = factory().newSchema(xsd("oai/all.xsd").toFile());
        }
        return oai;
    }

    private static SchemaFactory factory() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the schemas import xml.xsd from beside themselves: local files only, never the network
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }
}
