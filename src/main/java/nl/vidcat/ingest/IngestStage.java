package nl.vidcat.ingest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;

/** Ingest as a stage: a folder of videos and its sheet into the catalog ({@code vidcat ingest}, and in a run). */
public final class IngestStage extends DetailedStage<IngestResult> {

    private final Ingester.Options options;
    private final Clock clock;

    public IngestStage(Ingester.Options options, Clock clock) {
        super(StageId.INGEST);
        this.options = options;
        this.clock = clock;
    }

    /** @param catalog the catalog, or null for a dry run where there is none yet */
    @Override
    public IngestResult work(Catalog catalog, Progress progress) throws IOException {
        return new Ingester(catalog, progress, clock).run(options);
    }

    /** Done: new and updated videos; skipped: unchanged ones; failed: rejected files and sheet lines. */
    @Override
    protected StageResult summary(IngestResult r, Duration took) {
        List<String> problems = new ArrayList<>(r.entries().stream()
                .filter(e -> e.outcome() == IngestResult.Outcome.REJECTED)
                .map(e -> (e.line() != null ? "line " + e.line() + ": " : "") + e.file() + ": " + e.reason()).toList());
        if (r.sheet() != null) {
            for (var p : r.sheet().problems()) {
                if (!p.warning()) {
                    problems.add("line " + p.line() + ": " + p.message());
                }
            }
        }
        return new StageResult(StageId.INGEST,
                r.count(IngestResult.Outcome.NEW) + r.count(IngestResult.Outcome.UPDATED),
                r.count(IngestResult.Outcome.UNCHANGED), r.count(IngestResult.Outcome.REJECTED), took,
                StageResult.shortList(problems),
                r.skipped().isEmpty() ? null : r.skipped().size() + " non-video file(s) skipped");
    }
}
