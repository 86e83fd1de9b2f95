package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One name per concept across commands: {@code -j/--jobs} for how many at once, {@code -o/--out} for where to write.
 * The old spellings (cron jobs and CI scripts use them) still work, mean the same, and stay out of the help.
 */
class OptionNamesTest {

    /** The value of {@code option} after parsing {@code args} (a subcommand and its arguments), without running. */
    private static Object parsed(String option, String... args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        CommandLine.ParseResult pr = Main.commandLine(quiet, quiet, args).parseArgs(args);
        return pr.subcommand().commandSpec().findOption(option).getValue();
    }

    private static String help(String command) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        Main.commandLine(w, w, command).getSubcommands().get(command).usage(w);
        w.flush();
        return out.toString();
    }

    @Test
    void oldSpellingsAreAcceptedAndEqualToTheNewOnes() {
        for (String command : List.of("validate", "check")) {
            assertEquals(3, parsed("--jobs", command, "-j", "3"), command);
            assertEquals(3, parsed("--jobs", command, "--jobs", "3"), command);
            assertEquals(3, parsed("--jobs", command, "--threads", "3"), command + " --threads");
        }
        assertEquals(Path.of("r.json"), parsed("--out", "validate", "--output", "r.json"));
        assertEquals(Path.of("r.json"), parsed("--out", "validate", "-o", "r.json"));
        assertEquals(Path.of("r.json"), parsed("--out", "validate", "--out", "r.json"));
        assertEquals(Path.of("rep"), parsed("--out", "report", "-o", "rep"));
        assertEquals(Path.of("exp"), parsed("--out", "export", "--format", "csv", "-o", "exp"));
        assertEquals(Path.of("m.csv"), parsed("--out", "sheet", "in", "-o", "m.csv"));
        assertEquals(Path.of("d.csv"), parsed("--out", "coverage", "-o", "d.csv"));

        // run probes files with --ingest-jobs; its -j/--jobs meant that before and still does
        assertEquals(3, parsed("--ingest-jobs", "run", "in", "--ingest-jobs", "3"));
        assertEquals(3, parsed("--ingest-jobs", "run", "in", "--jobs", "3"));
        assertEquals(3, parsed("--ingest-jobs", "run", "in", "-j", "3"));
        assertEquals(2, parsed("--media-jobs", "run", "in", "--media-jobs", "2"));
        assertEquals(1, parsed("--media-jobs", "run", "in"), "default");
        assertEquals(3, parsed("--jobs", "ingest", "in", "-j", "3"));
        assertEquals(3, parsed("--jobs", "transcode", "-j", "3"));
        assertEquals(1, parsed("--jobs", "thumbnails"), "default");
    }

    @Test
    void oldSpellingsStayOutOfTheHelp() {
        String validate = help("validate");
        assertTrue(validate.contains("-j, --jobs=N") && validate.contains("-o, --out=FILE"), validate);
        assertFalse(validate.contains("--threads") || validate.contains("--output"), validate);
        assertFalse(help("check").contains("--threads"), help("check"));
        String run = help("run");
        assertTrue(run.contains("--ingest-jobs=N") && run.contains("--media-jobs=N"), run);
        assertFalse(run.contains("-j,") || run.contains("--jobs"), run);
    }

    @Test
    void everyCommandRejectsZeroJobsWithTheSameMessage() {
        String message = "vidcat: Invalid value for option '--jobs': must be 1 or more, not 0";
        List<String[]> commands = List.of(
                new String[] {"ingest", "in", "--jobs", "0"},
                new String[] {"transcode", "--jobs", "0"},
                new String[] {"thumbnails", "-j", "0"},
                new String[] {"validate", "--jobs", "0"},
                new String[] {"check", "--jobs", "0"},
                new String[] {"run", "in", "--jobs", "0"});
        for (String[] args : commands) {
            CliRun.Result r = CliRun.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.all());
            assertTrue(r.err().startsWith(message + System.lineSeparator()), String.join(" ", args) + ": " + r.err());
        }
        // the other spellings name themselves, with the same check
        for (String[] args : List.of(new String[] {"run", "in", "--media-jobs", "0"},
                new String[] {"run", "in", "--ingest-jobs", "-1"}, new String[] {"validate", "--threads", "0"})) {
            CliRun.Result r = CliRun.run(args);
            assertEquals(2, r.code(), r.all());
            assertTrue(r.err().contains("Invalid value for option '" + args[args.length - 2] + "': must be 1 or more"),
                    r.err());
        }
        CliRun.Result words = CliRun.run("check", "--jobs", "veel");
        assertEquals(2, words.code(), words.all());
        assertTrue(words.err().contains("'veel' is not a whole number"), words.err());
    }
}
