package nl.vidcat.suggest;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vidcat.suggest.SuggestEvaluation.Labelled;
import nl.vidcat.suggest.SuggestEvaluation.Scores;

/**
 * {@code bench/suggest}: the {@link SuggestEvaluation} accuracies, zero-shot (published texts only), as shipped and
 * leave-one-out, with the records per second of each on all available cores (the script pins two), then the misses.
 */
final class SuggestBench {

    /** Passes over the set for the timing; the first ones warm the JIT up. */
    private static final int WARM_UP = 20, TIMED = 60;

    private SuggestBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Labelled> set = SuggestEvaluation.load();
        System.out.printf(Locale.ROOT, "labelled set: %d records, %d cores%n", set.size(),
                Runtime.getRuntime().availableProcessors());
        boolean misses = args.length > 0;
        // a first timed run over both matchers, thrown away, so the first row does not pay for the JIT alone
        speed(set, SuggestEvaluation.leaveOneOut(set));
        report("zero-shot: law texts + SLO's published elaboration", set, SuggestEvaluation.zeroShot(), 0.60, misses);
        report("zero-shot: the law texts alone", set, SuggestEvaluation.lawTextsOnly(), 0, misses);
        report("as shipped, no examples: + vidcat's own topic words (not zero-shot: the set's author wrote them)", set,
                SuggestEvaluation.shipped(), 0, misses);
        report("leave-one-out as shipped (other records as examples)", set, SuggestEvaluation.leaveOneOut(set), 0.80,
                misses);
        report("leave-one-out on the published texts only (without vidcat's own topic words)", set,
                SuggestEvaluation.leaveOneOutPublished(set), 0, misses);
        System.out.println("targets: subject top-1 >= 0.90 (with examples), kerndoel top-3 >= 0.80 with examples and"
                + " >= 0.60 zero-shot, >= 1,000 records/s on 2 cores");
    }

    private static void report(String name, List<Labelled> set, Suggester s, double top3Target, boolean misses)
            throws Exception {
        Scores sc = SuggestEvaluation.score(set, s);
        double perSecond = speed(set, s);
        String target = top3Target == 0 ? "no target" : String.format(Locale.ROOT, "target %.2f %s", top3Target,
                sc.goalTop3() >= top3Target ? "met" : "NOT met");
        System.out.printf(Locale.ROOT, "%n%s%n  kerndoel top-1 %.3f   top-3 %.3f (%s)%n"
                        + "  subject top-1  %.3f%n  speed          %,.0f records/s%n", name, sc.goalTop1(), sc.goalTop3(),
                target, sc.subjectTop1(), perSecond);
        if (misses) {
            sc.misses().forEach(m -> System.out.println("  miss " + m));
        }
    }

    /** Records per second over {@link #TIMED} passes, the records shared out over one thread per core. */
    private static double speed(List<Labelled> set, Suggester s) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            passes(set, s, pool, threads, WARM_UP);
            long start = System.nanoTime();
            passes(set, s, pool, threads, TIMED);
            return (double) set.size() * TIMED / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void passes(List<Labelled> set, Suggester s, ExecutorService pool, int threads, int passes)
            throws Exception {
        for (int p = 0; p < passes; p++) {
            List<Future<?>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t;
                parts.add(pool.submit(() -> {
                    for (int i = from; i < set.size(); i += threads) {
                        s.suggest(set.get(i).input());
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
        }
    }
}
