package nl.vidcat.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export did.
 *
 * @param exported ids written, in id order
 * @param skipped  records left out, with the reason
 * @param notes    things worth knowing that did not stop a record (a fallback rendition, a deleted OAI record)
 * @param files    files written (packages count as one)
 */
public record ExportResult(ExportFormat format, Path out, List<String> exported, List<Skipped> skipped,
                           List<String> notes, int files) {

    public ExportResult {
        exported = List.copyOf(exported);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** Why a record was not exported. */
    public enum Reason {
        /** review status is not approved (and --include-unreviewed was not given): the normal workflow, not a failure */
        NOT_APPROVED,
        /** validation errors */
        INVALID,
        /** no playable rendition, or its files are missing */
        NO_MEDIA,
        /** the record file cannot be read; left as it is, and in OAI-PMH still published as before */
        UNREADABLE,
        /** a file in records/ whose name does not match the record id inside it */
        STRAY
    }

    /** @param id the record id; for a stray (or a file without a usable id) the file's name */
    public record Skipped(String id, Reason reason, String message) {
    }

    /** Records that need fixing (invalid or without media); records waiting for review are not failures. */
    public boolean hasFailures() {
        return skipped.stream().anyMatch(s -> s.reason() != Reason.NOT_APPROVED);
    }
}
