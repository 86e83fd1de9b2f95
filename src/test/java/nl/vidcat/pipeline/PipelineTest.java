package nl.vidcat.pipeline;

import nl.vidcat.store.CatalogLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.vidcat.export.ExportFormat;
import nl.vidcat.ingest.Ingester;
import nl.vidcat.media.Profiles;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.Stage;
import nl.vidcat.stage.StageId;
import nl.vidcat.stage.StageResult;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run as a list of stages: which, in what order, and what the summary makes of their results. */
class PipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Pipeline.Options options(ExportFormat export) {
        return new Pipeline.Options(new Ingester.Options(tmp.resolve("in"), null, Ingester.Transfer.COPY, 1, false),
                Profiles.DEFAULT, null, 1, export, null, null, null);
    }

    private static List<StageId> ids(List<Stage> stages) {
        return stages.stream().map(Stage::id).toList();
    }

    @Test
    void aRunIsEveryStageInOrderAndExportOnlyWhenAsked() throws Exception {
        Pipeline p = new Pipeline(Catalog.openOrCreate(tmp.resolve("cat")), CLOCK);
        List<StageId> all = List.of(StageId.values());
        assertEquals(all.subList(0, all.size() - 1), ids(p.stages(options(null), new Pipeline.Handoff())));
        assertEquals(all, ids(p.stages(options(ExportFormat.CSV), new Pipeline.Handoff())));
    }

    /** A stage that notes when it ran and what it found handed on, and returns a fixed line. */
    private record Step(StageId id, List<String> log, Pipeline.Handoff handoff, long failed, List<String> problems)
            implements Stage {
        @Override
        public StageResult run(Catalog catalog, Progress progress) {
            progress.start(id.label(), 2);
            progress.advance(1, "a");
            progress.advance(1, "b");
            log.add(id.label() + (handoff.scan == null ? "" : " +scan")
                    + (handoff.findings == null ? "" : " +findings"));
            return new StageResult(id, 2, 0, failed, Duration.ZERO, problems, null);
        }
    }

    @Test
    void stagesRunInOrderWithWhatEarlierOnesHandedOn() throws Exception {
        Catalog catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Pipeline.Handoff handoff = new Pipeline.Handoff();
        List<String> log = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        for (StageId id : List.of(StageId.CHECK, StageId.INGEST, StageId.VALIDATE, StageId.THUMBNAILS, StageId.INDEX)) {
            stages.add(new Step(id, log, handoff, id == StageId.VALIDATE ? 1 : 0, List.of()));
        }
        AtomicLong bar = new AtomicLong();
        Progress console = new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void advance(long units, String item) {
                bar.addAndGet(units);
            }

            @Override
            public void finish() {
            }
        };
        OverallProgress progress = new OverallProgress(console);
        progress.begin(Pipeline.plan(List.of(), 0, false));
        List<StageResult> results = new Pipeline(catalog, CLOCK).runAll(stages, handoff, progress, false);

        assertEquals(List.of("check", "ingest", "validate +scan", "thumbnails +scan", "index +scan +findings"), log);
        assertEquals(ids(stages), results.stream().map(StageResult::stage).toList());
        // the stages of the plan that did not run (transcode, report) keep the bar short of the end, never past it
        assertTrue(bar.get() > 0 && bar.get() < 10_000, "bar " + bar.get());
        RunResult r = new RunResult(null, results, null, null);
        assertEquals(1, r.exitCode(), "validate failed one");
        assertEquals(0, new RunResult(null, results.subList(0, 2), null, null).exitCode());
    }

    @Test
    void anUnreadableRecordFileIsNamedOnceUnderValidate() throws Exception {
        Catalog catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Files.writeString(tmp.resolve("cat").resolve(CatalogLayout.RECORDS_DIR).resolve("kapot.json"), "{\"id\": ");
        RecordScan scan = catalog.scan();
        List<String> named = scan.problems();
        assertEquals(1, named.size(), named.toString());
        List<String> reportLines = new ArrayList<>(named);
        reportLines.add("les-1: poster missing");
        List<StageResult> in = List.of(
                new StageResult(StageId.INGEST, 0, 0, 1, Duration.ZERO, named, null),
                new StageResult(StageId.VALIDATE, 0, 0, 1, Duration.ZERO, named, null),
                new StageResult(StageId.INDEX, 0, 0, 0, Duration.ZERO, List.of(), "2 hidden from search as invalid"),
                new StageResult(StageId.REPORT, 3, 0, 2, Duration.ZERO, reportLines, "0 with errors"));
        List<StageResult> out = Pipeline.namedOnce(in, scan);

        assertEquals(in.subList(0, 3), out.subList(0, 3), "validate and ingest keep theirs; nothing to drop in index");
        StageResult report = out.get(3);
        assertEquals(List.of("les-1: poster missing"), report.problems());
        assertEquals(2, report.failed(), "still counted as failed");
        assertEquals("0 with errors; 1 file(s) listed under validate", report.note());
    }

    @Test
    void theConsoleGetsAtMostTwentyProblemLinesAStage() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add("v" + i + ": failed");
        }
        List<String> shown = StageResult.shortList(many);
        assertEquals(21, shown.size());
        assertEquals("… and 5 more (see the report and the log)", shown.get(20));
        assertNotNull(StageResult.shortList(List.of()));
    }
}
