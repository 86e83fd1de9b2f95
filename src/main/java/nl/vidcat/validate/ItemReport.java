package nl.vidcat.validate;

import java.util.List;

/**
 * The findings about one record file or sheet row, in rule order. Reports arrive at the formats one by one, in input
 * order, so nothing larger than one item's findings is ever held.
 *
 * @param file     the record file or sheet, as shown to the user
 * @param line     the sheet line of a row; null for record files
 * @param recordId the record id when known
 * @param title    the video's title when known (helps a reader find the row)
 * @param hint     proposed kerndoelen for a record without any ({@link GoalHint}), or null; not a finding
 */
public record ItemReport(String file, Integer line, String recordId, String title, List<Finding> findings,
                         String hint) {

    public ItemReport {
        findings = List.copyOf(findings);
    }

    public ItemReport(String file, Integer line, String recordId, String title, List<Finding> findings) {
        this(file, line, recordId, title, findings, null);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    /** A short human name: "records/x.json" or "metadata.csv:5". */
    public String name() {
        return line == null ? file : file + ":" + line;
    }
}
