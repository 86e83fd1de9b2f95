package nl.vidcat.stage;

/**
 * How a stage reports long work. The CLI supplies a bar with ETA on a terminal and plain lines otherwise; tests
 * and libraries use {@link #NONE}. Implementations are thread-safe: parallel jobs advance one shared instance.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void advance(long units, String item) {
        }

        @Override
        public void finish() {
        }
    };

    /** Begins a task of {@code total} units (files, bytes, seconds of video); total 0 when unknown. */
    void start(String task, long total);

    /**
     * Begins a task measured as a fraction only (the whole of {@code vidcat run}): {@code total} units stand for 100%,
     * and a display shows the percentage and ETA rather than a count.
     */
    default void startFraction(String task, long total) {
        start(task, total);
    }

    /** {@code units} more are done; {@code item} names what was just finished (a file, a record id), or null. */
    void advance(long units, String item);

    void finish();
}
