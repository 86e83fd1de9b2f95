package nl.vidcat.store;

/**
 * Work a command will need anyway, started early on a daemon thread so that it overlaps with what the command does
 * first (building the command line, configuring logging, listing the catalog) on a core that would otherwise idle.
 */
public final class Warmup {

    private Warmup() {
    }

    /**
     * Runs {@code work} in the background. Nothing is reported from here: the work may run before logging is
     * configured, and whatever failed fails again at its first real use, which reports it with the command's context.
     */
    public static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // reported by the first real use (see above)
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
