package nl.vidcat.index;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;
import nl.vidcat.validate.CatalogFindings;

/** The search index update as a stage ({@code vidcat index}, and in a run). */
public final class IndexStage extends DetailedStage<IndexResult> {

    private final Indexer.Options options;
    private final Supplier<CatalogFindings> findings;

    /** Validates the catalog itself, to hide records with errors from search. */
    public IndexStage(Indexer.Options options) {
        this(options, null);
    }

    /** @param findings the catalog's findings, already made by the run (null: validate here) */
    public IndexStage(Indexer.Options options, Supplier<CatalogFindings> findings) {
        super(StageId.INDEX);
        this.options = options;
        this.findings = findings;
    }

    @Override
    public IndexResult work(Catalog catalog, Progress progress) throws IOException {
        Indexer indexer = new Indexer();
        return findings == null ? indexer.index(catalog, options, progress)
                : indexer.index(catalog, findings.get(), options, progress);
    }

    /** Done: records added, updated or removed; skipped: unchanged; failed: unreadable record files. */
    @Override
    protected StageResult summary(IndexResult r, Duration took) {
        long done = r.added() + r.updated() + r.removed();
        long hidden = r.records() - r.searchable();
        return new StageResult(StageId.INDEX, done, r.records() - r.added() - r.updated(), r.unreadable(), took,
                StageResult.shortList(r.warnings()), hidden > 0 ? hidden + " hidden from search as invalid" : null);
    }
}
