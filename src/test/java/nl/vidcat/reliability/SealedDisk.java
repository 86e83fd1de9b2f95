package nl.vidcat.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs vidcat in a child JVM whose catalog sits on a file system that refuses writes: mounted read-only, or full
 * (a tmpfs with every block taken). Both are real mounts in a private mount namespace ({@code unshare --mount}, as
 * root; otherwise inside a user namespace), so nothing leaks to the host and root's permission bypass does not
 * apply. Kept small so a shared harness can replace it.
 */
final class SealedDisk {

    /** Exit code of the wrapper script when the mount itself failed (not vidcat's). */
    private static final int HARNESS_FAILED = 97;

    private static final String READ_ONLY = """
            mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 97
            shift
            exec "$@"
            """;

    /* $1 mount point, $2 what to put on it, $3 where to copy the catalog back to, $4 size in KiB, then vidcat. */
    private static final String FULL = """
            mnt=$1; staged=$2; onto=$3; kib=$4; shift 4
            mount -t tmpfs -o size="$kib"k tmpfs "$mnt" || exit 97
            cp -a "$staged/." "$mnt/" || exit 97
            dd if=/dev/zero of="$mnt/filler" bs=4096 2>/dev/null
            [ "$(df -k --output=avail "$mnt" | tail -1 | tr -d ' ')" = 0 ] || exit 97
            "$@"
            rc=$?
            cp -a "$mnt/catalog/." "$onto/" || exit 97
            exit $rc
            """;

    private static List<String> unshare;

    /** How vidcat ran: exit code and what it printed on each stream. */
    record Run(int code, String out, String err) {
    }

    private SealedDisk() {
    }

    /** Why sealed runs cannot work on this machine, or null when they can. */
    static synchronized String unavailable() {
        if (unshare == null) {
            for (List<String> u : List.of(List.of("unshare", "--mount"),
                    List.of("unshare", "--user", "--map-root-user", "--mount"))) {
                List<String> probe = new ArrayList<>(u);
                probe.addAll(List.of("sh", "-c", "mount -t tmpfs tmpfs /tmp")); // private: the host's /tmp is untouched
                if (exec(probe) == 0) {
                    unshare = u;
                    return null;
                }
            }
            unshare = List.of();
        }
        return unshare.isEmpty() ? "cannot mount in a private mount namespace here (unshare --mount failed, with and"
                + " without a user namespace)" : null;
    }

    /** Runs vidcat with {@code catalog} mounted read-only; {@code catalog} keeps whatever the run left. */
    static Run readOnly(Path catalog, Path logs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(wrapper(READ_ONLY));
        cmd.add(catalog.toString());
        return run(cmd, logs, args);
    }

    /**
     * Runs vidcat with the contents of {@code staged} (a folder holding {@code catalog/} and anything else the command
     * writes to) on a full file system mounted at {@code mount}; vidcat's arguments name paths under {@code mount}.
     * Afterwards the catalog as the run left it is copied to {@code after}.
     */
    static Run full(Path staged, Path mount, Path after, Path logs, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(mount);
        Files.createDirectories(after);
        long kib = Math.max(1024, size(staged) / 1024 * 2 + 1024);
        List<String> cmd = new ArrayList<>(wrapper(FULL));
        cmd.addAll(List.of(mount.toString(), staged.toString(), after.toString(), Long.toString(kib)));
        return run(cmd, logs, args);
    }

    private static List<String> wrapper(String script) {
        if (unavailable() != null) {
            throw new IllegalStateException(unavailable());
        }
        List<String> cmd = new ArrayList<>(unshare);
        cmd.addAll(List.of("sh", "-c", script, "sealed"));
        return cmd;
    }

    private static Run run(List<String> wrapper, Path logs, String... args) throws IOException, InterruptedException {
        return finish(builder(wrapper, logs, args), logs);
    }

    private static ProcessBuilder builder(List<String> wrapper, Path logs, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(ChildVidcat.builder(logs.resolve("unused"), args).command());
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(logs.resolve("stdout").toFile()).redirectError(logs.resolve("stderr").toFile());
    }

    private static Run finish(ProcessBuilder b, Path logs) throws IOException, InterruptedException {
        Process p = b.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            throw new IOException("vidcat did not finish within 180 s: " + b.command());
        }
        String out = Files.readString(logs.resolve("stdout"));
        String err = Files.readString(logs.resolve("stderr"));
        if (p.exitValue() == HARNESS_FAILED) {
            throw new IOException("could not set up the sealed file system: " + err);
        }
        return new Run(p.exitValue(), out, err);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p) + 4096; // a tmpfs rounds every file up to whole pages
            }
            return total;
        }
    }

    private static int exec(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
