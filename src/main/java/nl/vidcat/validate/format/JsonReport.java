package nl.vidcat.validate.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.vidcat.io.Json;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.ItemReport;
import nl.vidcat.validate.RecordSchema;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Summary;

/**
 * One JSON document: a flat {@code findings} array (easy to filter with jq) streamed as found, then the summary.
 * Both languages are always present.
 */
final class JsonReport implements ReportSink {

    private final JsonGenerator g;
    private final ReportFormat.Options options;

    JsonReport(Writer out, ReportFormat.Options options) throws IOException {
        this.g = generator(out);
        this.options = options;
    }

    /** A pretty-printing generator that leaves {@code out} open (the caller owns the stream). */
    static JsonGenerator generator(Writer out) throws IOException {
        return Json.mapper().getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
    }

    @Override
    public void begin(List<Rule> rules) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "vidcat");
        g.writeStringField("version", options.version());
        g.writeEndObject();
        g.writeStringField("schema", RecordSchema.get().id());
        g.writeArrayFieldStart("findings");
    }

    @Override
    public void item(ItemReport r) throws IOException {
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule().id());
            g.writeStringField("severity", f.severity().code());
            g.writeStringField("file", f.location().file());
            if (f.location().line() != null) {
                g.writeNumberField("line", f.location().line());
            }
            if (f.location().field() != null) {
                g.writeStringField("field", f.location().field());
            }
            if (r.recordId() != null) {
                g.writeStringField("recordId", r.recordId());
            }
            g.writeObjectFieldStart("message");
            g.writeStringField("nl", f.nl());
            g.writeStringField("en", f.en());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("items", s.items());
        g.writeNumberField("itemsWithErrors", s.failedItems());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeBooleanField("failed", s.fails(options.failOn()));
        g.writeStringField("failOn", options.failOn().code());
        g.writeObjectFieldStart("byRule");
        for (var e : s.byRule().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("seconds", s.elapsed().toMillis() / 1000.0);
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
