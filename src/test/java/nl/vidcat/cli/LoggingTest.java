package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A log file that cannot be written (read-only catalog, a folder of someone else's): the log goes to a temp file,
 * kept and named only when something worth reading went there (an internal error), else removed.
 */
class LoggingTest {

    @TempDir
    Path tmp;

    @Test
    void anUnwritableLogFolderLogsToATempFileKeptOnlyWhenNamed() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Path wanted = blocker.resolve("logs").resolve("vidcat.log");
        GlobalOptions g = globals("--log-file", wanted.toString(), "validate");

        Path used = Logging.configure(g, false);
        assertNotEquals(wanted, used);
        assertEquals(used, Logging.current());
        LogManager.getLogger(LoggingTest.class).fatal("internal error", new IllegalStateException("a bug"));
        assertTrue(Files.readString(used).contains("a bug"), "the trace went to the temp file");
        Logging.finish(true);
        assertTrue(Files.exists(used), "named in the message, so kept");
        Files.delete(used);

        Path quiet = Logging.configure(g, false);
        assertNotEquals(used, quiet);
        Logging.finish(false);
        assertFalse(Files.exists(quiet), "nothing worth reading: no clutter left in the temp folder");
    }

    @Test
    void aWritableLogFileIsUsedAsIs() {
        Path wanted = tmp.resolve("logs").resolve("vidcat.log");
        assertEquals(wanted.toAbsolutePath(), Logging.configure(globals("--log-file", wanted.toString(),
                "validate"), false).toAbsolutePath());
        Logging.finish(false);
    }

    private static GlobalOptions globals(String... args) {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args);
        cl.parseArgs(args);
        return ((Main) cl.getCommand()).globals();
    }
}
