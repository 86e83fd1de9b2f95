package nl.vidcat.validate.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.ItemReport;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Summary;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,title=…::message} lines that GitHub turns into
 * annotations on the changed files, followed by a plain summary line for the log.
 */
final class GithubReport implements ReportSink {

    private final Writer out;
    private final ReportFormat.Options options;

    GithubReport(Writer out, ReportFormat.Options options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void begin(List<Rule> rules) {
    }

    @Override
    public void item(ItemReport r) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            sb.append("::").append(f.severity().code()).append(" file=").append(property(f.location().file()));
            if (f.location().line() != null) {
                sb.append(",line=").append(f.location().line());
            }
            sb.append(",title=").append(property("vidcat " + f.rule().id()));
            String field = f.location().field();
            String message = (field == null || field.isEmpty() ? "" : "(" + field + ") ") + f.message(options.lang());
            sb.append("::").append(data(message)).append('\n');
        }
        out.write(sb.toString());
    }

    @Override
    public void end(Summary s) throws IOException {
        out.write(TextReport.summary(s, options.lang()) + "\n");
        out.flush();
    }

    /**
     * Escaping of a command's message, as the Actions runner's toolkit does it; control characters of record text
     * escaped as on the console, since the annotations end up in a log viewer or terminal.
     */
    static String data(String s) {
        return ControlCharacters.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command property value, which also may not contain ':' or ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
