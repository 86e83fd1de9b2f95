package nl.vidcat.validate.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.ItemReport;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Summary;

/**
 * JUnit XML for CI dashboards (Jenkins, GitLab, Azure). One {@code <testsuite>} per record file or sheet row, so
 * every suite's counts are known when it is written and the report streams; one {@code <testcase>} per finding
 * (named by rule id) or a single passing "valid" case for a clean item. Findings at or above --fail-on are
 * {@code <failure>}s; lesser ones pass with their text in {@code <system-out>}.
 */
final class JUnitReport implements ReportSink {

    private final XMLStreamWriter x;
    private final ReportFormat.Options options;

    JUnitReport(Writer out, ReportFormat.Options options) throws IOException {
        try {
            this.x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        this.options = options;
    }

    @Override
    public void begin(List<Rule> rules) throws IOException {
        try {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "vidcat validate");
            x.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void item(ItemReport r) throws IOException {
        long failures = r.findings().stream().filter(f -> f.severity().reaches(options.failOn())).count();
        try {
            x.writeCharacters("  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", safe(r.name()));
            x.writeAttribute("tests", String.valueOf(Math.max(1, r.findings().size())));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            x.writeAttribute("time", "0");
            if (r.clean()) {
                testcase(r, "valid", null);
            }
            for (Finding f : r.findings()) {
                testcase(r, f.rule().id(), f);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void testcase(ItemReport r, String name, Finding f) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("name", name);
        x.writeAttribute("classname", safe(r.recordId() != null ? r.recordId() : r.name()));
        x.writeAttribute("file", safe(r.file()));
        if (f != null && f.location().line() != null) {
            x.writeAttribute("line", String.valueOf(f.location().line()));
        }
        x.writeAttribute("time", "0");
        if (f != null) {
            String text = f.location().file() + (f.location().line() == null ? "" : ":" + f.location().line())
                    + (f.location().field() == null ? "" : " (" + f.location().field() + ")") + "\n"
                    + f.message(options.lang()) + "\n";
            if (f.severity().reaches(options.failOn())) {
                x.writeStartElement("failure");
                x.writeAttribute("type", f.severity().code());
                x.writeAttribute("message", safe(f.message(options.lang())));
                x.writeCharacters(safe(text));
                x.writeEndElement();
            } else {
                x.writeStartElement("system-out");
                x.writeCharacters(safe(f.severity().code() + ": " + text));
                x.writeEndElement();
            }
        }
        x.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, and a title typed in a sheet may hold one. */
    static String safe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || Character.isSurrogate(c);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public void end(Summary summary) throws IOException {
        try {
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
