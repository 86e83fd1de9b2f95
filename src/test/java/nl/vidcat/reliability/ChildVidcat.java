package nl.vidcat.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** vidcat in a separate JVM, so tests can kill -9 it like a crash or a power cut would. */
public final class ChildVidcat {

    private ChildVidcat() {
    }

    public static ProcessBuilder builder(Path log, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Dorg.bytedeco.javacpp.platform.extension=-gpl");
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("nl.vidcat.cli.Main");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Like {@link #builder} with a file size limit (ulimit -f, in KiB): writes beyond it fail like a full disk. */
    static ProcessBuilder withFileSizeLimit(long kib, Path log, String... args) {
        ProcessBuilder b = builder(log, args);
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$@\"", "vidcat"));
        cmd.addAll(b.command());
        return b.command(cmd);
    }

    /** Runs to completion and returns the exit code. */
    static int run(ProcessBuilder b) throws IOException, InterruptedException {
        Process p = b.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("vidcat " + String.join(" ", b.command()) + " did not finish");
        }
        return p.exitValue();
    }

    /** Runs to completion and returns the exit code. */
    static int run(Path log, String... args) throws IOException, InterruptedException {
        return run(builder(log, args));
    }

    /**
     * Starts, then kills the process with SIGKILL as soon as {@code catalog} holds at least {@code files} regular files
     * (finished or half-written). Progress-based rather than time-based, so the kill lands mid-work on a slow CI
     * machine as well as on a fast laptop. Returns whether the process was killed before it finished.
     */
    static boolean killWhenFiles(Path catalog, int files, Path log, String... args)
            throws IOException, InterruptedException {
        Process p = builder(log, args).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (countFiles(catalog) >= files) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly(); // SIGKILL on Linux
                p.waitFor(30, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(1);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    /**
     * Starts, then kills the process with SIGKILL as soon as {@code when} holds (polled every millisecond). Returns
     * whether the process was killed before it finished.
     */
    static boolean killWhen(java.util.function.BooleanSupplier when, Path log, String... args)
            throws IOException, InterruptedException {
        Process p = builder(log, args).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (when.getAsBoolean()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(1);
        }
        p.waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    /**
     * Waits until {@code file} holds {@code text} (a line the child writes when it reaches the point a test waits for),
     * while the child runs, for at most three minutes. Returns whether the text appeared.
     */
    public static boolean awaitText(Process p, Path file, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!contains(file, text)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                return contains(file, text);
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static boolean contains(Path file, String text) throws IOException {
        // bytes, not readString: the child may be halfway through writing a multi-byte character
        return java.nio.file.Files.exists(file)
                && new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.UTF_8).contains(text);
    }

    static int countFiles(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            return (int) walk.filter(java.nio.file.Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // a file vanished mid-walk (temp renamed): just look again
        }
    }
}
