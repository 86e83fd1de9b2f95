package nl.vidcat.validate;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Problem;
import nl.vidcat.vocab.Normalizer;

/**
 * What validate needs from a coordinator's metadata sheet. The sheet reader of the ingest stage provides it, so a
 * sheet is read exactly the same way before ingest (by validate) and during ingest.
 */
public interface SheetSource {

    /** The sheet file, for locations. */
    Path file();

    /** Problems with the sheet as a whole or with lines that are not rows (bad header, encoding), with lines. */
    List<LineProblem> problems();

    /** The data rows in file order. */
    List<? extends Row> rows();

    interface Row {
        /** 1-based line in the file where the row starts (the header is line 1). */
        int line();

        /** The row as catalog metadata; what cannot be read is added to {@code problems}. */
        Metadata toMetadata(Normalizer normalizer, List<Problem> problems);
    }

    /** @param line 1-based line, or null for the sheet as a whole */
    record LineProblem(Integer line, Problem problem) {
    }
}
