package nl.vidcat.report;

import java.util.List;
import nl.vidcat.catalog.VideoRecord;

/**
 * Where the report's validation findings come from. {@link StoredFindings} reads what the stages stored in the
 * record; the validate stage's validator plugs in here, so the report shows exactly what {@code vidcat validate}
 * reports.
 */
@FunctionalInterface
public interface Findings {

    /** The findings for one record, most important first. Must not throw for odd records. */
    List<Finding> of(VideoRecord record);
}
