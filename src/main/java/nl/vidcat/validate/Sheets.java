package nl.vidcat.validate;

import java.nio.file.Path;
import nl.vidcat.catalog.VidcatException;

/**
 * Opens a metadata sheet with the ingest stage's reader, so validate reads a sheet exactly as ingest will.
 */
public final class Sheets {

    private Sheets() {
    }

    // TODO(ingest): adapt nl.vidcat.ingest.SheetReader.read(csv) once the ingest stage lands on main; until then a
    // sheet is a usage error rather than a second, diverging CSV reader.
    public static SheetSource open(Path csv) {
        throw VidcatException.usage("validating a metadata sheet (" + csv.getFileName() + ") needs the ingest stage's"
                + " sheet reader, which this build does not include yet; validate the catalog after ingest instead");
    }
}
