package nl.vidcat.pipeline;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;

/**
 * One bar and one ETA for the whole run. Each stage reports its own tasks as usual; they are mapped onto the run
 * in proportion to the stage's estimated cost (see {@link Pipeline} for the estimates). The plan is refined between
 * stages (after ingest the durations of the new videos are known), and the bar never moves backwards.
 */
final class OverallProgress implements Progress {

    private static final long SCALE = 10_000;

    private final Progress out;
    private final Map<StageId, Double> weights = new EnumMap<>(StageId.class);
    private final Set<StageId> finished = EnumSet.noneOf(StageId.class);
    private StageId current;
    private long taskTotal;
    private long taskDone;
    private long sent;

    OverallProgress(Progress out) {
        this.out = out;
    }

    synchronized void begin(Map<StageId, Double> plan) {
        weights.putAll(plan);
        out.startFraction("run", SCALE);
    }

    /** Replaces the estimates of the stages still to come. */
    synchronized void replan(Map<StageId, Double> plan) {
        plan.forEach((s, w) -> {
            if (!finished.contains(s)) {
                weights.put(s, w);
            }
        });
    }

    synchronized void enter(StageId s) {
        current = s;
        taskTotal = 0;
        taskDone = 0;
    }

    synchronized void leave(StageId s) {
        finished.add(s);
        current = null;
        push(s.label());
    }

    synchronized void end() {
        out.finish();
    }

    @Override
    public synchronized void start(String task, long total) {
        taskTotal = total;
        taskDone = 0;
    }

    @Override
    public synchronized void advance(long units, String item) {
        taskDone += units;
        push(current == null ? item : current.label() + (item == null ? "" : " " + tail(item)));
    }

    @Override
    public void finish() {
        // a stage's task ended; the run's bar goes on until end()
    }

    /** The end of a long item (a file path, an id), so the stage name in front of it stays visible. */
    private static String tail(String item) {
        return item.length() <= 28 ? item : "…" + item.substring(item.length() - 27);
    }

    private void push(String item) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return;
        }
        double done = 0;
        for (Map.Entry<StageId, Double> e : weights.entrySet()) {
            if (finished.contains(e.getKey())) {
                done += e.getValue();
            } else if (e.getKey() == current && taskTotal > 0) {
                done += e.getValue() * Math.min(1.0, (double) taskDone / taskTotal);
            }
        }
        long target = Math.min(SCALE, Math.round(SCALE * done / total));
        if (target > sent) {
            out.advance(target - sent, item);
            sent = target;
        }
    }
}
