package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Namespace-aware parsing, XSD validation and XPath with the prefixes the tests use. */
public final class Xml {

    private static final Map<String, String> NS = Map.of(
            "lom", NlLom.NS, "cp", Manifest.NS, "oai", OaiPmhWriter.NS, "oai_dc", OaiPmhWriter.OAI_DC,
            "dc", OaiPmhWriter.DC, "id", OaiPmhWriter.OAI_ID, "xml", XMLConstants.XML_NS_URI);

    public final Document doc;
    private final XPath xpath;

    private Xml(Document doc) {
        this.doc = doc;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    public static Xml parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new Xml(f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
    }

    public static Xml parse(Path file) throws Exception {
        return parse(Files.readAllBytes(file));
    }

    /** Validates against the schema, failing the test with the validator's message and the document. */
    public Xml validate(Schema schema, String what) {
        try {
            schema.newValidator().validate(new DOMSource(doc));
        } catch (Exception e) {
            fail(what + " does not validate: " + e.getMessage());
        }
        return this;
    }

    public String text(String expr) throws Exception {
        return (String) xpath.evaluate(expr, doc, XPathConstants.STRING);
    }

    public List<String> texts(String expr) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expr, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            out.add(n.getTextContent());
        }
        return out;
    }

    public int count(String expr) throws Exception {
        return ((Double) xpath.evaluate("count(" + expr + ")", doc, XPathConstants.NUMBER)).intValue();
    }
}
