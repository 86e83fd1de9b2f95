package nl.vidcat.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** vidcat in a separate JVM, so tests can kill -9 it like a crash or a power cut would. */
final class ChildVidcat {

    private ChildVidcat() {
    }

    static ProcessBuilder builder(Path log, String... args) {
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

    /** Runs to completion and returns the exit code. */
    static int run(Path log, String... args) throws IOException, InterruptedException {
        Process p = builder(log, args).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("vidcat " + String.join(" ", args) + " did not finish");
        }
        return p.exitValue();
    }

    /** Starts, waits {@code millis}, then kills the process and its children with SIGKILL (no shutdown hooks run). */
    static boolean killAfter(long millis, Path log, String... args) throws IOException, InterruptedException {
        Process p = builder(log, args).start();
        boolean finished = p.waitFor(millis, TimeUnit.MILLISECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly(); // SIGKILL on Linux
            p.waitFor(30, TimeUnit.SECONDS);
        }
        return !finished;
    }
}
