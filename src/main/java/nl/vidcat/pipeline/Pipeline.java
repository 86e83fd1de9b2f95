package nl.vidcat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.check.CatalogCheck;
import nl.vidcat.check.CheckStage;
import nl.vidcat.export.ExportFormat;
import nl.vidcat.export.ExportRequest;
import nl.vidcat.export.ExportStage;
import nl.vidcat.index.IndexStage;
import nl.vidcat.index.Indexer;
import nl.vidcat.ingest.IngestStage;
import nl.vidcat.ingest.Ingester;
import nl.vidcat.media.MediaStage;
import nl.vidcat.media.Profiles;
import nl.vidcat.media.Shard;
import nl.vidcat.media.Thumbnailer;
import nl.vidcat.media.Transcoder;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.report.ReportStage;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.Stage;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.validate.ValidateStage;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat run}: a list of stages run one after the other on one catalog under one lock: a quick check, then
 * ingest, validate, transcode, thumbnails, index, report and (when asked) export. Every stage is incremental on its
 * own (ingest skips unchanged files, media skips videos whose renditions are current, the index updates only changed
 * records), so a rerun after adding three videos works on those three. A stage's failures are counted and reported,
 * never fatal for the other videos.
 */
public final class Pipeline {

    private static final Logger LOG = LogManager.getLogger(Pipeline.class);

    /**
     * @param profile    transcode profile name ({@link Profiles#DEFAULT} unless the coordinator chose another)
     * @param profiles   extra profiles file, or null for the built-in ones and CATALOG/profiles.json
     * @param export     export format, or null for no export
     * @param exportOut  export folder (default CATALOG/export/FORMAT)
     * @param baseUrl    where the videos are published (nllom and oai-pmh need it)
     * @param reportDir  report folder (default CATALOG/report)
     */
    public record Options(Ingester.Options ingest, String profile, Path profiles, int mediaJobs, ExportFormat export,
                          Path exportOut, String baseUrl, Path reportDir) {
    }

    /** What one stage of a run hands on to later ones in memory (see {@link Stage}), filled in between stages. */
    static final class Handoff {
        /** The record files as ingest left them; nothing else changes records until transcode. */
        RecordScan scan;
        /** The findings once the media exist (the media rules now apply); index and report share them. */
        CatalogFindings findings;
    }

    private final Catalog catalog;
    private final Clock clock;

    public Pipeline(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public RunResult run(Options o, Progress console) throws IOException, InterruptedException {
        OverallProgress progress = new OverallProgress(console);
        Handoff handoff = new Handoff();
        List<Stage> stages = stages(o, handoff);
        boolean export = o.export() != null;
        progress.begin(plan(catalog.records(), importBytes(o.ingest().folder()), export));
        try {
            List<StageResult> results = runAll(stages, handoff, progress, export);
            LOG.info("run finished: {}", results);
            return new RunResult(find(stages, IngestStage.class).result(), namedOnce(results, handoff.scan),
                    find(stages, ReportStage.class).result().index(), export ? exportOut(o) : null);
        } finally {
            progress.end();
        }
    }

    /** The stages of a run, in order, wired to {@code handoff} for what they take over from earlier ones. */
    List<Stage> stages(Options o, Handoff handoff) {
        List<Stage> stages = new ArrayList<>();
        // Quick check first, under run's lock (which swept the temp files): what is damaged is named before any
        // stage works on it. The run goes on: every stage writes atomically and never over a record it cannot
        // read, transcode and thumbnails remake what is damaged, and index brings the index up to date.
        stages.add(new CheckStage(new CatalogCheck.Options(true, Runtime.getRuntime().availableProcessors(), true)));
        stages.add(new IngestStage(o.ingest(), clock));
        stages.add(new ValidateStage(() -> handoff.scan));
        stages.add(MediaStage.transcode(() -> new Transcoder.Options(
                Profiles.load(catalog.dir(), o.profiles()).get(o.profile()), true, false, o.mediaJobs(), Shard.ALL),
                () -> handoff.scan.records()));
        // thumbnails read the renditions transcode just recorded
        stages.add(MediaStage.thumbnails(new Thumbnailer.Options(Thumbnailer.DEFAULT_INTERVAL, false, o.mediaJobs(),
                Shard.ALL), catalog::records));
        stages.add(new IndexStage(new Indexer.Options(true, false), () -> handoff.findings));
        stages.add(new ReportStage(clock, o.reportDir(), () -> handoff.findings));
        if (o.export() != null) {
            stages.add(new ExportStage(ExportRequest.of(o.export(), exportOut(o)).withBaseUrl(o.baseUrl()), clock));
        }
        return stages;
    }

    private Path exportOut(Options o) {
        return o.exportOut() != null ? o.exportOut() : catalog.layout().exportDir(o.export().code());
    }

    /** Runs {@code stages} in order under the overall progress; each adds its line to the summary. */
    List<StageResult> runAll(List<Stage> stages, Handoff handoff, OverallProgress progress, boolean export)
            throws IOException, InterruptedException {
        List<StageResult> results = new ArrayList<>();
        for (Stage stage : stages) {
            progress.enter(stage.id());
            results.add(stage.run(catalog, progress));
            progress.leave(stage.id());
            if (stage.id() == StageId.INGEST) {
                // ingest changed the records; nothing else does until transcode has run
                handoff.scan = catalog.scan();
                progress.replan(plan(handoff.scan.records(), 0, export));
            } else if (stage.id() == StageId.THUMBNAILS) {
                handoff.findings = CatalogFindings.of(catalog, Progress.NONE);
            }
        }
        return results;
    }

    private static <S extends Stage> S find(List<Stage> stages, Class<S> type) {
        return stages.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /**
     * The unreadable and stray record files are listed under validate; the later stages still count them as failed
     * but do not print the same files again.
     */
    static List<StageResult> namedOnce(List<StageResult> stages, RecordScan scan) {
        List<String> files = new ArrayList<>();
        scan.unreadable().forEach(u -> files.add(u.file() + " "));
        scan.strays().forEach(x -> files.add(x.file() + " "));
        if (files.isEmpty()) {
            return stages;
        }
        List<StageResult> out = new ArrayList<>();
        for (StageResult s : stages) {
            if (s.stage() == StageId.VALIDATE || s.stage() == StageId.INGEST) {
                out.add(s);
                continue;
            }
            List<String> rest = s.problems().stream().filter(p -> files.stream().noneMatch(p::contains)).toList();
            int named = s.problems().size() - rest.size();
            out.add(named == 0 ? s : new StageResult(s.stage(), s.done(), s.skipped(), s.failed(), s.took(), rest,
                    (s.note() == null ? "" : s.note() + "; ") + named + " file(s) listed under validate"));
        }
        return out;
    }

    /**
     * Estimated seconds per stage, for one honest ETA over the run. The rates come from this project's benchmarks
     * (bench/ingest, bench/transcode, bench/index, bench/report); they only need to be in proportion.
     */
    static Map<StageId, Double> plan(List<VideoRecord> records, long importBytes, boolean export) {
        double toTranscode = 0;
        double toThumbnail = 0;
        for (VideoRecord r : records) {
            double seconds = r.source() == null ? 0 : r.source().durationSeconds();
            if (r.media() == null || r.media().renditions().isEmpty()) {
                toTranscode += seconds;
            }
            if (r.media() == null || r.media().poster() == null) {
                toThumbnail += 0.2 + seconds * 0.02;
            }
        }
        Map<StageId, Double> plan = new EnumMap<>(StageId.class);
        plan.put(StageId.CHECK, 0.1 + records.size() / 20_000.0);
        plan.put(StageId.INGEST, 0.5 + importBytes / 60e6);
        plan.put(StageId.VALIDATE, 0.2 + records.size() / 20_000.0);
        plan.put(StageId.TRANSCODE, 0.1 + toTranscode * 0.5);
        plan.put(StageId.THUMBNAILS, 0.1 + toThumbnail);
        plan.put(StageId.INDEX, 0.3 + records.size() / 2_000.0);
        plan.put(StageId.REPORT, 0.3 + records.size() / 2_000.0);
        if (export) {
            plan.put(StageId.EXPORT, 0.3 + records.size() / 500.0);
        }
        return plan;
    }

    private static long importBytes(Path folder) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // only an estimate; ingest itself reports an unreadable folder
        }
    }
}
