package nl.vidcat.stage;

import java.io.IOException;
import java.time.Duration;
import nl.vidcat.store.Catalog;

/**
 * A stage whose work has a detailed result of its own (an ingest per sheet line, a media outcome per video): its
 * command prints that result, {@code run} sums it up in a {@link StageResult}. The stage keeps the result of its
 * last run for whoever ran it (the pipeline prints ingest's lines and links the report).
 *
 * @param <R> the detailed result
 */
public abstract class DetailedStage<R> implements Stage {

    private final StageId id;
    private R result;

    protected DetailedStage(StageId id) {
        this.id = id;
    }

    @Override
    public final StageId id() {
        return id;
    }

    /** The stage's work, as its command runs it. */
    public abstract R work(Catalog catalog, Progress progress) throws IOException, InterruptedException;

    /** The summary line of {@code result}, which took {@code took}. */
    protected abstract StageResult summary(R result, Duration took);

    @Override
    public final StageResult run(Catalog catalog, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        result = work(catalog, progress);
        return summary(result, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The detailed result of the last {@link #run}, or null before it. */
    public R result() {
        return result;
    }
}
