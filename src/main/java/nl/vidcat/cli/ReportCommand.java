package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileProblems;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.io.VidcatException;
import nl.vidcat.report.ReportStage;
import nl.vidcat.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vidcat report}: the static HTML overview a coordinator opens from disk. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the catalog report: an HTML overview and a page per video.",
                "The overview shows posters, status, validation and filters; a video's page the player, metadata,"
                        + " findings and reviews. Open index.html in any browser; no server or internet needed. The"
                        + " folder is replaced as a whole."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Where to write the report (default: CATALOG/report). Posters and videos are linked from"
                    + " the catalog, so keep the report and catalog together.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = globals.openCatalog();
        ReportWriter.Result r;
        try {
            r = new ReportStage(Clock.systemUTC(), out, null).work(catalog, globals.progress());
        } catch (FileSystemException e) {
            if (out == null && FileProblems.isNotWritable(e)) {
                throw VidcatException.usage("cannot write the report into " + ReportWriter.defaultDir(catalog)
                        + (FileProblems.isReadOnly(e) ? " (read-only file system)" : " (permission denied)")
                        + "; write it to a folder of yours with --out DIR");
            }
            throw e;
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Report of %d video(s): %d approved, %d in review, %d not yet reviewed, %d rejected;"
                        + " %d with errors, %d with warnings only (%d ms)%n",
                r.videos(), r.byStatus().get(ReviewStatus.APPROVED), r.byStatus().get(ReviewStatus.IN_REVIEW),
                r.byStatus().get(ReviewStatus.DRAFT), r.byStatus().get(ReviewStatus.REJECTED), r.withErrors(),
                r.withWarnings(), r.took().toMillis());
        if (!r.skipped().isEmpty()) {
            w.println("Skipped record(s) with an invalid id: " + String.join(", ", r.skipped()));
        }
        w.println("Open " + r.index().toUri());
        if (!r.unreadable().isEmpty()) {
            w.println(r.unreadable().size() + " record file(s) missing from the report; fix them and run it again:");
            r.unreadable().forEach(m -> w.println("  " + m));
            return VidcatException.FINDINGS;
        }
        return 0;
    }
}
