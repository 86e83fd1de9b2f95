package nl.vidcat.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;
import nl.vidcat.validate.CatalogFindings;

/** The report pages as a stage ({@code vidcat report}, and in a run). */
public final class ReportStage extends DetailedStage<ReportWriter.Result> {

    private final Clock clock;
    private final Path out;
    private final Supplier<CatalogFindings> findings;

    /**
     * @param out      the report folder, or null for {@link ReportWriter#defaultDir}
     * @param findings the catalog's findings, already made by the run (null: validate here)
     */
    public ReportStage(Clock clock, Path out, Supplier<CatalogFindings> findings) {
        super(StageId.REPORT);
        this.clock = clock;
        this.out = out;
        this.findings = findings;
    }

    @Override
    public ReportWriter.Result work(Catalog catalog, Progress progress) throws IOException {
        Path dir = out != null ? out : ReportWriter.defaultDir(catalog);
        if (findings == null) {
            return new ReportWriter(clock).write(catalog, dir, progress);
        }
        CatalogFindings known = findings.get();
        RecordScan now = catalog.scan();
        return new ReportWriter(clock).write(catalog, now.records(), now.problems(), known::of, dir, progress);
    }

    /** Done: videos on the report; failed: record files missing from it. */
    @Override
    protected StageResult summary(ReportWriter.Result r, Duration took) {
        return new StageResult(StageId.REPORT, r.videos(), 0, r.unreadable().size(), took,
                StageResult.shortList(r.unreadable()),
                r.withErrors() + " with errors, " + r.withWarnings() + " with warnings only");
    }
}
