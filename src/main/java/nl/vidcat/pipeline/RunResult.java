package nl.vidcat.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.io.VidcatException;
import nl.vidcat.stage.StageResult;
import nl.vidcat.ingest.IngestResult;

/**
 * What {@code vidcat run} did.
 *
 * @param ingest the ingest details (per sheet line), for the console
 * @param report the report page, or null when the run stopped before it
 * @param export the export folder, or null when no export was asked
 */
public record RunResult(IngestResult ingest, List<StageResult> stages, Path report, Path export) {

    public RunResult {
        stages = List.copyOf(stages);
    }

    /** 0 when nothing failed, 1 when some stage has items that need a person. */
    public int exitCode() {
        return stages.stream().anyMatch(s -> s.failed() > 0) ? VidcatException.FINDINGS : 0;
    }
}
