package nl.vidcat.validate.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.ItemReport;
import nl.vidcat.validate.Lang;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Summary;

/**
 * SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, Azure DevOps, VS Code SARIF viewer): one run whose
 * driver lists every rule, then the results streamed as found. Relative artifact URIs resolve against the directory
 * vidcat ran in (uriBaseId SRCROOT), which in CI is the repository root.
 */
final class SarifReport implements ReportSink {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String BASE = "SRCROOT";

    private final JsonGenerator g;
    private final ReportFormat.Options options;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    SarifReport(Writer out, ReportFormat.Options options) throws IOException {
        this.g = JsonReport.generator(out);
        this.options = options;
    }

    @Override
    public void begin(List<Rule> rules) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "vidcat");
        g.writeStringField("version", options.version());
        g.writeStringField("language", options.lang() == Lang.NL ? "nl-NL" : "en-US");
        g.writeArrayFieldStart("rules");
        for (Rule r : rules) {
            ruleIndex.put(r.id(), ruleIndex.size());
            g.writeStartObject();
            g.writeStringField("id", r.id());
            text("shortDescription", r.describe(options.lang()));
            text("fullDescription", r.nl() + " / " + r.en());
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(r.severity().code()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(BASE);
        g.writeStringField("uri", Path.of("").toAbsolutePath().toUri().toString());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    @Override
    public void item(ItemReport r) throws IOException {
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.rule().id());
            Integer index = ruleIndex.get(f.rule().id());
            if (index != null) {
                g.writeNumberField("ruleIndex", index);
            }
            g.writeStringField("level", level(f.severity().code()));
            text("message", f.message(options.lang()));
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            String uri = uri(f.location().file());
            g.writeStringField("uri", uri);
            if (!uri.startsWith("file:")) {
                g.writeStringField("uriBaseId", BASE);
            }
            g.writeEndObject();
            if (f.location().line() != null) {
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", f.location().line());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (f.location().field() != null && !f.location().field().isEmpty()) {
                g.writeArrayFieldStart("logicalLocations");
                g.writeStartObject();
                g.writeStringField("fullyQualifiedName", f.location().field());
                g.writeStringField("kind", "member");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            if (r.recordId() != null) {
                g.writeStringField("recordId", r.recordId());
            }
            g.writeStringField("messageNl", f.nl());
            g.writeStringField("messageEn", f.en());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private void text(String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(String severity) {
        return "error".equals(severity) ? "error" : "warning";
    }

    /** A shown path as a URI reference: relative ones percent-encoded, absolute ones as file: URIs. */
    static String uri(String shown) {
        Path p = Path.of(shown);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        try {
            return new URI(null, null, shown, null).toASCIIString();
        } catch (URISyntaxException e) {
            return p.toAbsolutePath().toUri().toString();
        }
    }
}
