package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in command reference (docs/cli, docs/man/man1) describes the commands as the code defines them: a
 * changed option or help text fails here until bin/docs has been run and its output committed.
 */
class CommandReferenceTest {

    private static final Path MAN = Path.of("docs", "man", "man1");
    private static final String STALE = " is out of date with the commands: run " + CommandReference.REGENERATE
            + " and commit the result.";

    /** An option as the AsciiDoc pages list it: {@code *--catalog*=_DIR_::}. */
    private static final Pattern OPTION = Pattern.compile("\\*(--?[\\w-]+)\\*");

    private static String version() {
        String v = System.getProperty("vidcat.version");
        assertNotNull(v, "run through Maven (bin/test): it passes the project version as -Dvidcat.version");
        return v;
    }

    @Test
    void checkedInReferenceMatchesTheCode(@TempDir Path fresh) throws IOException {
        CommandReference.write(fresh, version());
        List<String> names = CommandReference.fileNames(fresh);
        assertEquals(names, CommandReference.fileNames(CommandReference.DIR), CommandReference.DIR + STALE);
        List<String> differ = new ArrayList<>();
        for (String name : names) {
            if (!Files.readString(fresh.resolve(name)).equals(Files.readString(CommandReference.DIR.resolve(name)))) {
                differ.add(name);
            }
        }
        assertEquals(List.of(), differ, CommandReference.DIR + STALE);
    }

    @Test
    void theReferenceHasAPagePerCommand(@TempDir Path fresh) throws IOException {
        CommandReference.write(fresh, version());
        List<String> expected = new ArrayList<>(List.of("README.md", "vidcat.adoc"));
        CommandReference.model(version()).getSubcommands().keySet().forEach(c -> expected.add("vidcat-" + c + ".adoc"));
        assertEquals(expected.stream().sorted().toList(), CommandReference.fileNames(fresh));
        String index = Files.readString(fresh.resolve("README.md"));
        assertTrue(index.contains("- [vidcat index](vidcat-index.adoc): Build the search index of the catalog.\n"),
                index);
    }

    /**
     * The man pages are made from the AsciiDoc pages by Asciidoctor, which the tests do not run; each page must at
     * least exist, name this release and list every option of its AsciiDoc page, which a regenerated reference
     * without regenerated man pages would not.
     */
    @Test
    void manPagesFollowTheReference() throws IOException {
        List<String> pages = CommandReference.fileNames(CommandReference.DIR).stream()
                .filter(n -> n.endsWith(".adoc")).map(n -> n.replaceFirst("\\.adoc$", ".1")).toList();
        List<String> man;
        try (var files = Files.list(MAN)) {
            man = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(pages, man, MAN + STALE);
        for (String page : pages) {
            String adoc = Files.readString(CommandReference.DIR.resolve(page.replaceFirst("\\.1$", ".adoc")));
            String roff = Files.readString(MAN.resolve(page)).replace("\\-", "-").replaceAll("\\\\f[BIP]", "");
            assertTrue(roff.contains("\"vidcat " + version() + "\""), MAN.resolve(page) + STALE);
            Matcher m = OPTION.matcher(adoc);
            while (m.find()) {
                Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(m.group(1)) + "(?![\\w-])");
                assertTrue(word.matcher(roff).find(), MAN.resolve(page) + " lacks " + m.group(1) + ";" + STALE);
            }
        }
    }
}
