package nl.vidcat.cli;

import nl.vidcat.store.CatalogLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.api.RootLoggerComponentBuilder;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * Log4j2 set up from the command line: a concise console (warnings and errors on stderr; info with --verbose;
 * errors only with --quiet) and a detailed log file with timestamps and stack traces.
 */
final class Logging {

    /**
     * Lucene logs through java.util.logging, straight to stderr: its one-off note that the JDK's incubating Vector API
     * is not enabled would land in every cron mail. Held here because JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private static Path current;
    /** Whether {@link #current} is a temp file standing in for a log folder that cannot be written. */
    private static boolean temporary;
    private static String commandLine = "";
    /**
     * Whether the command is {@code vidcat serve}: it never writes into the catalog, so no log goes to CATALOG/logs
     * (only to --log-file), and its access log shows on the console at info.
     */
    private static boolean serving;

    private Logging() {
    }

    /** The log file in use, or null when logging only to the console. */
    static Path current() {
        return current;
    }

    /**
     * Ends a command's logging. A temp log that stood in for an unwritable log folder is kept only when {@code named}:
     * the user was told its name (an internal error); otherwise nothing worth reading went there, so no clutter is
     * left in the temp folder.
     */
    static void finish(boolean named) {
        if (temporary && !named) {
            // detach it first: a line logged later (a shutdown hook, the next test) would create it again
            LoggerContext.getContext(false).getConfiguration().getRootLogger().removeAppender("file");
            try {
                Files.deleteIfExists(current);
            } catch (java.io.IOException | SecurityException e) {
                // a temp file; the system's cleaner removes it
            }
        }
        temporary = false; // the next command (tests run several in one JVM) starts afresh
    }

    /** Configures logging for a command and notes its command line in the log file (when there is one). */
    static void start(GlobalOptions g, String version, String args, boolean server) {
        commandLine = "vidcat " + version + " " + args;
        serving = server;
        configure(g, false);
        org.apache.logging.log4j.LogManager.getLogger(Main.class).info(commandLine);
    }

    /**
     * A command that creates the catalog calls this once it exists, so the detailed log goes to CATALOG/logs from
     * then on; a mistyped folder never leaves an empty catalog with only a log in it.
     */
    static void catalogReady(GlobalOptions g) {
        if (current == null && g.logFile() == null) {
            configure(g, true);
            org.apache.logging.log4j.LogManager.getLogger(Main.class).info(commandLine);
        }
    }

    /** @return the log file in use, or null when logging only to the console */
    static Path configure(GlobalOptions g, boolean catalogWillExist) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        Path file = g.logFile();
        if (file == null && !serving && (catalogWillExist || Files.isDirectory(g.catalog()))) {
            file = CatalogLayout.of(g.catalog()).logFile();
        }
        boolean stand = false;
        if (file != null && !canWrite(file)) {
            // a read-only catalog (or --log-file in a folder this user may not write): Log4j would print its own
            // stack trace on the console at the first line logged
            stand = true;
            file = temporary && current != null ? current : tempLog();
        }
        temporary = stand && file != null;
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        // Log4j's own errors (a log file that stops being writable, say) come with stack traces: never on the console
        b.setStatusLevel(Level.OFF).setConfigurationName("vidcat");
        Level console = g.quiet() ? Level.ERROR : g.verbose() || serving ? Level.INFO : Level.WARN;
        AppenderComponentBuilder out = b.newAppender("console", "Console")
                .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
                .add(b.newLayout("PatternLayout")
                        .addAttribute("pattern", "%level{WARN=warning, ERROR=error, INFO=info, DEBUG=debug, TRACE=trace}: %msg%n%throwable{0}"));
        out.add(b.newFilter("ThresholdFilter", "ACCEPT", "DENY").addAttribute("level", console));
        b.add(out);
        RootLoggerComponentBuilder root = b.newRootLogger(g.verbose() ? Level.DEBUG : Level.INFO).add(b.newAppenderRef("console"));
        if (file != null) {
            b.add(b.newAppender("file", "File")
                    .addAttribute("fileName", file.toAbsolutePath().toString())
                    .addAttribute("append", true)
                    .addAttribute("createOnDemand", true)
                    .add(b.newLayout("PatternLayout")
                            .addAttribute("pattern", "%d{ISO8601} %-5level [%t] %c{1} %pid - %msg%n%throwable")));
            root.add(b.newAppenderRef("file"));
        }
        b.add(root);
        // Lucene and JavaCPP are chatty at INFO; keep them to warnings.
        b.add(b.newLogger("org.apache.lucene", Level.WARN).addAttribute("additivity", true));
        b.add(b.newLogger("com.networknt", Level.WARN).addAttribute("additivity", true));
        BuiltConfiguration config = b.build();
        // The first configuration starts Log4j with it: the bundled default would otherwise be read first, with the
        // JDK's XML parser, a noticeable part of every command's start. Later ones (catalogReady) replace the running one.
        LoggerContext context = Configurator.initialize(config);
        if (context == null || context.getConfiguration() != config) {
            Configurator.reconfigure(config);
        }
        TerminalSafeLog.install(config, "console");
        current = file;
        if (stand && g.logFile() != null) {
            // asked for by name, so not finding it afterwards needs a word (a catalog's own log folder does not)
            org.apache.logging.log4j.LogManager.getLogger(Main.class).warn("cannot write the log file {} (its folder"
                    + " is missing, read-only or not yours); the detailed log is kept only after an internal error",
                    g.logFile());
        }
        return file;
    }

    /** Whether the log file can be appended to or created (its folder created where missing). */
    private static boolean canWrite(Path file) {
        Path abs = file.toAbsolutePath();
        if (Files.exists(abs)) {
            return Files.isRegularFile(abs) && Files.isWritable(abs);
        }
        Path dir = abs.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        return dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
    }

    private static Path tempLog() {
        try {
            return Files.createTempFile("vidcat-", ".log");
        } catch (java.io.IOException | RuntimeException e) {
            return null; // no writable temp folder either: the console is all there is
        }
    }
}
