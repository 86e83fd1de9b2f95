package nl.vidcat.stage;

/**
 * Whether the JVM is shutting down: Ctrl-C, SIGTERM or SIGHUP run its shutdown hooks, which stop the child processes
 * and remove their temp files (see {@code media.ChildProcesses}) while the stage's own threads go on. From then on no
 * new work is started ({@link RecordRunner}), and a failure that follows from the shutdown is no internal error.
 */
public final class Shutdown {

    private static volatile boolean started;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started = true, "vidcat-shutdown"));
        } catch (IllegalStateException e) {
            started = true; // first asked while the JVM is already shutting down
        }
    }

    private Shutdown() {
    }

    public static boolean started() {
        return started;
    }
}
