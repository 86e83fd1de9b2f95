package nl.vidcat.cli;

import java.io.PrintStream;
import java.time.Duration;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.stage.Progress;

/**
 * Progress on stderr: a redrawn bar with percentage and ETA on a terminal; on anything else (CI, cron, a pipe) a
 * plain line at most every 10% or 10 seconds, so logs stay readable. Silent with --quiet.
 */
final class ConsoleProgress implements Progress {

    private final PrintStream err;
    private final boolean tty;
    private String task = "";
    private long total;
    private long done;
    private long startNanos;
    private long lastPrintNanos;
    private int lastDecile = -1;
    private boolean fractionOnly;

    ConsoleProgress(PrintStream err, boolean tty) {
        this.err = err;
        this.tty = tty;
    }

    static Progress forConsole(GlobalOptions g) {
        return g.quiet() ? Progress.NONE : new ConsoleProgress(System.err, isTerminal());
    }

    static boolean isTerminal() {
        if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try { // Console.isTerminal() exists from Java 22; on 21 a non-null console means a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void startFraction(String task, long total) {
        start(task, total);
        fractionOnly = true;
    }

    @Override
    public synchronized void start(String task, long total) {
        this.fractionOnly = false;
        this.task = task;
        this.total = total;
        this.done = 0;
        this.startNanos = System.nanoTime();
        this.lastPrintNanos = 0;
        this.lastDecile = -1;
    }

    @Override
    public synchronized void advance(long units, String item) {
        done += units;
        long now = System.nanoTime();
        if (tty) {
            if (now - lastPrintNanos > 100_000_000L || done >= total) {
                lastPrintNanos = now;
                err.print("\r\033[K" + line(item, now, true));
                err.flush();
            }
            return;
        }
        int decile = total > 0 ? (int) (done * 10 / total) : -1;
        if (decile != lastDecile || now - lastPrintNanos > 10_000_000_000L) {
            lastDecile = decile;
            lastPrintNanos = now;
            err.println(line(item, now, false));
        }
    }

    @Override
    public synchronized void finish() {
        if (tty && lastPrintNanos != 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private String line(String item, long now, boolean bar) {
        StringBuilder sb = new StringBuilder(task).append(' ');
        if (total > 0) {
            double f = Math.min(1.0, (double) done / total);
            if (bar) {
                int width = 24;
                int fill = (int) Math.round(f * width);
                sb.append('[').append("#".repeat(fill)).append(".".repeat(width - fill)).append("] ");
            }
            if (fractionOnly) {
                sb.append(String.format("%3d%%", Math.round(f * 100)));
            } else {
                sb.append(done).append('/').append(total).append(String.format(" (%d%%)", Math.round(f * 100)));
            }
            if (done > 0 && done < total) {
                long elapsed = now - startNanos;
                sb.append(" ETA ").append(format(Duration.ofNanos((long) (elapsed / f - elapsed))));
            }
        } else {
            sb.append(done);
        }
        if (item != null && !item.isEmpty()) {
            // the raw stream, not TerminalSafeWriter: the item (a file name from the sheet) is escaped here
            String shown = ControlCharacters.escape(item);
            sb.append("  ").append(shown.length() > 40 ? "…" + shown.substring(shown.length() - 39) : shown);
        }
        return sb.toString();
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
