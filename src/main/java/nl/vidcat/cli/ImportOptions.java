package nl.vidcat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.io.VidcatException;
import nl.vidcat.ingest.Ingester;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to import, shared by {@code ingest} and {@code run}: the folder, its sheet, how files move. How many files
 * are probed at once is each command's own option ({@code ingest -j}, {@code run --ingest-jobs}).
 */
final class ImportOptions {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder with the videos (searched recursively).")
    Path folder;

    @Option(names = {"-m", "--metadata"}, paramLabel = "SHEET.csv",
            description = "Metadata sheet (CSV from Excel; ';' or ',' separated; UTF-8 or Windows-1252)."
                    + " Default: the only .csv file in FOLDER, if there is exactly one.")
    Path sheet;

    static final class TransferChoice {
        @Option(names = "--copy", description = "Copy the originals into the catalog (default).")
        boolean copy;
        @Option(names = "--link", description = "Hard-link the originals (same file system; falls back to copying).")
        boolean link;
        @Option(names = "--move", description = "Move the originals into the catalog (deleted from FOLDER once stored).")
        boolean move;
    }

    @ArgGroup(exclusive = true)
    TransferChoice transfer;

    /** The ingest options, after checking what picocli cannot (the folder exists). */
    Ingester.Options toIngest(int jobs, boolean dryRun) {
        if (!Files.isDirectory(folder)) {
            throw VidcatException.usage(Files.exists(folder) ? folder + " is a file; give the folder that holds the videos"
                    : "import folder " + folder + " does not exist");
        }
        Ingester.Transfer how = transfer == null || transfer.copy ? Ingester.Transfer.COPY
                : transfer.link ? Ingester.Transfer.LINK : Ingester.Transfer.MOVE;
        return new Ingester.Options(folder, sheet, how, jobs, dryRun);
    }
}
