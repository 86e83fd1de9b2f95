package nl.vidcat.validate.format;

import java.io.IOException;
import java.io.Writer;
import nl.vidcat.validate.Lang;
import nl.vidcat.validate.ReportSink;
import nl.vidcat.validate.Severity;
import nl.vidcat.validate.Summary;

/** The output formats of {@code vidcat validate --format}. */
public enum ReportFormat {
    TEXT,
    JSON,
    JUNIT,
    SARIF,
    GITHUB;

    /**
     * @param lang    the language of the main message text (JSON and SARIF carry both languages anyway)
     * @param failOn  the severity that fails the run: JUnit marks those findings as failures, the rest as output
     * @param version vidcat's version, for formats that name the tool
     */
    public record Options(Lang lang, Severity failOn, String version) {
    }

    /** A sink writing this format to {@code out}; the caller owns and closes {@code out}. */
    public ReportSink open(Writer out, Options options) throws IOException {
        return switch (this) {
            case TEXT -> new TextReport(out, options);
            case JSON -> new JsonReport(out, options);
            case JUNIT -> new JUnitReport(out, options);
            case SARIF -> new SarifReport(out, options);
            case GITHUB -> new GithubReport(out, options);
        };
    }

    /** The closing summary of the text format, for stderr when stdout carries a machine format. */
    public static String summary(Summary s, Lang lang) {
        return TextReport.summary(s, lang);
    }

    /** Whether the output is meant for people; machine formats keep stdout clean and summarize on stderr. */
    public boolean human() {
        return this == TEXT;
    }
}
