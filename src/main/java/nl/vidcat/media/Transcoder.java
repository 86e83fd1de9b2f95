package nl.vidcat.media;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.model.Loudness;
import nl.vidcat.model.Media;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.Profiles.Profile;
import nl.vidcat.media.RenditionPlanner.Plan;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat transcode}: web-ready renditions of each video from a profile, made in one ffmpeg run per video
 * (decode once, {@code split} to every rendition; see {@link EncodeCommand}), loudness-normalized in two passes,
 * verified, hashed and published atomically; sidecar subtitles converted to WebVTT beside them. A rerun redoes only
 * renditions that are missing, damaged (hash differs) or made with other settings (recipe differs).
 */
public final class Transcoder {

    private static final Logger LOG = LogManager.getLogger(Transcoder.class);


    /**
     * @param allowRemux stream-copy sources that already satisfy a rendition (the fast path)
     * @param force      redo renditions even when they are up to date
     */
    public record Options(Profile profile, boolean allowRemux, boolean force, int jobs, Shard shard) {
    }

    private final Catalog catalog;
    private final Options options;
    private final int threads;

    public Transcoder(Catalog catalog, Options options) {
        this.catalog = catalog;
        this.options = options;
        this.threads = threadsPerJob(options.jobs(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * With one job ffmpeg sizes its own thread pools (it uses every core well); with N jobs each ffmpeg gets
     * cores/N threads so N parallel encodes do not oversubscribe the machine.
     */
    static int threadsPerJob(int jobs, int cores) {
        return jobs <= 1 ? 0 : Math.max(1, cores / jobs);
    }

    public MediaResult run(List<VideoRecord> records, Progress progress) throws InterruptedException {
        return new MediaBatch(catalog, StageId.TRANSCODE.label(), options.jobs(), options.shard(), Clock.systemUTC())
                .run(records, progress, this::transcode);
    }

    private MediaBatch.Change transcode(VideoRecord r, DoubleConsumer position)
            throws MediaFailure, IOException, InterruptedException {
        Path src = MediaBatch.prepare(catalog, r);
        SourceFile s = r.source();
        String mediaDir = CatalogLayout.mediaFolder(r.id());
        // Subtitles first: a bad subtitle file fails in milliseconds, not after the encode.
        Optional<List<SubtitleTrack>> subtitles = SubtitleConverter.convert(catalog, r);
        Profile profile = options.profile();
        List<Plan> plans = RenditionPlanner.plan(profile, s, mediaDir, options.allowRemux());
        Map<String, Rendition> existing = new LinkedHashMap<>();
        for (Rendition x : r.media().renditions()) {
            if (profile.name().equals(x.profile())) {
                existing.put(x.name(), x);
            }
        }
        List<Plan> todo = new ArrayList<>();
        for (Plan p : plans) {
            if (options.force() || !upToDate(p, existing.get(p.spec().name()))) {
                todo.add(p);
            }
        }
        Loudness loudness = r.media().loudness();
        Map<String, Rendition> made = new LinkedHashMap<>();
        if (!todo.isEmpty()) {
            Encoded e = encodeWithLoudness(src, s, todo, loudness, position);
            loudness = e.loudness();
            for (Rendition x : e.renditions()) {
                made.put(x.name(), x);
            }
        }
        List<Rendition> renditions = new ArrayList<>();
        for (Rendition x : r.media().renditions()) {
            if (!profile.name().equals(x.profile())) {
                renditions.add(x);
            }
        }
        for (Plan p : plans) {
            renditions.add(made.containsKey(p.spec().name()) ? made.get(p.spec().name()) : existing.get(p.spec().name()));
        }
        removeDropped(existing.values(), plans);

        if (made.isEmpty() && subtitles.isEmpty() && existing.size() == plans.size()) {
            return MediaBatch.Change.NONE;
        }
        Loudness finalLoudness = loudness;
        String detail = made.isEmpty() ? "subtitles" : String.join(" ", made.values().stream()
                .map(x -> x.name() + (x.remuxed() ? " (remuxed)" : "")).toList());
        return new MediaBatch.Change(m -> {
            Media out = m.withRenditions(renditions).withLoudness(finalLoudness);
            return subtitles.map(out::withSubtitles).orElse(out);
        }, detail);
    }

    /**
     * Encodes {@code todo} with the audio brought to the loudness target: the source's loudness as the record has
     * it, measured first when it is not known yet (or with --force).
     */
    private Encoded encodeWithLoudness(Path src, SourceFile s, List<Plan> todo, Loudness known,
                                       DoubleConsumer position) throws MediaFailure, IOException, InterruptedException {
        Loudness loudness = known;
        boolean measure = s.hasAudio() && (loudness == null || options.force());
        // Stream copies cost little more than reading the source, which the measurement does anyway: one run then
        // copies as if the audio were on target and measures it (encode re-runs with the audio normalized when
        // it is not, which a separate measurement would have needed too).
        boolean measureWhileCopying = measure && todo.stream().allMatch(Plan::remux);
        if (measure && !measureWhileCopying) {
            loudness = LoudnessMeter.measure(src).orElse(null);
        } else if (!measure && loudness != null) {
            // measured from this same source file (a record's source never changes): only a new profile or a stale
            // rendition brought us here, so the measurement is reused with the current targets
            loudness = LoudnessMeter.retarget(loudness);
        }
        return encode(src, s, todo, loudness, measureWhileCopying, position);
    }

    private boolean upToDate(Plan p, Rendition have) throws IOException {
        return have != null && p.recipe().equals(have.recipe()) && p.file().equals(have.file())
                && FileHash.matches(catalog.resolve(have.file()), have.sha256());
    }

    /** The renditions made, and the loudness they were made with. */
    private record Encoded(List<Rendition> renditions, Loudness loudness) {
    }

    /**
     * @param loudness the measurement to normalize with (null: silence), unless {@code measure}
     * @param measure  every plan is a stream copy: measure the loudness in the copying run
     */
    private Encoded encode(Path src, SourceFile s, List<Plan> todo, Loudness loudness, boolean measure,
                           DoubleConsumer position) throws IOException, InterruptedException, MediaFailure {
        List<EncodeCommand.Output> outputs = new ArrayList<>();
        List<EncodeCommand.SharedAudio> shared = List.of();
        try {
            for (Plan p : todo) {
                Path target = catalog.resolve(p.file());
                Files.createDirectories(target.getParent());
                outputs.add(new EncodeCommand.Output(p, ChildProcesses.temp(AtomicFiles.tempFor(target)),
                        measure || LoudnessMeter.onTarget(loudness)));
            }
            List<Rendition> done = null;
            if (measure) {
                loudness = LoudnessMeter.fromLog(runFfmpeg(src, s, outputs, shared, null, false, true, position))
                        .orElse(null);
                if (LoudnessMeter.onTarget(loudness)) {
                    done = verify(s, outputs);
                } else {
                    outputs = outputs.stream().map(EncodeCommand.Output::encodingAudio).toList();
                }
            }
            if (done == null) {
                if (loudness != null && outputs.stream().anyMatch(EncodeCommand.Output::encodesAudio)) {
                    loudness = LoudnessMeter.calibrated(src, loudness, s.audio().channels(),
                            EncodeCommand.channels(outputs), s.durationSeconds());
                }
                shared = EncodeCommand.shareAudio(outputs, s.hasAudio(),
                        o -> ChildProcesses.temp(AtomicFiles.tempFor(catalog.resolve(o.plan().file()))));
                try {
                    runFfmpeg(src, s, outputs, shared, loudness, false, false, position);
                    done = verify(s, outputs);
                } catch (RenditionVerifier.DurationMismatch e) {
                    // Variable frame rate + B-frames: x264's decode timestamps can end before the last frame's
                    // presentation time, and MP4 measures the track by them (seen: a screen recording 0.12 s short).
                    // Without B-frames decode order is presentation order and the timing is exact.
                    LOG.info("{}; encoding again without B-frames", e.getMessage());
                    runFfmpeg(src, s, outputs, shared, loudness, true, false, position);
                    done = verify(s, outputs);
                }
            }
            // Publish only when every rendition of the run verified, so a record never points at half a set.
            for (EncodeCommand.Output o : outputs) {
                Path temp = o.temp();
                AtomicFiles.replace(catalog.resolve(o.plan().file()), t -> Files.move(temp, t));
                ChildProcesses.published(temp);
            }
            return new Encoded(done, loudness);
        } finally {
            for (EncodeCommand.Output o : outputs) {
                ChildProcesses.discard(o.temp());
            }
            for (EncodeCommand.SharedAudio x : shared) {
                ChildProcesses.discard(x.videoOnly());
            }
        }
    }

    /** One ffmpeg run writing every output (and completing the shared-audio ones); its log when it succeeded. */
    private List<String> runFfmpeg(Path src, SourceFile s, List<EncodeCommand.Output> outputs,
                                  List<EncodeCommand.SharedAudio> shared, Loudness loudness, boolean noBFrames,
                                  boolean measure, DoubleConsumer position)
            throws IOException, InterruptedException, MediaFailure {
        FfmpegRun.Result result = FfmpegRun.run(EncodeCommand.build(src, outputs, shared, s.hasAudio(),
                loudness, threads, noBFrames, s.durationSeconds(), measure), position)
                .orFail("ffmpeg could not transcode the source");
        for (EncodeCommand.SharedAudio x : shared) {
            FfmpegRun.run(EncodeCommand.addAudio(x), null)
                    .orFail("ffmpeg could not add the audio to rendition " + x.receiver().plan().spec().name());
        }
        return result.stderr();
    }

    private static List<Rendition> verify(SourceFile s, List<EncodeCommand.Output> outputs)
            throws IOException, MediaFailure {
        List<Rendition> done = new ArrayList<>();
        for (EncodeCommand.Output o : outputs) {
            // Hashed while the verifier decodes: together they are most of a remux after ffmpeg is done. On a thread of
            // its own, not the common pool: that has cores - 1 threads, so with --jobs N the hashes of N videos queued.
            CompletableFuture<String> hash = CompletableFuture.supplyAsync(() -> {
                try {
                    return FileHash.sha256(o.temp());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, r -> Thread.ofPlatform().name("hash").daemon().start(r));
            RenditionVerifier.Facts f;
            try {
                f = RenditionVerifier.verify(o.temp(), o.plan(), s);
            } finally {
                hash.exceptionally(e -> null).join(); // never leave it reading a temp that is about to go
            }
            String sha = sha256(hash);
            long bitrate = f.durationSeconds() > 0 ? Math.round(f.size() * 8 / f.durationSeconds()) : 0;
            done.add(new Rendition(o.plan().spec().name(), o.plan().profile(), o.plan().file(), f.width(), f.height(),
                    f.videoCodec(), f.videoProfile(), f.pixelFormat(), f.audioCodec(), f.durationSeconds(), f.size(),
                    bitrate, sha, o.plan().remux(), f.faststart(), o.plan().recipe()));
        }
        return done;
    }

    private static String sha256(CompletableFuture<String> hash) throws IOException {
        try {
            return hash.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    /** Deletes this profile's files for renditions the profile no longer has. */
    private void removeDropped(Iterable<Rendition> existing, List<Plan> plans) throws IOException {
        for (Rendition x : existing) {
            boolean kept = plans.stream().anyMatch(p -> p.file().equals(x.file()));
            if (!kept) {
                Files.deleteIfExists(catalog.resolve(x.file()));
            }
        }
    }
}
