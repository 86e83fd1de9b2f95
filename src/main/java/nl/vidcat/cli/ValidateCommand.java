package nl.vidcat.cli;

import nl.vidcat.store.CatalogLayout;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.validate.CatalogContext;
import nl.vidcat.validate.GoalHint;
import nl.vidcat.validate.Lang;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.RuleSet;
import nl.vidcat.validate.Rules;
import nl.vidcat.validate.Severity;
import nl.vidcat.validate.Source;
import nl.vidcat.validate.Summary;
import nl.vidcat.validate.Targets;
import nl.vidcat.validate.Validator;
import nl.vidcat.validate.format.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat validate}: checks records or a metadata sheet against the schema and the rules. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Check records or a metadata sheet against the schema and the catalog's rules.",
                "PATH is a catalog, record files or a metadata sheet (CSV, before ingest); they are checked against"
                        + " the record schema and the kerndoelen, licence, privacy and accessibility rules. Never opens"
                        + " a video. With no PATH, validates the whole catalog of --catalog.",
                "The text report adds a hint to each record without kerndoelen: the kerndoelen 'vidcat suggest'"
                        + " proposes from the kerndoel texts, with their confidence. It is not a finding and"
                        + " changes no count or exit code; the other formats leave it out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:nothing reached --fail-on",
                "1:findings at or above --fail-on (default: errors)",
                "2:usage error: bad option, missing path or catalog, bad rule in catalog.json"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Catalog directories, record files or folders of them (.json), or metadata sheets (.csv).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default, grouped per record), json, junit (JUnit XML), sarif (SARIF 2.1.0) or github"
                    + " (GitHub Actions annotations).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding of this severity or worse exists: error (default) or warning.")
    private Severity failOn = Severity.ERROR;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    private Path output;

    @Option(names = "--output", paramLabel = "FILE", hidden = true, description = "Deprecated: the old name of --out.")
    void setOutput(Path file) {
        output = file;
    }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the messages: nl (default) or en. JSON and SARIF always carry both.")
    private Lang lang = Lang.NL;

    @Mixin
    private WorkerJobs jobs;

    @Option(names = "--list-rules",
            description = "List every rule with its id, severity and meaning (with this catalog's overrides), then exit.")
    private boolean listRules;

    @Override
    public Integer call() throws IOException {
        if (listRules) {
            write(out -> listRules(out));
            return 0;
        }
        Validator.preload();
        List<Source> sources = new Targets(globals.catalog()).resolve(paths);
        // the hint on records without kerndoelen is for people: machine formats stay as they are
        Validator validator = new Validator(jobs.jobs(), globals.progress(),
                format == ReportFormat.TEXT ? new SuggestHint(globals.catalog()) : GoalHint.NONE);
        ReportFormat.Options options = new ReportFormat.Options(lang, failOn, VersionProvider.version());
        Summary[] summary = new Summary[1];
        write(out -> summary[0] = validator.validate(sources, format.open(out, options)));
        if ((!format.human() || output != null) && !globals.quiet()) {
            spec.commandLine().getErr().println(ReportFormat.summary(summary[0], lang));
        }
        return summary[0].fails(failOn) ? 1 : 0;
    }

    @FunctionalInterface
    private interface Report {
        void writeTo(Writer out) throws IOException;
    }

    /** To --out through a temp file (a CI job never picks up half a report), else to standard output. */
    private void write(Report report) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            report.writeTo(out);
            out.flush();
            return;
        }
        AtomicFiles.replace(output, temp -> {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                report.writeTo(w);
            }
        });
    }

    private void listRules(Writer out) throws IOException {
        RuleSet rules = catalogRules();
        if (format == ReportFormat.JSON) {
            List<java.util.Map<String, String>> list = new ArrayList<>();
            for (Rule r : Rules.all()) {
                Severity s = rules.severity(r);
                list.add(java.util.Map.of("id", r.id(), "severity", r.severity().code(),
                        "effective", s == null ? "off" : s.code(), "nl", r.nl(), "en", r.en()));
            }
            out.write(new String(Json.pretty(list), StandardCharsets.UTF_8));
            return;
        }
        int width = Rules.all().stream().mapToInt(r -> r.id().length()).max().orElse(20) + 2;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + width + "s%-10s%-10s%s%n", "rule", lang.pick("standaard", "default"),
                lang.pick("hier", "here"), lang.pick("betekenis", "meaning")));
        for (Rule r : Rules.all()) {
            Severity s = rules.severity(r);
            sb.append(String.format("%-" + width + "s%-10s%-10s%s%n", r.id(), r.severity().code(),
                    s == null ? "off" : s.code(), r.describe(lang)));
        }
        out.write(sb.toString());
    }

    /** The rules as --catalog configures them, or the defaults when there is no catalog there. */
    private RuleSet catalogRules() {
        if (CatalogLayout.isCatalog(globals.catalog())) {
            return CatalogContext.of(Catalog.open(globals.catalog())).rules();
        }
        return RuleSet.DEFAULTS;
    }
}
