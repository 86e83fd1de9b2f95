package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Media;
import nl.vidcat.model.Problem;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.model.SourceFile;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs one media stage over many videos: the shard's share of them, {@code jobs} at a time, progress in seconds of
 * video, and one failing video recorded as a problem ({@code <stage>.failed}) without stopping the others.
 */
final class MediaBatch {

    private static final Logger LOG = LogManager.getLogger(MediaBatch.class);

    /** What a stage does to one video. */
    interface VideoWork {
        /**
         * @param position receives how far (seconds into the video) the work is
         * @return the change to the record's media, or {@link Change#NONE} when everything was up to date
         */
        Change process(VideoRecord record, DoubleConsumer position) throws MediaFailure, IOException, InterruptedException;
    }

    /** @param detail a short note for the summary ("720p 360p remuxed") */
    record Change(UnaryOperator<Media> media, String detail) {
        static final Change NONE = new Change(null, "up to date");
    }

    private final Catalog catalog;
    private final String stage;
    private final int jobs;
    private final Shard shard;
    private final RecordWriter writer;
    private final Clock clock;

    MediaBatch(Catalog catalog, String stage, int jobs, Shard shard, Clock clock) {
        this.catalog = catalog;
        this.stage = stage;
        this.jobs = Math.max(1, jobs);
        this.shard = shard;
        this.writer = new RecordWriter(catalog, !shard.isAll(), stage);
        this.clock = clock;
    }

    MediaResult run(List<VideoRecord> records, Progress progress, VideoWork work) throws InterruptedException {
        List<VideoRecord> mine = records.stream().filter(r -> shard.contains(r.id())).toList();
        progress.start(stage, mine.stream().mapToLong(MediaBatch::units).sum());
        try {
            List<MediaResult.Outcome> outcomes = RecordRunner.over(mine, stage, jobs)
                    .map(r -> one(r, progress, work), this::failed);
            return new MediaResult(stage, outcomes, records.size() - mine.size());
        } catch (IOException | RuntimeException | Error e) {
            if (e instanceof VidcatException v) {
                throw v; // recording a failure failed too (disk full, say): the user's problem, not a bug
            }
            throw new IllegalStateException("unexpected failure in " + stage, e);
        } finally {
            progress.finish();
        }
    }

    /**
     * The record's source file in the catalog, after removing the temp files a killed run of this video left (only
     * the process working on a video touches its directory: one job per video, one shard per video).
     */
    static Path prepare(Catalog catalog, VideoRecord r) throws MediaFailure, IOException {
        SourceFile s = r.source();
        if (s == null || s.file() == null || s.video() == null) {
            throw new MediaFailure("the record has no probed source video (run 'vidcat ingest' first)");
        }
        Path src = catalog.resolve(s.file());
        if (!Files.isRegularFile(src)) {
            throw new MediaFailure("the source file " + s.file() + " is missing from the catalog");
        }
        Path dir = catalog.mediaDir(r.id());
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(AtomicFiles::isTemp).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return src;
    }

    /** Progress units of a video: its whole seconds (at least 1, so short clips still count). */
    private static long units(VideoRecord r) {
        double s = r.source() == null ? 0 : r.source().durationSeconds();
        return Math.max(1, Math.round(s));
    }

    private MediaResult.Outcome one(VideoRecord r, Progress progress, VideoWork work) throws Exception {
        VideoProgress shown = new VideoProgress(r, progress);
        try {
            Change change = work.process(r, shown::at);
            save(r.id(), change.media(), List.of());
            return new MediaResult.Outcome(r.id(), change.media() == null ? MediaResult.Status.UNCHANGED
                    : MediaResult.Status.DONE, change.detail());
        } finally {
            shown.done();
        }
    }

    /** The outcome of a video whose work failed, recorded as a problem on its record; the others go on. */
    private MediaResult.Outcome failed(VideoRecord r, Exception failure) throws IOException {
        switch (failure) {
            case MediaFailure e -> {
                LOG.warn("{} {}: {}", stage, r.id(), e.getMessage());
                LOG.debug("details", e);
                return failed(r, e.getMessage());
            }
            case InterruptedException e -> {
                Thread.currentThread().interrupt();
                return new MediaResult.Outcome(r.id(), MediaResult.Status.FAILED, "interrupted");
            }
            case IOException e -> {
                return failed(r, fileError(r, e));
            }
            case FFmpeg.Unavailable e -> {
                throw e; // the machine's problem, not this video's: the stage stops with the install hint
            }
            case VidcatException e -> {
                return failed(r, fileError(r, e));
            }
            default -> {
                LOG.error("{} {} failed unexpectedly", stage, r.id(), failure);
                return failed(r, "internal error: " + failure + " (details in the log file)");
            }
        }
    }

    /** A full disk or a folder vidcat may not write is this video's failure in words, not an internal error. */
    private String fileError(VideoRecord r, Exception e) {
        VidcatException user = VidcatException.ofUser(e);
        String reason = user != null ? user.getMessage() : "file error: " + e.getMessage();
        LOG.error("{} {}: {}", stage, r.id(), reason);
        LOG.debug("details", e);
        return reason;
    }

    /** A video's progress in whole seconds; the last one is reported when it is done, however it ends. */
    private static final class VideoProgress {
        private final VideoRecord r;
        private final Progress progress;
        private final long units;
        private long reported;

        VideoProgress(VideoRecord r, Progress progress) {
            this.r = r;
            this.progress = progress;
            this.units = units(r);
        }

        /** The work is {@code position} seconds into the video. */
        synchronized void at(double position) {
            long at = Math.min(units - 1, (long) Math.floor(position));
            if (at > reported) {
                progress.advance(at - reported, String.format("%s %d%%", r.id(), 100 * at / units));
                reported = at;
            }
        }

        synchronized void done() {
            progress.advance(units - reported, r.id());
            reported = units;
        }
    }

    private MediaResult.Outcome failed(VideoRecord r, String reason) throws IOException {
        if (!ChildProcesses.stopping()) {
            save(r.id(), null, List.of(new Problem(stage + ".failed", reason)));
        }
        return new MediaResult.Outcome(r.id(), MediaResult.Status.FAILED, reason);
    }

    private void save(String id, UnaryOperator<Media> media, List<Problem> problems) throws IOException {
        writer.update(id, current -> {
            boolean problemsSame = current.problems().stream().filter(p -> p.code().startsWith(stage + "."))
                    .toList().equals(problems);
            if (media == null && problemsSame) {
                return current;
            }
            Instant now = clock.instant();
            VideoRecord out = media == null ? current : current.withMedia(media.apply(current.media()), now);
            return problemsSame ? out : out.withStageProblems(stage, problems, now);
        });
    }
}
