package nl.vidcat.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the summary table of {@code vidcat run}: what a stage did, in the words every stage shares.
 *
 * @param done     items this stage worked on (new or changed videos, renditions made, records indexed)
 * @param skipped  items already up to date (or, for export, waiting for review)
 * @param failed   items that need a person (rejected rows and files, validation errors, failed encodes)
 * @param problems one plain line per failed item, for the console
 * @param note     a short remark for the table (warnings, hidden records), or null
 */
public record StageResult(StageId stage, long done, long skipped, long failed, Duration took, List<String> problems,
                          String note) {

    /** The problem lines kept per stage for the console; the report page and the log have all of them. */
    public static final int MAX_PROBLEM_LINES = 20;

    public StageResult {
        problems = List.copyOf(problems);
    }

    /** {@code lines} cut to {@value #MAX_PROBLEM_LINES}, with one more line saying how many were left out. */
    public static List<String> shortList(List<String> lines) {
        if (lines.size() <= MAX_PROBLEM_LINES) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, MAX_PROBLEM_LINES));
        out.add("… and " + (lines.size() - MAX_PROBLEM_LINES) + " more (see the report and the log)");
        return out;
    }
}
