package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The top command: which subcommands a command line gets, and that help and errors still see all of them. */
class MainTest {

    private static final List<String> ALL = List.of("run", "sheet", "ingest", "validate", "suggest", "transcode",
            "thumbnails", "index", "search", "export", "review", "history", "restore", "report", "coverage", "check",
            "serve", "generate-completion");

    private static Set<String> subcommands(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Main.commandLine(sink, sink, args).getSubcommands().keySet();
    }

    @Test
    void aCommandGetsOnlyTheSubcommandItNames() {
        assertEquals(Set.of("validate"), subcommands("--catalog", "cat", "validate", "--format", "json"));
        assertEquals(Set.of("validate"), subcommands("--catalog=index", "validate"));
        // a word that happens to be a subcommand name only adds that one
        assertEquals(Set.of("index", "validate"), subcommands("validate", "index"));
        assertEquals(Set.of("validate"), subcommands("validate", "a.json", "a.json"), "repeated arguments");
    }

    @Test
    void helpTyposAndCompletionGetEverySubcommandInOrder() {
        assertEquals(ALL, List.copyOf(subcommands("--help")));
        assertEquals(ALL, List.copyOf(subcommands("valdate")));
        assertEquals(ALL, List.copyOf(subcommands("generate-completion")));
        CliRun.Result help = CliRun.run("--help");
        assertEquals(0, help.code());
        for (String name : ALL) {
            assertTrue(help.out().contains("  " + name + " ") || help.out().contains("  " + name + "\n"),
                    name + " in:\n" + help.out());
        }
    }

    @Test
    void aValueNamedLikeASubcommandDoesNotChangeWhatRuns() {
        // a catalog folder called "index" (there is none in the working directory); picocli takes a bare subcommand
        // name as the next command, not as an option's value, with or without the others registered
        CliRun.Result r = CliRun.run("--catalog=index", "validate");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("no catalog at"), r.all());
    }

    @Test
    void subcommandHelpWorksWithOnlyThatSubcommand() {
        CliRun.Result r = CliRun.run("transcode", "--help");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("Usage: vidcat transcode"), r.out());
    }
}
