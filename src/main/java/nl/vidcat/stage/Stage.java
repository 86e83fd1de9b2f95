package nl.vidcat.stage;

import java.io.IOException;
import nl.vidcat.store.Catalog;

/**
 * One stage of the catalog's work (ingest, transcode, index…), the shape {@code vidcat run} runs them in and each
 * command wraps: it runs on a catalog, reports long work to a {@link Progress}, and sums up what it did in a
 * {@link StageResult} (done, skipped, failed, the failures in plain lines).
 *
 * <p>What passes between stages is the catalog itself: each stage reads what the earlier ones wrote. Two things a
 * run has already read are handed on in memory instead of being read again: the records as ingest left them and the
 * validation findings once the media exist. A stage that needs one takes a {@link java.util.function.Supplier} of
 * it in its constructor, which the pipeline fills in between stages. A stage object serves one run.
 */
public interface Stage {

    StageId id();

    /** Does the stage's work on {@code catalog}; its failures per item are counted in the result, never thrown. */
    StageResult run(Catalog catalog, Progress progress) throws IOException, InterruptedException;
}
