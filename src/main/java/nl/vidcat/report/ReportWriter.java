package nl.vidcat.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.vidcat.coverage.CoverageCounter;
import nl.vidcat.coverage.Scope;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.model.RecordIds;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.validate.Finding;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The catalog report: a static HTML folder a coordinator opens from disk (no server, no internet). It holds
 * {@code index.html} (summary, filters, grid), {@code videos/<id>.html} per video and {@code assets/}. Posters and
 * videos are linked relatively into the catalog, not copied, so the report stays small and valid as long as it
 * moves together with its catalog (the default {@code CATALOG/report} always does). Needs no catalog lock: it only
 * reads records, which are never visible half-written, and replaces its own folder atomically.
 */
public final class ReportWriter {

    private static final Logger LOG = LogManager.getLogger(ReportWriter.class);
    private static final List<String> ASSETS = List.of("report.css", "report.js");

    private final Clock clock;

    public ReportWriter(Clock clock) {
        this.clock = clock;
    }

    /** What was written. */
    /** @param unreadable record files that cannot be read and strays, as messages; listed, and a failure (exit 1) */
    public record Result(Path index, int videos, Map<ReviewStatus, Integer> byStatus, int withErrors,
                         int withWarnings, List<String> skipped, List<String> unreadable, Duration took) {
    }

    /** The default place: {@code CATALOG/report}. */
    public static Path defaultDir(Catalog catalog) {
        return catalog.layout().reportDir();
    }

    public Result write(Catalog catalog, Path out, Progress progress) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkOut(catalog, target);
        ReportFolder.checkReplaceable(target);
        // the same validator run as `vidcat validate`, so the report never disagrees with CI
        CatalogFindings findings = CatalogFindings.of(catalog, progress);
        RecordScan scan = catalog.scan();
        return write(catalog, scan.records(), scan.problems(), findings::of, target, progress);
    }

    /**
     * Writes the report for {@code records} (as read from {@code catalog}) into {@code out}, replacing it.
     *
     * @param findings the validation findings of a record id (see {@link CatalogFindings#of(String)})
     */
    public Result write(Catalog catalog, List<VideoRecord> records, Function<String, List<Finding>> findings, Path out,
                        Progress progress) throws IOException {
        return write(catalog, records, List.of(), findings, out, progress);
    }

    /** @param unreadable what {@link RecordScan#problems()} says about the files the records were read from */
    public Result write(Catalog catalog, List<VideoRecord> records, List<String> unreadable,
                        Function<String, List<Finding>> findings, Path out, Progress progress) throws IOException {
        long start = System.nanoTime();
        Path target = out.toAbsolutePath().normalize();
        checkOut(catalog, target);
        ReportFolder.checkReplaceable(target);
        progress.start("report", records.size());
        List<VideoView> views = new ArrayList<>(records.size());
        List<String> skipped = new ArrayList<>();
        for (VideoRecord r : records) {
            if (!RecordIds.isValid(r.id())) {
                skipped.add(String.valueOf(r.id()));
                LOG.warn("report: skipping a record with an invalid id '{}'", r.id());
                continue;
            }
            views.add(VideoView.of(catalog, r, findings));
        }
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        views.sort(Comparator.comparing(VideoView::title, dutch).thenComparing(VideoView::id));
        Instant now = clock.instant();
        ReportFolder.replace(target, dir -> {
            // pages link into the catalog relative to where they will live, not to the temp folder
            Path videos = dir.resolve("videos");
            Files.createDirectories(videos);
            Files.createDirectories(dir.resolve("assets"));
            for (String a : ASSETS) {
                try (InputStream in = ReportWriter.class.getResourceAsStream(a)) {
                    if (in == null) {
                        throw new IllegalStateException("report asset " + a + " missing from the jar");
                    }
                    Files.copy(in, dir.resolve("assets").resolve(a));
                }
            }
            writePages(views, new VideoPage(target.resolve("videos")), videos, progress);
            String name = catalog.settings().name() == null ? catalog.dir().getFileName().toString() : catalog.settings().name();
            Files.writeString(dir.resolve("index.html"), new IndexPage(name, now, target, unreadable, coverage(views))
                    .render(views), StandardCharsets.UTF_8);
        });
        progress.finish();
        Map<ReviewStatus, Integer> byStatus = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            byStatus.put(s, (int) views.stream().filter(v -> v.record().status() == s).count());
        }
        int errors = (int) views.stream().filter(v -> v.check().equals("fout")).count();
        int warnings = (int) views.stream().filter(v -> v.check().equals("waarschuwing")).count();
        Result result = new Result(target.resolve("index.html"), views.size(), byStatus, errors, warnings,
                List.copyOf(skipped), List.copyOf(unreadable), Duration.ofNanos(System.nanoTime() - start));
        LOG.info("report for {} videos written to {} in {} ms", views.size(), target, result.took().toMillis());
        return result;
    }

    /**
     * One page per video, written by a few threads: creating thousands of small files is bound by file system
     * latency more than by CPU, so some overlap pays off even on two cores.
     */
    private static void writePages(List<VideoView> views, VideoPage page, Path dir, Progress progress)
            throws IOException {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() * 2));
        try {
            RecordRunner.over(views, "report", threads).counting(progress, VideoView::id).forEach(v ->
                    Files.writeString(dir.resolve(v.id() + ".html"), page.render(v), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the report", e);
        }
    }

    /** The heat map of kerndoelen, counted as {@code vidcat coverage} counts them, for the school and per subject. */
    private static CoverageSection coverage(List<VideoView> views) {
        List<VideoRecord> records = views.stream().map(VideoView::record).toList();
        CoverageCounter counter = new CoverageCounter();
        return new CoverageSection(counter.count(records, Scope.SCHOOL), counter.perSubject(records, false));
    }

    /** The report must not replace the catalog or any part of it the pipeline owns. */
    private static void checkOut(Catalog catalog, Path out) {
        Path cat = catalog.dir();
        if (cat.startsWith(out)) {
            throw VidcatException.usage("--out " + out + " contains the catalog itself; choose a folder of its own"
                    + " (default: " + defaultDir(catalog) + ")");
        }
        for (Path owned : catalog.ownedFolders()) {
            if (out.startsWith(owned)) {
                throw VidcatException.usage("--out " + out + " is inside the catalog's " + owned.getFileName()
                        + " folder; choose another folder (default: " + defaultDir(catalog) + ")");
            }
        }
    }
}
