package nl.vidcat.ingest;

import nl.vidcat.sheet.Sheet;
import java.util.List;

/**
 * What an ingest run did, per file and per sheet line, for the command to print.
 *
 * @param sheet   the sheet as read, or null when none was used
 * @param skipped files not treated as videos (documents, images) and symbolic links, with why
 */
public record IngestResult(Sheet sheet, List<Entry> entries, List<String> skipped, boolean dryRun) {

    public enum Outcome { NEW, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param file  path relative to the import folder, or the name as written in the sheet
     * @param line  sheet line, or null
     * @param id    record id (new, updated or unchanged), or null when rejected
     * @param notes things the coordinator should know even though the file was accepted
     */
    public record Entry(Outcome outcome, String file, Integer line, String id, String reason, List<String> notes) {
        public Entry {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public IngestResult {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }

    public long count(Outcome o) {
        return entries.stream().filter(e -> e.outcome() == o).count();
    }

    /** Rejected rows or files, and sheet rows that could not be read, make the run exit 1. */
    public boolean hasRejections() {
        return count(Outcome.REJECTED) > 0
                || (sheet != null && sheet.problems().stream().anyMatch(p -> !p.warning()));
    }

    public String summaryLine() {
        return String.format("%s%d new, %d updated, %d unchanged, %d rejected", dryRun ? "dry run: would be " : "",
                count(Outcome.NEW), count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.REJECTED));
    }
}
