package nl.vidcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.export.ExportFormat;
import nl.vidcat.export.ExportRequest;
import nl.vidcat.export.ExportResult;
import nl.vidcat.export.ExportStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vidcat export}: NL-LOM, IMS Content Packages, a static OAI-PMH repository, OpenSearch bulk or the sheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export approved records without validation errors for Wikiwijs/Edurep and learning"
                + " environments.",
                "The rest are listed with the reason. The formats:",
                "",
                "  nllom       NL-LOM XML per video (Edurep)",
                "  imscp       IMS Content Package zip per video; --collection adds one with all",
                "  oai-pmh     static OAI-PMH 2.0 repository for Edurep to harvest",
                "  opensearch  bulk NDJSON + index definition",
                "  csv         the metadata sheet back (all records; keep it inside the school)"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = Formats.class, description = "nllom, imscp, oai-pmh, opensearch or csv.")
    private ExportFormat format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder to write (replaced as a whole; must be new, empty or an earlier export of the same format).")
    private Path out;

    @Parameters(paramLabel = "IDS", arity = "0..*", description = "Record ids (default: the whole catalog).")
    private List<String> ids = new ArrayList<>();

    @Mixin
    private PublishOptions publish;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "imscp: also write one package with all exported videos, titled NAME.")
    private String collection;

    @Option(names = {"--include-unreviewed", "--include-drafts"},
            description = "Previews and testing: also export records not yet approved by 'vidcat review' (draft,"
                    + " in-review; never rejected ones). Validation errors still keep a record out.")
    private boolean includeUnreviewed;

    @Option(names = "--admin-email", paramLabel = "EMAIL",
            description = "oai-pmh: the repository administrator's e-mail (required by OAI-PMH Identify).")
    private String adminEmail;

    @Mixin
    private PageSizeOptions pages;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = globals.openCatalog();
        ExportRequest request = new ExportRequest(format, out, ids, publish.baseUrl, collection, includeUnreviewed,
                adminEmail, pages.pageSize());
        ExportResult result;
        // the lock keeps the snapshot consistent and serializes exports that share an OAI-PMH state; export writes
        // nothing into the catalog, so a read-only one is exported under a shared lock (see lockForReading)
        try (CatalogLock lock = catalog.lockForReading("export", globals.lockWait())) {
            result = new ExportStage(request, Clock.systemUTC()).work(catalog, globals.progress());
        }
        print(spec.commandLine().getOut(), result);
        return result.hasFailures() ? 1 : 0;
    }

    private void print(PrintWriter w, ExportResult r) {
        if (!globals.quiet()) {
            r.notes().forEach(n -> w.println("note: " + n));
            r.skipped().forEach(s -> w.println("skipped " + s.id() + ": " + s.message()));
        }
        long waiting = r.skipped().stream().filter(s -> s.reason() == ExportResult.Reason.NOT_APPROVED).count();
        w.printf("export %s: %d exported, %d skipped (%d not approved, %d to fix), %d files in %s%n",
                r.format().code(), r.exported().size(), r.skipped().size(), waiting, r.skipped().size() - waiting,
                r.files(), r.out());
        if (r.format() == ExportFormat.CSV) {
            w.println("note: the sheet names all makers (also without consent); keep it inside the school");
        }
        w.flush();
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Formats extends ArrayList<String> {
        Formats() {
            for (ExportFormat f : ExportFormat.values()) {
                add(f.code());
            }
        }
    }
}
