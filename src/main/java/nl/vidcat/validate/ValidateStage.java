package nl.vidcat.validate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;

/**
 * Validation of the whole catalog as a stage of a run: the same rules and settings as {@code vidcat validate} on the
 * catalog. Its findings are kept for the stages that act on them.
 */
public final class ValidateStage extends DetailedStage<CatalogFindings> {

    private final Supplier<RecordScan> scan;

    /** @param scan the record files as the run read them after ingest, for the counts and the unreadable files */
    public ValidateStage(Supplier<RecordScan> scan) {
        super(StageId.VALIDATE);
        this.scan = scan;
    }

    @Override
    public CatalogFindings work(Catalog catalog, Progress progress) throws IOException {
        return CatalogFindings.of(catalog, progress);
    }

    /**
     * Unreadable record files and strays count as failed here (and again where a later stage misses them). A missing
     * rendition, poster or subtitle file is left out: the run's transcode and thumbnails remake it, and what they
     * cannot remake is their failure, named under their own line.
     */
    @Override
    protected StageResult summary(CatalogFindings f, Duration took) {
        RecordScan files = scan.get();
        List<VideoRecord> records = files.records();
        List<String> problems = new ArrayList<>(files.problems());
        long failed = 0;
        long warned = 0;
        for (VideoRecord r : records) {
            List<Finding> errors = f.of(r.id()).stream()
                    .filter(x -> x.severity() == Severity.ERROR && x.rule() != Rules.MEDIA_MISSING).toList();
            if (!errors.isEmpty()) {
                failed++;
                problems.add(r.id() + ": " + errors.get(0).en()
                        + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : ""));
            } else if (!f.of(r.id()).isEmpty()) {
                warned++;
            }
        }
        return new StageResult(StageId.VALIDATE, records.size() - failed, 0, failed + files.problems().size(), took,
                StageResult.shortList(problems), warned > 0 ? warned + " with warnings only" : null);
    }
}
