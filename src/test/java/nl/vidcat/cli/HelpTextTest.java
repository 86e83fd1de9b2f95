package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code vidcat --help} lists each command with its first help line, so that line must be a whole sentence on its
 * own (it once ended "check it (CheckIndex and smoke"), and no help text is wider than the terminal picocli wraps
 * for.
 */
class HelpTextTest {

    private static CommandLine all() {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        return Main.commandLine(discard, discard);
    }

    /** The "Commands:" list of {@code help}: name to its text, wrapped lines joined. */
    private static Map<String, String> commandList(String help) {
        Map<String, String> entries = new LinkedHashMap<>();
        String current = null;
        boolean inList = false;
        for (String line : help.split("\n", -1)) {
            if (line.equals("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList && line.matches(" {2}\\S.*")) {
                String[] nameAndText = line.strip().split("\\s+", 2);
                current = nameAndText[0];
                entries.put(current, nameAndText[1]);
            } else if (inList) {
                entries.merge(current, line.strip(), (a, b) -> a + " " + b);
            }
        }
        return entries;
    }

    @Test
    void everyCommandIsListedWithAWholeSentence() {
        CliRun.Result help = CliRun.run("--help");
        assertEquals(0, help.code());
        Map<String, String> listed = commandList(help.out());
        Map<String, CommandLine> commands = all().getSubcommands();
        assertEquals(List.copyOf(commands.keySet()), List.copyOf(listed.keySet()), help.out());
        listed.forEach((name, text) -> {
            assertTrue(text.matches("[A-Z].*[^.]\\.|[A-Z].*[?!]"), name + " is listed with '" + text + "'");
            assertEquals(commands.get(name).getCommandSpec().usageMessage().description()[0], text,
                    name + ": the list shows the first help line whole");
        });
    }

    @Test
    void noHelpLineIsWiderThanTheUsageWidth() {
        CommandLine top = all();
        int width = top.getUsageHelpWidth();
        List<List<String>> invocations = new ArrayList<>(List.of(List.of("--help")));
        top.getSubcommands().keySet().forEach(c -> invocations.add(List.of(c, "--help")));
        for (List<String> args : invocations) {
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.all());
            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= width, "vidcat " + String.join(" ", args) + ": " + line.length()
                        + " > " + width + " characters:\n" + line);
            }
        }
    }
}
