package nl.vidcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.export.ExportFormat;
import nl.vidcat.ingest.Ingester;
import nl.vidcat.pipeline.Pipeline;
import nl.vidcat.pipeline.RunResult;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run every stage on a folder of videos and its sheet: the whole job in one command.",
                "A quick check of the catalog (see 'vidcat check'), then ingest FOLDER with its sheet, validate,"
                + " transcode, make thumbnails, update the search index and write the report page (and export, with"
                + " --export).",
                "Every stage skips what is already done: after adding 3 videos to FOLDER, a rerun works on those 3."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every stage succeeded for every video",
                "1:something needs a person: catalog damage found by the check, rejected rows or files, validation"
                        + " errors, failed videos (see the table)",
                "2:usage error (missing folder or sheet, unreadable sheet, catalog busy)"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions imports;

    @Option(names = "--ingest-jobs", paramLabel = "N", converter = Jobs.class,
            description = "Files to probe and hash at once while ingesting (default: one per core).")
    int ingestJobs = Runtime.getRuntime().availableProcessors();

    /** {@code run -j} probed files before {@code --ingest-jobs} said so; kept for existing scripts. */
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = Jobs.class, hidden = true,
            description = "Deprecated: the old name of --ingest-jobs.")
    void setJobs(int n) {
        ingestJobs = n;
    }

    @Option(names = "--media-jobs", paramLabel = "N", defaultValue = "1", converter = Jobs.class,
            description = "Videos to transcode and thumbnail at once (default: ${DEFAULT-VALUE}; each encode already"
                    + " uses all cores).")
    int mediaJobs;

    @Mixin
    ProfileOptions profiles;

    @Option(names = "--export", paramLabel = "FORMAT", converter = ExportCommand.FormatConverter.class,
            description = "Also export: nllom, imscp, oai-pmh, opensearch or csv (only approved, valid records).")
    ExportFormat export;

    @Option(names = "--export-out", paramLabel = "DIR", description = "Export folder (default: CATALOG/export/FORMAT).")
    Path exportOut;

    @Mixin
    PublishOptions publish;

    @Option(names = "--report-out", paramLabel = "DIR", description = "Report folder (default: CATALOG/report).")
    Path reportOut;

    @Override
    public Integer call() throws Exception {
        Ingester.Options ingest = imports.toIngest(ingestJobs, false);
        Catalog catalog = Catalog.openOrCreate(globals.catalog());
        Logging.catalogReady(globals);
        Pipeline.Options options = new Pipeline.Options(ingest, profiles.profile, profiles.profilesFile, mediaJobs,
                export, exportOut, publish.baseUrl, reportOut);
        RunResult result;
        try (CatalogLock lock = globals.lock(catalog, "run")) {
            result = new Pipeline(catalog, Clock.systemUTC()).run(options, globals.progress());
        }
        print(result, spec.commandLine().getOut());
        return result.exitCode();
    }

    private void print(RunResult r, PrintWriter out) {
        IngestCommand.print(r.ingest(), out, true);
        out.println();
        out.printf("%-11s %6s %8s %7s %9s  %s%n", "stage", "done", "skipped", "failed", "time", "");
        for (StageResult s : r.stages()) {
            out.printf("%-11s %6d %8d %7d %8.1fs  %s%n", s.stage().label(), s.done(), s.skipped(), s.failed(),
                    s.took().toMillis() / 1000.0, s.note() == null ? "" : s.note());
        }
        for (StageResult s : r.stages()) {
            if (!s.problems().isEmpty() && s.stage() != StageId.INGEST) {
                out.println();
                out.println(s.stage().label() + ":");
                s.problems().forEach(p -> out.println("  " + ControlCharacters.escape(p)));
            }
        }
        out.println();
        if (r.report() != null) {
            out.println("Report: " + r.report().toUri());
        }
        if (r.export() != null) {
            out.println("Export: " + r.export());
        }
    }
}
