package nl.vidcat.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.DoubleConsumer;
import nl.vidcat.io.VidcatException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs the bundled ffmpeg with an argument list (never a shell string) and reports progress from
 * {@code -progress pipe:1}: ffmpeg prints {@code key=value} blocks on stdout, of which {@code out_time_us} is the
 * position reached in the output. stderr is kept (last lines) to explain a failure.
 */
final class FfmpegRun {

    private static final Logger LOG = LogManager.getLogger(FfmpegRun.class);
    private static final int KEEP_LINES = 40;
    private static final int SIGXFSZ = 25;

    /** What ffmpeg said on stderr (at most the last {@value #KEEP_LINES} lines) and its exit code. */
    record Result(int exitCode, List<String> stderr) {
        boolean ok() {
            return exitCode == 0;
        }

        /**
         * This result, unless vidcat is stopping (Ctrl-C killed the child: not the video's fault, and resumable) or
         * the run failed.
         *
         * @param failure what could not be done, in words for the user; ffmpeg's reason is added
         */
        Result orFail(String failure) throws InterruptedException, MediaFailure {
            if (ChildProcesses.stopping()) {
                throw new InterruptedException("stopped");
            }
            if (!ok()) {
                // ffmpeg says ENOSPC on stderr; a file size limit it meets as SIGXFSZ and exits with 128 + 25
                String full = exitCode == 128 + SIGXFSZ ? "File too large" : stderr.stream()
                        .map(VidcatException::storageFullReason).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                throw new MediaFailure(full != null ? VidcatException.storageFullMessage(full, "")
                        : failure + ": " + reason());
            }
            return this;
        }

        /** The most telling stderr line for a user: the last one, which is usually the error. */
        String reason() {
            for (int i = stderr.size() - 1; i >= 0; i--) {
                String s = stderr.get(i).strip();
                if (!s.isEmpty() && !s.startsWith("Conversion failed")) {
                    return s;
                }
            }
            return "ffmpeg exited with code " + exitCode;
        }
    }

    private FfmpegRun() {
    }

    /**
     * @param args     ffmpeg arguments; {@code -progress pipe:1 -nostats -nostdin} are added
     * @param progress receives the output position in seconds as ffmpeg advances (may be null)
     */
    static Result run(List<String> args, DoubleConsumer progress) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-nostats", "-progress", "pipe:1"));
        all.addAll(args);
        LOG.debug("ffmpeg {}", all);
        ProcessBuilder pb = FFmpeg.command(all).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = ChildProcesses.start(pb);
        Deque<String> errLines = new ArrayDeque<>();
        Thread errReader = Thread.ofVirtual().start(() -> drain(p, errLines));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (progress != null && line.startsWith("out_time_us=")) {
                    double seconds = parseMicros(line.substring("out_time_us=".length()));
                    if (seconds >= 0) {
                        progress.accept(seconds);
                    }
                }
            }
            int code = p.waitFor();
            errReader.join();
            synchronized (errLines) {
                return new Result(code, List.copyOf(errLines));
            }
        } finally {
            if (p.isAlive()) {
                p.destroy();
                p.waitFor();
            }
            ChildProcesses.finished(p);
        }
    }

    static double parseMicros(String v) {
        try {
            long us = Long.parseLong(v.strip());
            return us < 0 ? -1 : us / 1_000_000.0;
        } catch (NumberFormatException e) {
            return -1; // "N/A" before the first frame
        }
    }

    private static void drain(Process p, Deque<String> keep) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                LOG.debug("ffmpeg: {}", line);
                synchronized (keep) {
                    keep.addLast(line);
                    if (keep.size() > KEEP_LINES) {
                        keep.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended; what we have is what ffmpeg said
        }
    }
}
