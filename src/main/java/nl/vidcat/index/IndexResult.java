package nl.vidcat.index;

import java.util.List;
import java.util.Locale;

/**
 * What {@code vidcat index} did, for the summary line and the exit code.
 *
 * @param mode       full, incremental, unchanged (nothing to do) or rollback
 * @param reason     why a full build was done when incremental was asked, else null
 * @param build      the build now serving
 * @param previous   the build kept for --rollback, or null
 * @param records    documents in the serving index
 * @param searchable of which without validation errors
 * @param added      documents added (all of them in a full build)
 * @param updated    documents replaced because their record changed
 * @param removed    documents removed because their record is gone
 * @param unreadable records that could not be read and are missing from the index
 * @param warnings   problems worth a curator's look (unreadable subtitle files, …)
 */
public record IndexResult(String mode, String reason, String build, String previous, long records, long searchable,
                          long added, long updated, long removed, int unreadable, List<String> warnings,
                          double seconds) {

    public IndexResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Nothing changed since the live build {@code live}: it stays, nothing is written. */
    static IndexResult unchanged(IndexInfo live, String previous, int unreadable, List<String> warnings,
                                 double seconds) {
        return new IndexResult("unchanged", null, live.build(), previous, live.records(), live.searchable(), 0, 0, 0,
                unreadable, warnings, seconds);
    }

    /** CURRENT points back at the build {@code now}, whose facts are {@code info}. */
    static IndexResult rolledBack(String now, IndexInfo info, String previous) {
        return new IndexResult("rollback", null, now, previous, info.records(), info.searchable(), 0, 0, 0, 0,
                List.of(), 0);
    }

    /** Unreadable records are findings (exit 1): the index is live but incomplete. */
    public boolean hasFindings() {
        return unreadable > 0;
    }

    public String summary() {
        String invalid = records - searchable > 0 ? ", " + (records - searchable) + " hidden as invalid" : "";
        String tail = (unreadable > 0 ? "; " + unreadable + " unreadable record(s) left out" : "")
                + (warnings.size() > unreadable ? "; " + (warnings.size() - unreadable) + " warning(s), see the log" : "");
        return switch (mode) {
            case "unchanged" -> String.format(Locale.ROOT,
                    "index: nothing changed since %s (%d records%s); nothing to do%s", build, records, invalid, tail);
            case "rollback" -> String.format(Locale.ROOT,
                    "index: rolled back to %s (%d records%s); %s kept for --rollback", build, records, invalid, previous);
            case "incremental" -> String.format(Locale.ROOT,
                    "index: incremental update, %d added, %d updated, %d removed -> %s (%d records%s) in %.1f s%s",
                    added, updated, removed, build, records, invalid, seconds, tail);
            default -> String.format(Locale.ROOT, "index: full build%s -> %s (%d records%s) in %.1f s%s",
                    reason == null ? "" : " (" + reason + ")", build, records, invalid, seconds, tail);
        };
    }
}
