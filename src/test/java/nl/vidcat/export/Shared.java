package nl.vidcat.export;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The read-only reference folder ({@code shared/} beside the repository): Kennisnet's examples and the XSDs. Tests
 * may read it; the product never does. Found through -Dvidcat.shared, else by walking up from the working dir.
 */
final class Shared {

    private static Schema lom;
    private static Schema contentPackage;

    private Shared() {
    }

    static Path dir() {
        String prop = System.getProperty("vidcat.shared");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("shared/README.md"))) {
                return p.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/ reference folder found above " + Path.of("").toAbsolutePath()
                + "; set -Dvidcat.shared=/path/to/shared");
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
