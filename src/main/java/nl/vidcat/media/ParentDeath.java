package nl.vidcat.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The command prefix that makes a child die with this JVM (see {@link ChildProcesses}): {@code setpriv --pdeathsig
 * KILL -- /bin/sh -c CHECK sh JVM_PID command...}. setpriv arms the signal and execs the shell, the shell checks that
 * its parent is still this JVM (otherwise the JVM died before the signal was armed, and nobody would ever send it) and
 * execs the command, whose arguments pass through as an argument list, never as shell text. Without setpriv (not
 * Linux, or util-linux missing or too old) commands run as they are, and a kill -9 of vidcat leaves the child running
 * until it ends or writes to its closed progress pipe; that is logged once.
 */
final class ParentDeath {

    private static final Logger LOG = LogManager.getLogger(ParentDeath.class);
    private static final String SHELL = "/bin/sh";
    /** 137 = 128 + SIGKILL: as if the signal had come. */
    private static final String CHECK = "[ \"$PPID\" = \"$1\" ] || exit 137; shift; exec \"$@\"";
    private static volatile List<String> prefix;

    private ParentDeath() {
    }

    /** Finds and tries setpriv now (done once; the media commands call this while they read the catalog). */
    static void prepare() {
        prefix();
    }

    /** {@code command} behind the prefix, or as it is where the prefix does not work. */
    static List<String> wrap(List<String> command) {
        List<String> p = prefix();
        if (p.isEmpty()) {
            return command;
        }
        List<String> out = new ArrayList<>(p.size() + command.size());
        out.addAll(p);
        out.addAll(command);
        return out;
    }

    private static List<String> prefix() {
        List<String> p = prefix;
        if (p == null) {
            synchronized (ParentDeath.class) {
                p = prefix;
                if (p == null) {
                    p = probe();
                    if (p == null) {
                        return List.of(); // interrupted while trying: try again next time
                    }
                    prefix = p;
                }
            }
        }
        return p;
    }

    private static List<String> probe() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            LOG.debug("not Linux: child processes are stopped by vidcat's shutdown hook only");
            return List.of();
        }
        Path setpriv = onPath("setpriv");
        if (setpriv == null || !Files.isExecutable(Path.of(SHELL))) {
            LOG.warn("setpriv (util-linux) not found: if vidcat is killed with kill -9, ffmpeg may go on for a while");
            return List.of();
        }
        List<String> p = List.of(setpriv.toString(), "--pdeathsig", "KILL", "--", SHELL, "-c", CHECK, "sh",
                Long.toString(ProcessHandle.current().pid()));
        // an old setpriv without --pdeathsig, or a sandbox that forbids it, would fail every ffmpeg run: try it once
        List<String> trial = new ArrayList<>(p);
        trial.addAll(List.of(SHELL, "-c", "exit 0"));
        try {
            Process t = new ProcessBuilder(trial).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (t.waitFor(10, TimeUnit.SECONDS) && t.exitValue() == 0) {
                return p;
            }
            t.destroyForcibly();
            LOG.warn("{} --pdeathsig does not work here: if vidcat is killed with kill -9, ffmpeg may go on for a while",
                    setpriv);
        } catch (IOException e) {
            LOG.warn("cannot run {} ({}): if vidcat is killed with kill -9, ffmpeg may go on for a while", setpriv,
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return List.of();
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/bin"));
        for (String d : dirs) {
            try {
                Path p = Path.of(d).resolve(name);
                if (!d.isEmpty() && Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a malformed PATH entry: skip it
            }
        }
        return null;
    }
}
