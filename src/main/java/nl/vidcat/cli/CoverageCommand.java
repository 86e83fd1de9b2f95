package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.coverage.Coverage;
import nl.vidcat.coverage.CoverageCounter;
import nl.vidcat.coverage.CoverageCsv;
import nl.vidcat.coverage.CoverageText;
import nl.vidcat.coverage.Scope;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.store.RecordScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vidcat coverage}: which kerndoelen the approved videos cover, and which still need a video. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Show which kerndoelen the approved videos cover, per school year and level.",
                "A row per kerndoel, grouped by learning area, with the number of approved videos for each school"
                        + " year and level and in all. A video counts in every year and level it is for, and once in"
                        + " the total; drafts, videos in review and rejected ones do not count. Kerndoelen without a"
                        + " video are marked and listed by learning area at the end: what the next student films"
                        + " could be about. The PO kerndoelen are shown when a record names one. The report"
                        + " (vidcat report) shows the same as a heat map."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written; kerndoelen without a video are information, not findings",
                "1:written, but record files that cannot be read are missing from the counts",
                "2:usage error: unknown subject, no catalog, a file vidcat may not write"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  vidcat coverage",
                "  vidcat coverage --subject wiskunde",
                "  vidcat coverage --format csv -o dekking.csv"})
final class CoverageCommand implements Callable<Integer> {

    enum Format { text, csv, json }

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv (for Excel, a row per kerndoel) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--subject", paramLabel = "VAK",
            description = "Only the videos of this subject (name, code or abbreviation; repeatable), and the"
                    + " kerndoelen of its learning areas.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--po", description = "Also show the PO kerndoelen when no record names one.")
    boolean po;

    @Override
    public Integer call() throws IOException {
        Scope scope = Scope.of(subjects, po);
        if (out != null && Files.isDirectory(out)) {
            throw VidcatException.usage("--out " + out + " is a folder; name a file");
        }
        RecordScan scan = globals.openCatalog().scan();
        Coverage c = new CoverageCounter().count(scan.records(), scope);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(switch (format) {
                case text -> CoverageText.render(c);
                case csv -> CoverageCsv.text(c);
                case json -> new String(Json.pretty(c), StandardCharsets.UTF_8);
            });
        } else {
            AtomicFiles.write(out, switch (format) {
                case text -> CoverageText.render(c).getBytes(StandardCharsets.UTF_8);
                case csv -> CoverageCsv.bytes(c);
                case json -> Json.pretty(c);
            });
            if (!globals.quiet()) {
                stdout.println("Coverage of " + c.approved() + " approved video(s) written to " + out + ": "
                        + String.join("; ", c.sets().stream().map(Coverage.GoalSet::summary).toList()));
            }
        }
        stdout.flush();
        // on stderr: standard output may be a CSV or JSON file being written
        PrintWriter err = spec.commandLine().getErr();
        scan.problems().forEach(m -> err.println("vidcat: not counted: " + m));
        err.flush();
        return scan.complete() ? 0 : VidcatException.FINDINGS;
    }
}
