package nl.vidcat.ingest;

import nl.vidcat.sheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Normalizer;

/**
 * Rows of a sheet whose file an earlier {@code ingest --move} took into the catalog: the file is gone from the import
 * folder by design, so the row is not "not found" but already done. Recognized by the record's original path and the
 * sheet it came from.
 */
final class MovedEarlier {

    private final Map<String, VideoRecord> byOriginal = new HashMap<>();

    private MovedEarlier() {
    }

    /** The records of {@code catalog} that came from {@code sheetName} (a catalog may be null on a dry run). */
    static MovedEarlier of(Catalog catalog, String sheetName) {
        MovedEarlier m = new MovedEarlier();
        if (catalog != null) {
            for (VideoRecord r : catalog.records()) {
                if (r.source() != null && r.source().originalPath() != null && r.origin() != null
                        && Objects.equals(r.origin().sheet(), sheetName)
                        && java.nio.file.Files.isRegularFile(catalog.resolve(r.source().file()))) {
                    m.byOriginal.putIfAbsent(key(r.source().originalPath()), r);
                }
            }
        }
        return m;
    }

    /**
     * The entry for a row whose file was not found in the import folder, when an earlier move explains it: unchanged
     * when the row says what the record holds, else rejected with how to apply the change. Null when it is not that.
     */
    IngestResult.Entry explain(SheetRow row, ImportFolder.Resolved notFound, Normalizer normalizer) {
        if (notFound.relative() == null) {
            return null;
        }
        VideoRecord r = byOriginal.get(key(notFound.relative()));
        if (r == null) {
            return null;
        }
        List<Problem> ignored = new ArrayList<>();
        Metadata fromRow = row.toMetadata(normalizer, ignored);
        String file = r.source().originalPath();
        if (fromRow.equals(r.metadata())) {
            return new IngestResult.Entry(IngestResult.Outcome.UNCHANGED, file, row.line(), r.id(), null, List.of(
                    "moved into the catalog by an earlier 'ingest --move' (" + r.source().file() + ")"));
        }
        return new IngestResult.Entry(IngestResult.Outcome.REJECTED, file, row.line(), null, "the file was moved"
                + " into the catalog by an earlier 'ingest --move' (record " + r.id() + "), and this row changes"
                + " its metadata; copy " + r.source().file() + " back to " + file + " and run ingest again to apply"
                + " the row", List.of());
    }

    private static String key(String relative) {
        return relative.toLowerCase(Locale.ROOT);
    }
}
