package nl.vidcat.cli;

import nl.vidcat.store.CatalogLayout;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.VidcatException;
import nl.vidcat.ingest.IngestResult;
import nl.vidcat.ingest.IngestStage;
import nl.vidcat.sheet.Sheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Import a folder of videos and its metadata sheet into the catalog.",
                "Videos are recognized by content, deduplicated by SHA-256 (running it twice changes nothing), and"
                + " matched to sheet rows by the 'bestand' column. Creates the catalog if needed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all rows and files imported", "1:some rows or files were rejected (see the summary)",
                "2:usage error (missing folder or sheet, unreadable sheet, catalog busy)"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOptions imports;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = Jobs.class,
            description = "Files to probe and hash at once (default: one per core).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-n", "--dry-run"}, description = "Show what would happen; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        IngestStage stage = new IngestStage(imports.toIngest(jobs, dryRun), Clock.systemUTC());
        IngestResult result;
        if (dryRun) {
            Catalog c = CatalogLayout.isCatalog(globals.catalog()) ? globals.openCatalog() : null;
            result = stage.work(c, globals.progress());
        } else {
            Catalog c = Catalog.openOrCreate(globals.catalog());
            Logging.catalogReady(globals);
            try (CatalogLock lock = globals.lock(c, "ingest")) {
                result = stage.work(c, globals.progress());
            }
        }
        print(result, spec.commandLine().getOut(), globals.quiet());
        return result.hasRejections() ? VidcatException.FINDINGS : 0;
    }

    /** The per-line results and the summary line; also printed by {@code vidcat run}. */
    static void print(IngestResult r, PrintWriter out, boolean quiet) {
        if (r.sheet() != null) {
            Sheet s = r.sheet();
            out.println("Sheet " + s.file() + " (" + s.describeFormat() + ")");
            for (Sheet.Problem p : s.problems()) {
                out.println("  line " + p.line() + ": " + (p.warning() ? "" : "rejected: ") + p.message());
            }
        }
        for (IngestResult.Entry e : r.entries()) {
            String where = (e.line() != null ? "line " + e.line() + ": " : "") + e.file();
            switch (e.outcome()) {
                case REJECTED -> out.println("  rejected  " + where + ": " + e.reason());
                case NEW -> {
                    if (!quiet) {
                        out.println("  new       " + where + " -> " + e.id());
                    }
                }
                case UPDATED -> {
                    if (!quiet) {
                        out.println("  updated   " + where + " -> " + e.id());
                    }
                }
                case UNCHANGED -> { }
            }
            if (!quiet) {
                e.notes().forEach(n -> out.println("            " + where + ": " + n));
            }
        }
        if (!quiet && !r.skipped().isEmpty()) {
            out.println("  skipped " + r.skipped().size() + " file(s) that are not videos: "
                    + String.join("; ", r.skipped().stream().limit(5).toList())
                    + (r.skipped().size() > 5 ? "; …" : ""));
        }
        out.println(r.summaryLine());
    }
}
