package nl.vidcat.stage;

import java.util.Locale;

/**
 * The one name of each stage, in the order {@code vidcat run} runs them. The label is the stage's word everywhere a
 * person or a record sees it: the summary table, the progress line, and the prefix of the problem codes the stage
 * writes into records ({@code ingest.no-sheet-row}, {@code transcode.failed}).
 */
public enum StageId {
    CHECK, INGEST, VALIDATE, TRANSCODE, THUMBNAILS, INDEX, REPORT, EXPORT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code label + "."}: a record's problem belongs to this stage when its code starts with it. */
    public String problemPrefix() {
        return label() + ".";
    }
}
