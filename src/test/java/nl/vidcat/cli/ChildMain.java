package nl.vidcat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs vidcat's main in a child JVM with JVM options of the test's choosing, for what one JVM cannot show twice. */
final class ChildMain {

    /** Exit code, standard output and standard error (decoded as UTF-8) of one run. */
    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private ChildMain() {
    }

    /** Runs {@code vidcat args} with {@code jvmOptions} in a new folder under {@code parent}. */
    static Result run(Path parent, List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(parent, "child");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.vidcat.cli.Main"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("vidcat " + args + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
