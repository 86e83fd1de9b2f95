package nl.vidcat.export;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;

/** An export as a stage ({@code vidcat export}, and in a run with --export). */
public final class ExportStage extends DetailedStage<ExportResult> {

    private final ExportRequest request;
    private final Clock clock;

    public ExportStage(ExportRequest request, Clock clock) {
        super(StageId.EXPORT);
        this.request = request;
        this.clock = clock;
    }

    @Override
    public ExportResult work(Catalog catalog, Progress progress) throws IOException {
        return new Exporter(catalog, clock).export(request, progress);
    }

    /** Done: records exported; skipped: records waiting for review; failed: records to fix. */
    @Override
    protected StageResult summary(ExportResult r, Duration took) {
        long waiting = r.skipped().stream().filter(s -> s.reason() == ExportResult.Reason.NOT_APPROVED).count();
        List<String> problems = r.skipped().stream().filter(s -> s.reason() != ExportResult.Reason.NOT_APPROVED)
                .map(s -> s.id() + ": " + s.message()).toList();
        return new StageResult(StageId.EXPORT, r.exported().size(), waiting, problems.size(), took,
                StageResult.shortList(problems), waiting > 0 ? waiting + " waiting for review" : null);
    }
}
