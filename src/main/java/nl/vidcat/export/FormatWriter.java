package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/** One export format. Writes into a fresh directory that {@link Exporter} renames into place afterwards. */
interface FormatWriter {

    /**
     * @param dir empty temp directory
     * @return state to keep beside the export for the next run (OAI-PMH's deleted records), or null
     */
    JsonNode write(ExportJob job, Path dir) throws IOException;

    /** Files written, for the summary (a package is one file). */
    int files();
}
