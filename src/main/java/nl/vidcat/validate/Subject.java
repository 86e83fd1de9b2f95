package nl.vidcat.validate;

import java.util.List;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.model.VideoRecord;

/**
 * What a rule looks at: the metadata of a record or of a sheet row not yet ingested.
 *
 * @param metadata null when a record has no metadata (no sheet row matched its video)
 * @param record   the whole record, or null for a sheet row
 * @param problems problems stored in the record, or found while reading the sheet row
 */
record Subject(Metadata metadata, VideoRecord record, List<Problem> problems, CatalogContext catalog) {

    boolean isSheetRow() {
        return record == null;
    }
}
