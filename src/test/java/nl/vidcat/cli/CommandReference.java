package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the command reference, docs/cli/: an AsciiDoc man page per command (vidcat.adoc, vidcat-COMMAND.adoc) and
 * a README.md index, from the very command model vidcat runs with, so the reference is never copied by hand and
 * cannot drift: {@link CommandReferenceTest} fails when the checked-in copy differs from what this writes. Run by
 * bin/docs (Maven profile "docs"), which also turns the pages into troff man pages.
 */
public final class CommandReference {

    /** Where the reference lives in the source tree, and how to bring it up to date. */
    static final Path DIR = Path.of("docs", "cli");
    static final String REGENERATE = "bin/docs (or: mvn -Pdocs -DskipTests process-test-classes)";

    private static final String INDEX = "README.md";

    private CommandReference() {
    }

    /** {@code CommandReference DIR VERSION}: brings DIR up to date, removing pages of commands that are gone. */
    public static void main(String... args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CommandReference DIR VERSION");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        Path fresh = Files.createTempDirectory("vidcat-cli-reference");
        try {
            write(fresh, args[1]);
            List<String> names = fileNames(fresh);
            for (String name : names) {
                AtomicFiles.copy(fresh.resolve(name), target.resolve(name));
            }
            for (String old : fileNames(target)) {
                if (!names.contains(old)) {
                    Files.delete(target.resolve(old));
                }
            }
            System.out.println("command reference: " + names.size() + " files in " + target);
        } finally {
            AtomicFiles.deleteTree(fresh);
        }
    }

    /** Writes the whole reference for release {@code version} into the empty directory {@code dir}. */
    static void write(Path dir, String version) throws IOException {
        CommandSpec top = model(version).getCommandSpec();
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], false, top);
        if (code != CommandLine.ExitCode.OK) {
            throw new IOException("ManPageGenerator failed with exit code " + code);
        }
        Files.writeString(dir.resolve(INDEX), index(top), StandardCharsets.UTF_8);
    }

    /**
     * The command line exactly as {@link Main} builds it for help (every subcommand, mixins, help options), with
     * the version pinned to {@code version}: the version provider also names the JDK and FFmpeg of the machine it
     * runs on, which has no place in a checked-in page.
     */
    static CommandLine model(String version) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        CommandLine cl = Main.commandLine(discard, discard);
        pinVersion(cl.getCommandSpec(), "vidcat " + version);
        return cl;
    }

    private static void pinVersion(CommandSpec spec, String version) {
        spec.versionProvider(() -> new String[]{version});
        spec.subcommands().values().forEach(sub -> pinVersion(sub.getCommandSpec(), version));
    }

    /** The first line of a command's help text: what {@code vidcat --help} lists it with. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] lines = header.length > 0 ? header : spec.usageMessage().description();
        return lines.length == 0 ? "" : lines[0];
    }

    private static String index(CommandSpec top) {
        StringBuilder md = new StringBuilder()
                .append("# vidcat command reference\n\n")
                .append("One page per command, generated from the code by `bin/docs`; do not edit these files by hand. The same pages as man pages: `man docs/man/man1/vidcat.1`.\n\n")
                .append(entry(top));
        for (CommandLine sub : top.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                md.append(entry(sub.getCommandSpec()));
            }
        }
        return md.toString();
    }

    private static String entry(CommandSpec spec) {
        return "- [" + spec.qualifiedName() + "](" + spec.qualifiedName("-") + ".adoc): " + summary(spec) + "\n";
    }

    /** The reference files in {@code dir}, sorted; other files there are left alone. */
    static List<String> fileNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".adoc") || n.equals(INDEX)).sorted().toList();
        }
    }
}
