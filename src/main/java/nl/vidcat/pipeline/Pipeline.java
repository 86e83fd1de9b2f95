package nl.vidcat.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.check.CatalogCheck;
import nl.vidcat.check.CheckResult;
import nl.vidcat.check.Fault;
import nl.vidcat.export.ExportFormat;
import nl.vidcat.export.ExportRequest;
import nl.vidcat.export.ExportResult;
import nl.vidcat.export.Exporter;
import nl.vidcat.index.IndexResult;
import nl.vidcat.index.Indexer;
import nl.vidcat.ingest.IngestResult;
import nl.vidcat.ingest.Ingester;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.Profiles;
import nl.vidcat.media.Shard;
import nl.vidcat.media.Thumbnailer;
import nl.vidcat.media.Transcoder;
import nl.vidcat.report.ReportWriter;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.Rules;
import nl.vidcat.validate.Severity;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat run}: a quick check, then ingest, validate, transcode, thumbnails, index, report and (when asked) export, one after the
 * other on one catalog under one lock. Every stage is incremental on its own (ingest skips unchanged files, media
 * skips videos whose renditions are current, the index updates only changed records), so a rerun after adding three
 * videos works on those three. A stage's failures are counted and reported, never fatal for the other videos.
 */
public final class Pipeline {

    private static final Logger LOG = LogManager.getLogger(Pipeline.class);
    /** The problem lines kept per stage for the console; the report page and the log have all of them. */
    private static final int MAX_PROBLEM_LINES = 20;

    /**
     * @param profile    transcode profile name ({@link Profiles#DEFAULT} unless the coordinator chose another)
     * @param export     export format, or null for no export
     * @param exportOut  export folder (default CATALOG/export/FORMAT)
     * @param baseUrl    where the videos are published (nllom and oai-pmh need it)
     * @param reportDir  report folder (default CATALOG/report)
     */
    public record Options(Ingester.Options ingest, String profile, int mediaJobs, ExportFormat export, Path exportOut,
                          String baseUrl, Path reportDir) {
    }

    private final Catalog catalog;
    private final Clock clock;

    public Pipeline(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public RunResult run(Options o, Progress console) throws IOException, InterruptedException {
        OverallProgress progress = new OverallProgress(console);
        List<StageResult> stages = new ArrayList<>();
        boolean export = o.export() != null;
        progress.begin(plan(catalog.records(), importBytes(o.ingest().folder()), export));
        try {
            // Quick check first, under run's lock (which swept the temp files): what is damaged is named before any
            // stage works on it. The run goes on: every stage writes atomically and never over a record it cannot
            // read, transcode and thumbnails remake what is damaged, and index brings the index up to date.
            CatalogCheck.Options quick = new CatalogCheck.Options(true, Runtime.getRuntime().availableProcessors(),
                    true);
            stage(progress, Stage.CHECK, stages, () -> new CatalogCheck(catalog, quick).run(progress),
                    Pipeline::check);
            IngestResult ingest = stage(progress, Stage.INGEST, stages,
                    () -> new Ingester(catalog, progress, clock).run(o.ingest()), Pipeline::ingest);
            // ingest changed the records; nothing else does until transcode has run
            RecordScan scan = catalog.scan();
            List<VideoRecord> ingested = scan.records();
            progress.replan(plan(ingested, 0, export));
            stage(progress, Stage.VALIDATE, stages, () -> CatalogFindings.of(catalog, progress),
                    (f, took) -> validate(scan, f, took));
            Transcoder.Options transcode = new Transcoder.Options(Profiles.load(catalog.dir(), null).get(o.profile()),
                    true, false, o.mediaJobs(), Shard.ALL);
            stage(progress, Stage.TRANSCODE, stages,
                    () -> new Transcoder(catalog, transcode).run(ingested, progress),
                    (r, took) -> media(Stage.TRANSCODE, r, took));
            Thumbnailer.Options thumbs = new Thumbnailer.Options(Thumbnailer.DEFAULT_INTERVAL, false, o.mediaJobs(),
                    Shard.ALL);
            // thumbnails read the renditions transcode just recorded
            stage(progress, Stage.THUMBNAILS, stages,
                    () -> new Thumbnailer(catalog, thumbs).run(catalog.records(), progress),
                    (r, took) -> media(Stage.THUMBNAILS, r, took));

            // Findings again: with renditions on disk the media rules now apply; index and report share them.
            CatalogFindings findings = CatalogFindings.of(catalog, Progress.NONE);
            stage(progress, Stage.INDEX, stages,
                    () -> new Indexer().index(catalog, findings, new Indexer.Options(true, false), progress),
                    Pipeline::index);
            Path reportDir = o.reportDir() != null ? o.reportDir() : ReportWriter.defaultDir(catalog);
            Function<String, List<Finding>> byId = findings::of;
            ReportWriter.Result report = stage(progress, Stage.REPORT, stages,
                    () -> {
                        RecordScan now = catalog.scan();
                        return new ReportWriter(clock).write(catalog, now.records(), now.problems(), byId, reportDir,
                                progress);
                    },
                    (r, took) -> new StageResult(Stage.REPORT, r.videos(), 0, r.unreadable().size(), took,
                            limit(r.unreadable()),
                            r.withErrors() + " with errors, " + r.withWarnings() + " with warnings only"));
            Path exportOut = null;
            if (export) {
                exportOut = o.exportOut() != null ? o.exportOut()
                        : catalog.dir().resolve("export").resolve(o.export().code());
                ExportRequest request = ExportRequest.of(o.export(), exportOut).withBaseUrl(o.baseUrl());
                stage(progress, Stage.EXPORT, stages, () -> new Exporter(catalog, clock).export(request, progress),
                        Pipeline::export);
            }
            LOG.info("run finished: {}", stages);
            return new RunResult(ingest, namedOnce(stages, scan), report.index(), exportOut);
        } finally {
            progress.end();
        }
    }

    /** One stage's work, as the stage's own entry point returns it. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws IOException, InterruptedException;
    }

    /** Runs a stage under the overall progress, times it, and adds its line to the summary. */
    private static <T> T stage(OverallProgress progress, Stage stage, List<StageResult> stages, Work<T> work,
                               BiFunction<T, Duration, StageResult> summary) throws IOException, InterruptedException {
        progress.enter(stage);
        long start = System.nanoTime();
        T result = work.run();
        stages.add(summary.apply(result, Duration.ofNanos(System.nanoTime() - start)));
        progress.leave(stage);
        return result;
    }

    /**
     * The check's problems, except what this run itself puts right: an index out of date (the index stage updates
     * it) and a missing or damaged derived media file (transcode and thumbnails make it again).
     */
    private static StageResult check(CheckResult r, Duration took) {
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
        return new StageResult(Stage.CHECK, r.records(), 0, failed, took, limit(problems),
                notes.isEmpty() ? null : String.join("; ", notes));
    }

    /**
     * The unreadable and stray record files are listed under validate; the later stages still count them as failed
     * but do not print the same files again.
     */
    private static List<StageResult> namedOnce(List<StageResult> stages, RecordScan scan) {
        List<String> files = new ArrayList<>();
        scan.unreadable().forEach(u -> files.add(u.file() + " "));
        scan.strays().forEach(x -> files.add(x.file() + " "));
        if (files.isEmpty()) {
            return stages;
        }
        List<StageResult> out = new ArrayList<>();
        for (StageResult s : stages) {
            if (s.stage() == Stage.VALIDATE || s.stage() == Stage.INGEST) {
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

    private static StageResult ingest(IngestResult r, Duration took) {
        List<String> problems = r.entries().stream().filter(e -> e.outcome() == IngestResult.Outcome.REJECTED)
                .map(e -> (e.line() != null ? "line " + e.line() + ": " : "") + e.file() + ": " + e.reason()).toList();
        if (r.sheet() != null) {
            problems = new ArrayList<>(problems);
            for (var p : r.sheet().problems()) {
                if (!p.warning()) {
                    problems.add("line " + p.line() + ": " + p.message());
                }
            }
        }
        return new StageResult(Stage.INGEST, r.count(IngestResult.Outcome.NEW) + r.count(IngestResult.Outcome.UPDATED),
                r.count(IngestResult.Outcome.UNCHANGED), r.count(IngestResult.Outcome.REJECTED), took,
                limit(problems), r.skipped().isEmpty() ? null : r.skipped().size() + " non-video file(s) skipped");
    }

    /** Unreadable record files and strays count as failed here (and again where a later stage misses them). */
    /**
     * Validate's line of the summary. A missing rendition, poster or subtitle file is left out: this run's transcode
     * and thumbnails remake it, and what they cannot remake is their failure, named under their own line.
     */
    private static StageResult validate(RecordScan scan, CatalogFindings f, Duration took) {
        List<VideoRecord> records = scan.records();
        List<String> problems = new ArrayList<>(scan.problems());
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
        return new StageResult(Stage.VALIDATE, records.size() - failed, 0, failed + scan.problems().size(), took,
                limit(problems),
                warned > 0 ? warned + " with warnings only" : null);
    }

    private static StageResult media(Stage stage, MediaResult r, Duration took) {
        return new StageResult(stage, r.count(MediaResult.Status.DONE), r.count(MediaResult.Status.UNCHANGED),
                r.count(MediaResult.Status.FAILED), took,
                limit(r.failures().stream().map(x -> x.id() + ": " + x.detail()).toList()), null);
    }

    private static StageResult index(IndexResult r, Duration took) {
        long done = r.added() + r.updated() + r.removed();
        long hidden = r.records() - r.searchable();
        return new StageResult(Stage.INDEX, done, r.records() - r.added() - r.updated(), r.unreadable(), took,
                limit(r.warnings()), hidden > 0 ? hidden + " hidden from search as invalid" : null);
    }

    private static StageResult export(ExportResult r, Duration took) {
        long waiting = r.skipped().stream().filter(s -> s.reason() == ExportResult.Reason.NOT_APPROVED).count();
        List<String> problems = r.skipped().stream().filter(s -> s.reason() != ExportResult.Reason.NOT_APPROVED)
                .map(s -> s.id() + ": " + s.message()).toList();
        return new StageResult(Stage.EXPORT, r.exported().size(), waiting, problems.size(), took, limit(problems),
                waiting > 0 ? waiting + " waiting for review" : null);
    }

    private static List<String> limit(List<String> lines) {
        if (lines.size() <= MAX_PROBLEM_LINES) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, MAX_PROBLEM_LINES));
        out.add("… and " + (lines.size() - MAX_PROBLEM_LINES) + " more (see the report and the log)");
        return out;
    }

    /**
     * Estimated seconds per stage, for one honest ETA over the run. The rates are this project's measurements on a
     * 2-core machine (bench/ingest, bench/transcode, bench/index, bench/report); they only need to be in proportion.
     */
    static Map<Stage, Double> plan(List<VideoRecord> records, long importBytes, boolean export) {
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
        Map<Stage, Double> plan = new EnumMap<>(Stage.class);
        plan.put(Stage.CHECK, 0.1 + records.size() / 20_000.0);
        plan.put(Stage.INGEST, 0.5 + importBytes / 60e6);
        plan.put(Stage.VALIDATE, 0.2 + records.size() / 20_000.0);
        plan.put(Stage.TRANSCODE, 0.1 + toTranscode * 0.5);
        plan.put(Stage.THUMBNAILS, 0.1 + toThumbnail);
        plan.put(Stage.INDEX, 0.3 + records.size() / 2_000.0);
        plan.put(Stage.REPORT, 0.3 + records.size() / 2_000.0);
        if (export) {
            plan.put(Stage.EXPORT, 0.3 + records.size() / 500.0);
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
