package nl.vidcat.validate;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.store.Warmup;
import nl.vidcat.vocab.Vocabularies;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The validate stage: checks record files and sheet rows against the record schema and the rules, in parallel, and
 * streams the findings to a {@link ReportSink} in input order. Heap use is the batches in flight plus, for the
 * duplicate-title pass, 8 bytes per item (16 while the keys are sorted) and a few dozen per item whose title key
 * repeats: no title, report or (in a large catalog) file name is held beyond its batch. Videos are never opened.
 */
public final class Validator {

    private static final Logger LOG = LogManager.getLogger(Validator.class);
    /** Items per task: large enough to amortize scheduling, small enough to keep all threads busy at the end. */
    private static final int BATCH = 64;

    private final int threads;
    private final Progress progress;
    private final RecordChecks checks;

    public Validator(int threads, Progress progress) {
        this(threads, progress, GoalHint.NONE);
    }

    /** @param hint proposes kerndoelen for records that have none; only the text report shows it */
    public Validator(int threads, Progress progress, GoalHint hint) {
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.checks = new RecordChecks(Vocabularies.get(), hint);
    }

    /**
     * Starts compiling the record schema and reading the vocabularies on a thread of their own, so that work overlaps
     * with listing the catalog: each is slow on a cold JVM, and a second core would be idle meanwhile.
     */
    public static void preload() {
        Warmup.start("validate-preload", () -> {
            RecordSchema.get();
            Vocabularies.get();
        });
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public Summary validate(List<Source> sources, ReportSink sink) throws IOException {
        long start = System.nanoTime();
        Summary.Counter counter = new Summary.Counter();
        sink.begin(Rules.all());
        progress.start("validate", sources.stream().mapToLong(Source::size).sum());
        try {
            for (Source source : sources) {
                run(source, sink, counter);
            }
        } finally {
            progress.finish();
        }
        Summary summary = counter.done(Duration.ofNanos(System.nanoTime() - start));
        LOG.info("validated {} items: {} errors, {} warnings ({} items/s)", summary.items(), summary.errors(),
                summary.warnings(), Math.round(summary.itemsPerSecond()));
        sink.end(summary);
        return summary;
    }

    private void run(Source source, ReportSink sink, Summary.Counter counter)
            throws IOException {
        for (ItemReport r : source.preamble()) {
            counter.add(r, false);
            sink.item(r);
        }
        int n = source.size();
        long[] titleKeys = new long[n];
        BitSet failed = new BitSet(n);
        inOrder(n, i -> source.examine(i, checks), (first, batch) -> {
            for (int k = 0; k < batch.size(); k++) {
                Source.Examined e = batch.get(k);
                titleKeys[first + k] = e.titleKey();
                counter.countItem();
                if (counter.add(e.report(), false)) {
                    failed.set(first + k);
                }
                sink.item(e.report());
            }
            progress.advance(batch.size(), batch.get(batch.size() - 1).report().name());
        });
        // The items whose keys collide are read again, in parallel too: on a large catalog they are thousands. A
        // second read gives each its group, a third its report, so nothing held here grows with the titles.
        int[] candidates = DuplicateTitles.candidates(titleKeys);
        DuplicateTitles.Groups groups = new DuplicateTitles.Groups(candidates, titleKeys);
        inOrder(candidates.length, j -> source.titleRef(candidates[j], checks), (first, batch) -> {
            for (int k = 0; k < batch.size(); k++) {
                groups.add(first + k, batch.get(k));
            }
        });
        int[] members = groups.members();
        Severity severity = source.context().rules().severity(Rules.TITLE_DUPLICATE);
        inOrder(members.length, m -> groups.report(members[m], source.titleRef(candidates[members[m]], checks),
                source::file, severity), (first, batch) -> {
                    for (DuplicateTitles.Report d : batch) {
                        if (d == null) {
                            continue; // its title is gone since the first read
                        }
                        if (counter.add(d.report(), failed.get(d.index()))) {
                            failed.set(d.index());
                        }
                        sink.item(d.report());
                    }
                });
    }

    /** Takes the results of items {@code first ..} in order; may fail with I/O (the report). */
    private interface BatchSink<T> {
        void accept(int first, List<T> batch) throws IOException;
    }

    /**
     * Runs {@code task} for 0..n-1 in batches and hands the results to {@code sink} in index order, with a bounded
     * number of batches done ahead.
     */
    private <T> void inOrder(int n, IntFunction<T> task, BatchSink<T> sink) throws IOException {
        List<Integer> batches = IntStream.range(0, (n + BATCH - 1) / BATCH).boxed().toList();
        try {
            RecordRunner.over(batches, "validate", threads).stream(b -> {
                int to = Math.min(n, (b + 1) * BATCH);
                List<T> out = new ArrayList<>(to - b * BATCH);
                for (int i = b * BATCH; i < to; i++) {
                    out.add(task.apply(i));
                }
                return out;
            }, (b, batch) -> sink.accept(b * BATCH, batch));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        }
    }
}
