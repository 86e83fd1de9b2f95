package nl.vidcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.ingest.SheetDraft;
import nl.vidcat.io.VidcatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vidcat sheet}: the metadata sheet for a folder of videos, ready to fill in. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = {"Write the metadata sheet for a folder of videos, ready to fill in.",
                "One row per video that ingest would import, with the file name, a title guessed from it, the"
                        + " duration and a subtitle file beside the video; every column under its Dutch header."
                        + " Written as Dutch Excel opens it with a double-click: Windows-1252, ';'-separated.",
                "Run again after adding videos: their rows are added at the end and nothing else in the sheet"
                        + " changes (typed cells, your own columns, its encoding and separator). Rows whose video is"
                        + " gone are reported, never deleted. A sheet vidcat cannot read is left as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sheet describes every video in FOLDER",
                "1:written, but a row's video is gone, or a video cannot be probed or named in a sheet",
                "2:usage error: missing folder, an existing sheet vidcat cannot read, characters Windows-1252 cannot"
                        + " hold (use --utf8); nothing was written"})
final class SheetCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions globals;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder with the videos (searched recursively).")
    Path folder;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "The sheet to write or add to. Default: the only .csv file in FOLDER (the sheet ingest"
                    + " would take), else FOLDER/metadata.csv.")
    Path out;

    @Option(names = "--utf8", description = "Write UTF-8 with a byte order mark (Excel's 'CSV UTF-8'), which holds"
            + " every character; an existing sheet in another encoding is converted, its text unchanged.")
    boolean utf8;

    @Option(names = "--vocab", description = "Also write keuzelijsten.csv next to the sheet: the subjects, levels,"
            + " kerndoelen, licences and languages to copy into it.")
    boolean vocab;

    @Override
    public Integer call() throws Exception {
        SheetDraft.Result r = SheetDraft.run(new SheetDraft.Options(folder, out, utf8, vocab,
                List.of(globals.catalog())), globals.progress());
        print(r, spec.commandLine().getOut(), globals.quiet());
        return r.hasFindings() ? VidcatException.FINDINGS : 0;
    }

    private static void print(SheetDraft.Result r, PrintWriter out, boolean quiet) {
        String how = !r.existed() ? "created" : !r.added().isEmpty() ? "rows added"
                : r.written() ? "converted, no new videos" : "unchanged, no new videos";
        out.println("Sheet " + r.sheet() + " (" + r.format() + "): " + how);
        for (SheetDraft.Added a : r.added()) {
            if (a.note() != null || !quiet) {
                out.println("  added     line " + a.line() + ": " + a.file()
                        + (a.title().isEmpty() ? "" : ": \"" + a.title() + "\"")
                        + (a.duration().isEmpty() ? "" : ", " + a.duration())
                        + (a.note() == null ? "" : ", no duration: " + a.note()
                        + "; ingest will reject the file as it is"));
            }
        }
        for (SheetDraft.Missing m : r.missing()) {
            out.println("  missing   line " + m.line() + ": " + m.reason() + "; the row is kept");
        }
        r.skipped().forEach(s -> out.println("  skipped   " + s));
        if (r.pickLists() != null && !quiet) {
            out.println("Pick lists " + r.pickLists() + " (copy values from it into the sheet)");
        }
        out.println(r.added().size() + " added, " + r.kept() + " already in the sheet, " + r.missing().size()
                + " missing");
    }
}
