package nl.vidcat.check;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;

/** The catalog check as a stage: {@code vidcat check} without --repair, and the quick check that starts a run. */
public final class CheckStage extends DetailedStage<CheckResult> {

    private final CatalogCheck.Options options;

    public CheckStage(CatalogCheck.Options options) {
        super(StageId.CHECK);
        this.options = options;
    }

    @Override
    public CheckResult work(Catalog catalog, Progress progress) throws IOException {
        return new CatalogCheck(catalog, options).run(progress);
    }

    /**
     * The check's problems, except what the run that follows puts right: an index out of date (the index stage
     * updates it) and a missing or damaged derived media file (transcode and thumbnails make it again).
     */
    @Override
    protected StageResult summary(CheckResult r, Duration took) {
        List<String> problems = new ArrayList<>();
        List<String> remade = new ArrayList<>();
        long later = 0;
        long stale = 0;
        for (Fault f : r.faults()) {
            if (f.kind() == Fault.Kind.INDEX_OUT_OF_DATE || f.kind() == Fault.Kind.INDEX_NONE) {
                later++;
            } else if (f.kind() == Fault.Kind.MEDIA_STALE) {
                stale++;
            } else if (f.repair() == Fault.Repair.REMAKE) {
                stale++;
                remade.add(f.line()); // named, but no failure: this run's media stages make it again
            } else if (f.problem()) {
                problems.add(f.line());
            }
        }
        List<String> notes = new ArrayList<>();
        if (stale > 0) {
            notes.add(stale + " media file(s) to remake");
        }
        if (later > 0) {
            notes.add("index updated below");
        }
        long failed = problems.size();
        problems.addAll(remade);
        return new StageResult(StageId.CHECK, r.records(), 0, failed, took, StageResult.shortList(problems),
                notes.isEmpty() ? null : String.join("; ", notes));
    }
}
