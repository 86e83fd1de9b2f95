package nl.vidcat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.check.CatalogCheck;
import nl.vidcat.check.CatalogRepair;
import nl.vidcat.check.CheckStage;
import nl.vidcat.check.CheckResult;
import nl.vidcat.check.Fault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code vidcat check}: is the catalog intact? (its fsck), and with --repair the repairs that lose nothing. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Check that the catalog is intact.",
                "Every record file reads and matches the schema and is named after its id, no two files claim one"
                + " id, every media file a record names exists and matches its recorded SHA-256 (--quick: its"
                + " size), the search index matches the records, and no temp file or stale lock was left by an"
                + " interrupted run. Read-only; runs beside other commands.",
                "--repair takes the write lock and does only what loses nothing: removes leftover temp files, clears"
                + " a stale lock, moves strays to CATALOG/lost+found/, renames a misnamed record to its id, and sets"
                + " damaged renditions, posters and subtitles aside so transcode or thumbnails make them again; with"
                + " --restore-unreadable also puts back the last readable version of an unreadable record."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the catalog is intact (or --repair fixed everything it found)",
                "1:problems found (that --repair could not fix); one line each",
                "2:usage error: bad option, no catalog, catalog busy (--repair)"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Compare media sizes without reading the files, and read records"
            + " strictly but without the full JSON Schema (seconds, not minutes).")
    private boolean quick;

    @Option(names = "--repair", description = "Take the write lock and make the safe repairs (see above).")
    private boolean repair;

    @Option(names = "--restore-unreadable",
            description = "With --repair: put back the last readable version of each unreadable record from its"
                    + " history (the unreadable file is kept as a version; 'vidcat restore' undoes it).")
    private boolean restoreUnreadable;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (for scripts).")
    private String format = "text";

    @Mixin
    private WorkerJobs jobs;

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format must be text or json, not '"
                    + format + "'");
        };
        if (restoreUnreadable && !repair) {
            throw new ParameterException(spec.commandLine(), "--restore-unreadable needs --repair");
        }
        Catalog catalog = globals.openCatalog();
        Logging.catalogReady(globals);
        CatalogCheck.Options options = new CatalogCheck.Options(quick, jobs.jobs(), false);
        CheckResult result = repair
                ? new CatalogRepair(catalog, options, restoreUnreadable, Clock.systemUTC()).run("check --repair", globals.lockWait(),
                        globals.progress())
                : new CheckStage(options).work(catalog, globals.progress());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new String(Json.pretty(json(catalog, result)), StandardCharsets.UTF_8));
        } else {
            text(result, out);
        }
        out.flush();
        return result.exitCode();
    }

    private void text(CheckResult r, PrintWriter out) {
        for (Fault f : r.faults()) {
            if (f.problem() || !globals.quiet()) {
                out.println(ControlCharacters.escape((f.problem() ? "" : "note: ") + f.line()));
            }
        }
        if (!r.repairs().isEmpty()) {
            out.println("repaired:");
            r.repairs().forEach(line -> out.println("  " + ControlCharacters.escape(line)));
        }
        if (!r.notRepaired().isEmpty()) {
            out.println("not repaired:");
            r.notRepaired().forEach(line -> out.println("  " + ControlCharacters.escape(line)));
        }
        out.println(summary(r));
    }

    /** The last line: what was checked, how fast, and the verdict. */
    static String summary(CheckResult r) {
        String media = plural(r.mediaFiles(), "media file") + (r.quick() ? " (sizes only)"
                : String.format(Locale.ROOT, " (%.1f MB hashed, %.0f MB/s)", r.bytesHashed() / 1e6,
                        r.megabytesPerSecond()));
        long problems = r.problems();
        String verdict = problems == 0 ? "the catalog is intact."
                : plural(problems, "problem")
                        + (r.repairs().isEmpty() ? "." : ", " + r.repairs().size() + " repaired, " + r.unrepaired()
                                + " left for a person.");
        return String.format(Locale.ROOT, "Checked %s and %s in %.1f s: %s", plural(r.records(), "record file"),
                media, r.took().toMillis() / 1000.0, verdict);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ObjectNode json(Catalog catalog, CheckResult r) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("catalog", catalog.dir().toString());
        root.put("mode", r.quick() ? "quick" : "full");
        ArrayNode faults = root.putArray("faults");
        for (Fault f : r.faults()) {
            ObjectNode n = faults.addObject();
            n.put("code", f.kind().code());
            n.put("problem", f.problem());
            n.put("file", f.file());
            n.put("id", f.id());
            n.put("message", f.message());
            n.put("repair", f.repair().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        root.putPOJO("repaired", r.repairs());
        root.putPOJO("notRepaired", r.notRepaired());
        ObjectNode s = root.putObject("summary");
        s.put("records", r.records());
        s.put("mediaFiles", r.mediaFiles());
        s.put("bytesHashed", r.bytesHashed());
        s.put("seconds", r.took().toMillis() / 1000.0);
        s.put("problems", r.problems());
        s.put("unrepaired", r.unrepaired());
        return root;
    }
}
