package nl.vidcat.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.stage.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options every command accepts, before or after the subcommand name ({@code vidcat --catalog c ingest …} and
 * {@code vidcat ingest --catalog c …}). Following picocli's logging-mixin example, each mixin instance stores into
 * the root command's instance, so there is one set of values whatever the position.
 */
public final class GlobalOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private Path catalog = Path.of("catalog");
    private boolean quiet;
    private boolean verbose;
    private Path logFile;
    private int waitSeconds;

    private GlobalOptions root() {
        Object top = mixee.root().userObject();
        return top instanceof Main main ? main.globals() : this;
    }

    @Option(names = "--catalog", paramLabel = "DIR", description = "Catalog directory (default: ./catalog).")
    void setCatalog(Path dir) {
        root().catalog = dir;
    }

    @Option(names = {"-q", "--quiet"}, description = "Only print errors and the final summary.")
    void setQuiet(boolean q) {
        root().quiet = q;
    }

    @Option(names = {"-v", "--verbose"}, description = "Print informational log lines on the console too.")
    void setVerbose(boolean v) {
        root().verbose = v;
    }

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "Write the detailed log here (default: CATALOG/logs/vidcat.log when the catalog exists).")
    void setLogFile(Path f) {
        root().logFile = f;
    }

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "If another vidcat process is writing the catalog, wait this long for it (default: 0, fail at once).")
    void setWait(int seconds) {
        if (seconds < 0) {
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "--wait must be 0 or more seconds");
        }
        root().waitSeconds = seconds;
    }

    public Path catalog() {
        return root().catalog;
    }

    public boolean quiet() {
        return root().quiet;
    }

    public boolean verbose() {
        return root().verbose;
    }

    public Path logFile() {
        return root().logFile;
    }

    public Duration lockWait() {
        return Duration.ofSeconds(root().waitSeconds);
    }

    /** The existing catalog named by --catalog (a missing one is a usage error). */
    public Catalog openCatalog() {
        return Catalog.open(catalog());
    }

    /** The write lock for {@code command}, waiting as long as --wait allows. */
    public CatalogLock lock(Catalog c, String command) throws IOException {
        return c.lock(command, lockWait());
    }

    /** A progress display fit for where stderr goes (bar on a terminal, plain lines otherwise, none with --quiet). */
    public Progress progress() {
        return ConsoleProgress.forConsole(this);
    }
}
