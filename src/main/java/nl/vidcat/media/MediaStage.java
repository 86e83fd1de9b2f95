package nl.vidcat.media;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.stage.DetailedStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;

/** Transcode or thumbnails as a stage: one media batch over the given records ({@link MediaBatch}). */
public final class MediaStage extends DetailedStage<MediaResult> {

    /** One media batch over {@code records} of {@code catalog}. */
    @FunctionalInterface
    private interface Batch {
        MediaResult run(Catalog catalog, List<VideoRecord> records, Progress progress) throws InterruptedException;
    }

    private final Batch batch;
    private final Supplier<List<VideoRecord>> records;

    private MediaStage(StageId id, Batch batch, Supplier<List<VideoRecord>> records) {
        super(id);
        this.batch = batch;
        this.records = records;
    }

    /**
     * @param options read when the stage runs, so a run meets an unknown profile where it always did: at transcode
     * @param records the records to work on, read when the stage runs
     */
    public static MediaStage transcode(Supplier<Transcoder.Options> options, Supplier<List<VideoRecord>> records) {
        return new MediaStage(StageId.TRANSCODE, (c, r, p) -> new Transcoder(c, options.get()).run(r, p), records);
    }

    /** @param records the records to work on, read when the stage runs (a run's thumbnails see transcode's work) */
    public static MediaStage thumbnails(Thumbnailer.Options options, Supplier<List<VideoRecord>> records) {
        return new MediaStage(StageId.THUMBNAILS, (c, r, p) -> new Thumbnailer(c, options).run(r, p), records);
    }

    @Override
    public MediaResult work(Catalog catalog, Progress progress) throws InterruptedException {
        return batch.run(catalog, records.get(), progress);
    }

    /** Done: videos worked on; skipped: videos already up to date; failed: one line per failed video. */
    @Override
    protected StageResult summary(MediaResult r, Duration took) {
        return new StageResult(id(), r.count(MediaResult.Status.DONE), r.count(MediaResult.Status.UNCHANGED),
                r.count(MediaResult.Status.FAILED), took,
                StageResult.shortList(r.failures().stream().map(x -> x.id() + ": " + x.detail()).toList()), null);
    }
}
