package nl.vidcat.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs vidcat in-process as a user or script would and captures what it prints: for the command tests. */
public final class CliRun {

    /** Exit code, standard output and standard error of one run. */
    public record Result(int code, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private CliRun() {
    }

    /** {@code vidcat --catalog CATALOG ARGS...}. */
    public static Result inCatalog(java.nio.file.Path catalog, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalog";
        all[1] = catalog.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
