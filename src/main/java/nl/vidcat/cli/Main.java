package nl.vidcat.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.vidcat.io.VidcatException;
import nl.vidcat.stage.Shutdown;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParseResult;

/** {@code vidcat}: the top command. Subcommands are the pipeline stages. */
@Command(name = "vidcat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Batch pipeline for school video catalogues: ingest raw videos and a metadata sheet, make"
                + " web-ready media, validate against the kerndoelen, index for search and export NL-LOM / IMS CP.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:everything succeeded",
                "1:findings or failures (rejected rows or files, failed videos, validation errors); see the summary",
                "2:usage error: bad option or argument, missing input, catalog busy, a folder vidcat may not write",
                "3:internal error (a bug): details in the log file"},
        footer = {"", "Documentation: README.md. Logs: CATALOG/logs/vidcat.log (or --log-file)."})
public final class Main implements Runnable {

    static final int INTERNAL_ERROR = 3;
    /** What a shell reports for a command stopped by Ctrl-C (128 + SIGINT). */
    static final int STOPPED = 130;

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            SheetCommand.class,
            IngestCommand.class,
            ValidateCommand.class,
            SuggestCommand.class,
            TranscodeCommand.class,
            ThumbnailsCommand.class,
            IndexCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            ReviewCommand.class,
            HistoryCommand.class,
            RestoreCommand.class,
            ReportCommand.class,
            CoverageCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            AutoComplete.GenerateCompletion.class);

    @Mixin
    private GlobalOptions globals;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    GlobalOptions globals() {
        return globals;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; see 'vidcat --help'");
    }

    public static void main(String[] args) {
        utf8WithoutLocale();
        System.exit(run(args));
    }

    /**
     * A JVM started without a locale (no LANG: env -i, cron, many CI containers) writes the console in ASCII, and
     * every é of a Dutch title or message comes out as '?', in JSON too. No locale is not a terminal that shows only
     * ASCII; what reads such output (a CI log, a pipe into jq) expects UTF-8, so vidcat writes that.
     */
    private static void utf8WithoutLocale() {
        if (System.out.charset().equals(StandardCharsets.US_ASCII)) {
            System.setOut(utf8(FileDescriptor.out));
        }
        if (System.err.charset().equals(StandardCharsets.US_ASCII)) {
            System.setErr(utf8(FileDescriptor.err));
        }
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
    }

    /** Runs vidcat with {@code args} and returns the exit code (tests call this directly). */
    public static int run(String... args) {
        int code = commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args).execute(args);
        Logging.finish(code == INTERNAL_ERROR);
        return code;
    }

    /**
     * The command line for {@code args}, with only the subcommands named in them. picocli builds a subcommand's model
     * from its annotations by reflection when it is added, which for all of them is a noticeable part of a short
     * command in a fresh JVM, such as a CI job validating a few records. Without a subcommand name (help, a typo) or for shell completion, all are
     * added. {@code args} are not parsed here; a value that happens to be a subcommand name only adds that one.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        Set<String> words = Set.copyOf(Arrays.asList(args)); // arguments may repeat
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> words.contains(c.getAnnotation(Command.class).name())).toList();
        boolean all = named.isEmpty() || named.contains(AutoComplete.GenerateCompletion.class);
        for (Class<?> c : all ? SUBCOMMANDS : named) {
            cl.addSubcommand(c);
        }
        // Record and sheet text reaches the console in messages; no control character of it may act on the terminal.
        // Help is plain too: its ANSI styles would be escaped like any other.
        cl.setOut(new PrintWriter(new TerminalSafeWriter(out), true))
                .setErr(new PrintWriter(new TerminalSafeWriter(err), true))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (all) {
            cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        }
        cl.setExecutionStrategy(pr -> {
            ParseResult last = pr;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            boolean helpOnly = last.isUsageHelpRequested() || last.isVersionHelpRequested()
                    || last.commandSpec().name().equals("generate-completion");
            if (!helpOnly) {
                Logging.start(main.globals, VersionProvider.version(), String.join(" ", pr.originalArgs()),
                        last.commandSpec().userObject() instanceof ServeCommand);
            }
            return new CommandLine.RunLast().execute(pr);
        });
        cl.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("vidcat: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return VidcatException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, pr) -> {
            VidcatException ve = VidcatException.ofUser(ex);
            if (ve != null) {
                c.getErr().println("vidcat: " + ve.getMessage());
                LogManager.getLogger(Main.class).debug("user error", ex);
                return ve.exitCode();
            }
            Logger log = LogManager.getLogger(Main.class);
            if (Shutdown.started()) {
                // Ctrl-C stopped the work, nothing went wrong; the process ends with the signal's status anyway
                log.debug("stopped while shutting down", ex);
                return STOPPED;
            }
            log.fatal("internal error", ex);
            c.getErr().println("vidcat: internal error: " + ex
                    + (Logging.current() != null ? " (details in " + Logging.current() + ")" : ""));
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
