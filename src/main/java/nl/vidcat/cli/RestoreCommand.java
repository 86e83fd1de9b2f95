package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.store.RecordHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat restore}: put an earlier version of a record back. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put an earlier version of a record back (see 'vidcat history ID').",
                "By default the newest readable one that differs from the record, so a bad hand edit, a wrong sheet"
                + " or a deleted record file is undone. Works when the record file is unreadable or missing. The"
                + " record it replaces is kept as a version in turn, so a restore can be undone too. Reviews"
                + " recorded since that version stay, with the status they gave."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  vidcat restore breuken-3f9a2c1d",
                "  vidcat restore breuken-3f9a2c1d --version 4"})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    // --version (of the record) takes a name of the standard -V/--version, and picocli then leaves out the whole
    // standard set, --help too; without this, 'vidcat restore --help' was a usage error.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(paramLabel = "ID", description = "The record to restore.")
    private String id;

    @Option(names = "--version", paramLabel = "N",
            description = "The version to put back, as 'vidcat history ID' numbers them (default: the newest readable one).")
    private Integer version;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = globals.openCatalog();
        RecordHistory.Restored r;
        try (CatalogLock lock = globals.lock(catalog, "restore")) {
            r = catalog.history().restore(id, version);
        }
        PrintWriter out = spec.commandLine().getOut();
        String what = "version " + r.version().number() + " of " + id + " (written "
                + HistoryCommand.TIME.format(r.version().writtenAt()) + " by " + r.version().writtenBy() + ")";
        if (!r.changed()) {
            out.println("The record already is " + what + "; nothing changed.");
            out.flush();
            return 0;
        }
        out.println("Restored " + what + ": status " + r.record().status().code() + ", title '"
                + ControlCharacters.escape(r.record().metadata() == null ? "" : Objects.toString(r.record().metadata().title(), "")) + "'.");
        if (r.reviewsKept() > 0) {
            out.println("Kept the " + r.reviewsKept() + " review(s) recorded since that version.");
        }
        out.println((r.keptAs() > 0 ? "The record it replaced is kept as version " + r.keptAs() + " ('vidcat restore "
                + id + " --version " + r.keptAs() + "' undoes this). " : "")
                + "Run 'vidcat index' to update the search index.");
        out.flush();
        return 0;
    }
}
