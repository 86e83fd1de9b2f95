package nl.vidcat.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * One line of the summary table.
 *
 * @param done     items this stage worked on (new or changed videos, renditions made, records indexed)
 * @param skipped  items already up to date (or, for export, waiting for review)
 * @param failed   items that need a person (rejected rows and files, validation errors, failed encodes)
 * @param problems one plain line per failed item, for the console
 * @param note     a short remark for the table (warnings, hidden records), or null
 */
public record StageResult(Stage stage, long done, long skipped, long failed, Duration took, List<String> problems,
                          String note) {

    public StageResult {
        problems = List.copyOf(problems);
    }
}
