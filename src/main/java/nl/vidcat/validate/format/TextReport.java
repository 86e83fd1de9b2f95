package nl.vidcat.validate.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.ItemReport;
import nl.vidcat.validate.Lang;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Summary;

/**
 * For people: findings grouped per record or sheet row, each line starting with {@code file:line:} so terminals and
 * editors can jump there; clean items are not listed.
 */
final class TextReport implements ReportSink {

    private final Writer out;
    private final ReportFormat.Options options;
    private final Lang lang;

    TextReport(Writer out, ReportFormat.Options options) {
        this.out = out;
        this.options = options;
        this.lang = options.lang();
    }

    @Override
    public void begin(List<Rule> rules) {
    }

    @Override
    public void item(ItemReport r) throws IOException {
        if (r.clean() && r.hint() == null) {
            return;
        }
        StringBuilder sb = new StringBuilder(r.name());
        if (r.title() != null && !r.title().isBlank()) {
            sb.append(" — ").append(r.title().strip());
        } else if (r.recordId() != null) {
            sb.append(" — ").append(r.recordId());
        }
        sb.append('\n');
        for (Finding f : r.findings()) {
            sb.append("  ").append(f.location().file());
            if (f.location().line() != null) {
                sb.append(':').append(f.location().line());
            }
            sb.append(": ").append(f.severity().label(lang)).append(" [").append(f.rule().id()).append("] ");
            if (f.location().field() != null && !f.location().field().isEmpty()) {
                sb.append('(').append(f.location().field()).append(") ");
            }
            sb.append(f.message(lang)).append('\n');
        }
        if (r.hint() != null) {
            sb.append("  ").append(r.name()).append(": ").append(lang.pick("hint: voorgestelde kerndoelen: ",
                    "hint: suggested: ")).append(r.hint()).append('\n');
        }
        // titles, file names and quoted values are record text: a report file is read on a terminal too
        out.write(ControlCharacters.escape(sb.append('\n').toString()));
    }

    @Override
    public void end(Summary s) throws IOException {
        out.write(summary(s, lang) + "\n");
        out.flush();
    }

    /** One paragraph both the text report and the command's stderr summary use. */
    static String summary(Summary s, Lang lang) {
        String seconds = String.format(lang == Lang.NL ? Locale.forLanguageTag("nl") : Locale.ROOT, "%.1f",
                s.elapsed().toNanos() / 1e9);
        if (s.errors() == 0 && s.warnings() == 0) {
            return lang.pick("In orde: " + s.items() + " gecontroleerd, geen fouten of waarschuwingen (" + seconds + " s).",
                    "OK: " + s.items() + " checked, no errors or warnings (" + seconds + " s).");
        }
        StringBuilder top = new StringBuilder();
        s.byRule().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5)
                .forEach(e -> top.append(top.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        return lang.pick(
                s.items() + " gecontroleerd, " + s.failedItems() + " met fouten: " + s.errors() + " fouten, "
                        + s.warnings() + " waarschuwingen (" + seconds + " s). Meest: " + top + ".",
                s.items() + " checked, " + s.failedItems() + " with errors: " + s.errors() + " errors, "
                        + s.warnings() + " warnings (" + seconds + " s). Most: " + top + ".");
    }
}
