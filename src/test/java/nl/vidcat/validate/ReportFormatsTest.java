package nl.vidcat.validate;

import static nl.vidcat.validate.ValidateFixtures.clean;
import static nl.vidcat.validate.ValidateFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.stage.Progress;
import nl.vidcat.vocab.Normalizer;
import nl.vidcat.validate.format.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every --format on the same input: machine formats validated against their schemas (SARIF 2.1.0: the official
 * OASIS JSON schema; JUnit: src/test/resources/schemas/junit-report.xsd) and parsed back to the same findings.
 */
class ReportFormatsTest {

    private static final Normalizer N = Normalizer.standard();

    @TempDir
    Path tmp;
    private List<Source> sources;
    /** A record file whose name needs escaping in GitHub annotation properties. */
    private Path oddFile;

    @BeforeEach
    void input() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat.save(clean("ok-00000000"));
        // errors (unknown subject, no consent, a control character) and warnings (short title, no subtitles)
        cat.save(edit(clean("fout-00000000"), m -> {
            m.title = "Kort\u0007";
            m.subject = N.subject("wiskunda");
            m.consent = null;
            m.subtitles = null;
        }));
        Path odd = Files.createDirectories(tmp.resolve("los"));
        oddFile = odd.resolve("Klas 2b, uitleg: 100%.json");
        Files.writeString(oddFile, "{ \"schemaVersion\": 1,\n  \"id\": ");
        sources = List.of(Source.catalog(Catalog.open(cat.dir())), Source.records(List.of(oddFile),
                CatalogContext.NONE));
    }

    private String render(ReportFormat format, Severity failOn) throws IOException {
        StringWriter out = new StringWriter();
        new Validator(2, Progress.NONE).validate(sources,
                format.open(out, new ReportFormat.Options(Lang.NL, failOn, "1.2.3")));
        return out.toString();
    }

    @Test
    void sarifIsValidSarif210AndCarriesEveryFinding() throws IOException {
        String sarif = render(ReportFormat.SARIF, Severity.ERROR);
        JsonNode doc = Json.mapper().readTree(sarif);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(doc);
        assertEquals(Set.of(), errors, sarif);
        JsonNode broken = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");
        assertFalse(schema.validate(broken).isEmpty(), "the schema really is checked");

        JsonNode run = doc.path("runs").get(0);
        assertEquals(Rules.all().size(), run.path("tool").path("driver").path("rules").size());
        List<String> ids = new ArrayList<>();
        for (JsonNode r : run.path("results")) {
            ids.add(r.path("ruleId").asText());
            int index = r.path("ruleIndex").asInt();
            assertEquals(r.path("ruleId").asText(),
                    run.path("tool").path("driver").path("rules").get(index).path("id").asText());
            assertFalse(r.path("properties").path("messageEn").asText().isBlank());
        }
        assertEquals(List.of("title.short", "subject.unknown", "makers.no-consent", "subtitles.missing",
                "text.control-characters", "record.unreadable"), ids);
        JsonNode unreadable = run.path("results").get(5).path("locations").get(0).path("physicalLocation");
        assertTrue(unreadable.path("artifactLocation").path("uri").asText().endsWith("Klas%202b,%20uitleg:%20100%25.json"),
                unreadable.toString());
        assertEquals(2, unreadable.path("region").path("startLine").asInt());
        JsonNode warning = run.path("results").get(0);
        assertEquals("warning", warning.path("level").asText());
        assertEquals("/metadata/title", warning.path("locations").get(0).path("logicalLocations").get(0)
                .path("fullyQualifiedName").asText());
    }

    @Test
    void junitIsValidAgainstTheSchemaAndCountsFailuresByFailOn() throws Exception {
        for (Severity failOn : Severity.values()) {
            String xml = render(ReportFormat.JUNIT, failOn);
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.newSchema(getClass().getResource("/schemas/junit-report.xsd")).newValidator()
                    .validate(new StreamSource(new StringReader(xml)));

            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)));
            NodeList suites = doc.getElementsByTagName("testsuite");
            assertEquals(3, suites.getLength(), "one suite per record file, in file name order");
            Element bad = (Element) suites.item(0);
            Element ok = (Element) suites.item(1);
            assertEquals("0", ok.getAttribute("failures"));
            assertEquals("valid", ((Element) ok.getElementsByTagName("testcase").item(0)).getAttribute("name"));
            assertEquals("5", bad.getAttribute("tests"));
            assertEquals(failOn == Severity.ERROR ? "3" : "5", bad.getAttribute("failures"));
            assertEquals(failOn == Severity.ERROR ? 3 : 5, bad.getElementsByTagName("failure").getLength());
            assertEquals(failOn == Severity.ERROR ? 2 : 0, bad.getElementsByTagName("system-out").getLength());
            Element first = (Element) bad.getElementsByTagName("testcase").item(0);
            assertEquals("title.short", first.getAttribute("name"));
            assertEquals("fout-00000000", first.getAttribute("classname"));
            assertTrue(first.getTextContent().contains("Kort"), "control character replaced, text kept");
            Element consent = (Element) bad.getElementsByTagName("failure").item(failOn == Severity.ERROR ? 1 : 2);
            assertEquals("error", consent.getAttribute("type"));
            assertFalse(consent.getTextContent().contains("Sanne"), "names of minors never in reports");
        }
    }

    @Test
    void githubAnnotationsEscapePropertiesAndData() throws IOException {
        String out = render(ReportFormat.GITHUB, Severity.ERROR);
        List<String> annotations = out.lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(6, annotations.size(), out);
        Pattern command = Pattern.compile("::(error|warning) file=([^,:]+)(?:,line=(\\d+))?,title=([^,:]+)::(.*)");
        for (String a : annotations) {
            Matcher m = command.matcher(a);
            assertTrue(m.matches(), a);
            assertFalse(m.group(5).contains("\n") || m.group(5).contains("\r"));
        }
        Matcher odd = command.matcher(annotations.get(5));
        assertTrue(odd.matches());
        assertEquals("error", odd.group(1));
        assertTrue(odd.group(2).endsWith("los/Klas 2b%2C uitleg%3A 100%25.json"), odd.group(2));
        assertEquals("2", odd.group(3));
        assertEquals("vidcat record.unreadable", odd.group(4));
        Matcher title = command.matcher(annotations.get(0));
        assertTrue(title.matches());
        assertEquals("warning", title.group(1));
        assertTrue(title.group(2).endsWith("catalog/records/fout-00000000.json"));
        assertTrue(out.lines().toList().getLast().contains("3 gecontroleerd"), out);
    }

    @Test
    void githubEscapingFollowsTheActionsToolkit() {
        assertEquals("a%25b%0D%0Ac: d, e", escapeData("a%b\r\nc: d, e"));
        assertEquals("a%25b%0D%0Ac%3A d%2C e", escapeProperty("a%b\r\nc: d, e"));
    }

    @Test
    void jsonIsOneDocumentWithBothLanguagesAndTheSummary() throws IOException {
        JsonNode doc = Json.mapper().readTree(render(ReportFormat.JSON, Severity.WARNING));
        assertEquals("vidcat", doc.path("tool").path("name").asText());
        assertEquals(6, doc.path("findings").size());
        JsonNode consent = doc.path("findings").get(2);
        assertEquals("makers.no-consent", consent.path("rule").asText());
        assertEquals("error", consent.path("severity").asText());
        assertEquals("fout-00000000", consent.path("recordId").asText());
        assertEquals("/metadata/makers", consent.path("field").asText());
        assertTrue(consent.path("line").asInt() > 1);
        assertFalse(consent.path("message").path("nl").asText().equals(consent.path("message").path("en").asText()));
        JsonNode s = doc.path("summary");
        assertEquals(3, s.path("items").asInt());
        assertEquals(2, s.path("itemsWithErrors").asInt());
        assertEquals(4, s.path("errors").asInt());
        assertEquals(2, s.path("warnings").asInt());
        assertTrue(s.path("failed").asBoolean());
        assertEquals("warning", s.path("failOn").asText());
        assertEquals(1, s.path("byRule").path("subject.unknown").asInt());
    }

    @Test
    void textGroupsPerRecordWithFileAndLine() throws IOException {
        String text = render(ReportFormat.TEXT, Severity.ERROR);
        assertFalse(text.contains("ok-00000000"), "clean records are not listed");
        List<String> lines = text.lines().toList();
        int head = indexOf(lines, "records/fout-00000000.json — Kort");
        assertTrue(head >= 0, text);
        assertTrue(lines.get(head + 1).matches("  .*records/fout-00000000\\.json:\\d+: waarschuwing \\[title\\.short\\]"
                + " \\(/metadata/title\\) .*"), lines.get(head + 1));
        assertTrue(lines.get(head + 2).contains(": fout [subject.unknown]") && lines.get(head + 2).contains("wiskunde"),
                lines.get(head + 2));
        assertTrue(text.contains("Klas 2b, uitleg: 100%.json:2: fout [record.unreadable]"), text);
        assertTrue(lines.getLast().startsWith("3 gecontroleerd, 2 met fouten: 4 fouten, 2 waarschuwingen"),
                lines.getLast());
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Reaches the package-private escaping through a one-finding report, as a workflow would see it. */
    private String escapeData(String s) {
        return annotationParts(s)[1];
    }

    private String escapeProperty(String s) {
        return annotationParts(s)[0];
    }

    private String[] annotationParts(String s) {
        Finding f = new Finding(Rules.SHEET, Severity.ERROR, new Location(s, null, null), s, s);
        StringWriter out = new StringWriter();
        try {
            var sink = ReportFormat.GITHUB.open(out, new ReportFormat.Options(Lang.EN, Severity.ERROR, "x"));
            sink.item(new ItemReport(s, null, null, null, List.of(f)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Matcher m = Pattern.compile("::error file=(.*),title=[^:]*::(.*)\n").matcher(out.toString());
        assertTrue(m.matches(), out.toString());
        return new String[] {m.group(1), m.group(2)};
    }
}
