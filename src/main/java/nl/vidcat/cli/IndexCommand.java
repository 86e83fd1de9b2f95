package nl.vidcat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.VidcatException;
import nl.vidcat.index.IndexInfo;
import nl.vidcat.index.IndexResult;
import nl.vidcat.index.IndexStage;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vidcat index}: (re)build the search index safely; cron-friendly (one summary line, exit codes). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build the search index of the catalog.",
                "Builds into a fresh directory, checks it (CheckIndex and smoke queries) and switches to it"
                        + " atomically; the previous build is kept for --rollback. Records with validation errors are"
                        + " indexed but hidden from ordinary searches. Does nothing when nothing changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:index built, or nothing to do", "1:the build failed its checks (the old index keeps serving),"
                + " or unreadable records were left out", "2:usage error, no catalog, catalog busy"})
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Option(names = "--incremental", description = "Update only records whose content changed (by per-record hash), and "
            + "remove deleted ones. A changed analyzer version makes it a full build.")
    private boolean incremental;

    @Option(names = "--force", description = "Build even when nothing changed.")
    private boolean force;

    @Option(names = "--rollback", description = "Switch back to the previous build (and keep the current one as previous).")
    private boolean rollback;

    @Option(names = "--status", description = "Show the live build (records, analyzer version, when built) and exit.")
    private boolean status;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((rollback || status) && (incremental || force) || rollback && status) {
            throw VidcatException.usage("--rollback and --status stand alone (no --incremental or --force)");
        }
        Catalog catalog = globals.openCatalog();
        IndexStore store = new IndexStore(catalog.indexDir());
        if (status) {
            IndexInfo info = Indexer.status(store).orElseThrow(() -> new VidcatException(VidcatException.FINDINGS,
                    "no usable search index in " + store.dir() + "; build one with 'vidcat index'"));
            out.printf("index: %s, %d records (%d searchable), analyzer version %d, built %s by vidcat %s (%s)%s%n",
                    info.build(), info.records(), info.searchable(), info.analyzerVersion(), info.builtAt(),
                    info.vidcatVersion(), info.mode(), store.previous().map(p -> "; previous: " + p).orElse(""));
            return 0;
        }
        try (CatalogLock lock = globals.lock(catalog, "index")) {
            IndexResult r = rollback ? new Indexer().rollback(store)
                    : new IndexStage(new Indexer.Options(incremental, force)).work(catalog, globals.progress());
            out.println(r.summary());
            if (r.hasFindings()) {
                r.warnings().forEach(w -> out.println("  " + w));
            }
            return r.hasFindings() ? VidcatException.FINDINGS : 0;
        }
    }
}
