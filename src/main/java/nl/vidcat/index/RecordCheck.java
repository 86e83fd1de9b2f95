package nl.vidcat.index;

import nl.vidcat.catalog.VideoRecord;

/**
 * Decides whether a record is fit to be found by teachers and pupils. Records with errors are still indexed (so
 * curators can find them with {@code --include-invalid}) but hidden from ordinary searches.
 */
@FunctionalInterface
public interface RecordCheck {

    boolean hasErrors(VideoRecord record);

    /** Every record searchable (benchmarks, tests). */
    RecordCheck NONE = r -> false;
}
