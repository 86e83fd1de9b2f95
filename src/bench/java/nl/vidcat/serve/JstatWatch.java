package nl.vidcat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The heap of another JVM ({@code vidcat serve}) while it is under load, from the JDK's {@code jstat -gc PID 500}
 * (one sampling process, whatever the collector): the most heap in use at any sample, and after {@link #liveMb}
 * forces a full collection, what is really live. Also the process's peak resident set from /proc.
 */
final class JstatWatch implements AutoCloseable {

    private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");

    private final long pid;
    private final Path jdkBin;
    private final Process jstat;
    private volatile double peakMb;
    private volatile double lastMb;

    JstatWatch(long pid) throws IOException {
        this.pid = pid;
        this.jdkBin = Path.of(System.getProperty("java.home"), "bin");
        this.jstat = new ProcessBuilder(jdkBin.resolve("jstat").toString(), "-gc", Long.toString(pid), "500")
                .redirectErrorStream(true).start();
        Thread reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    header = cells;
                } else if (header != null && cells.size() == header.size()) {
                    double kb = 0;
                    for (String c : USED) {
                        kb += Double.parseDouble(cells.get(header.indexOf(c)).replace(',', '.'));
                    }
                    lastMb = kb / 1024;
                    peakMb = Math.max(peakMb, lastMb);
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat ended (the server stopped): the samples so far stand
        }
    }

    void reset() {
        peakMb = lastMb;
    }

    /** The most heap in use at any sample since the last {@link #reset}. */
    double peakMb() {
        return peakMb;
    }

    /** Forces a full collection in the server ({@code jcmd PID GC.run}) and returns the heap in use after it. */
    double liveMb() throws IOException, InterruptedException {
        new ProcessBuilder(jdkBin.resolve("jcmd").toString(), Long.toString(pid), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        Thread.sleep(1200); // two jstat samples: the next one shows the heap after the collection
        return lastMb;
    }

    /** The server's peak resident set (VmHWM), in MB, or -1 when /proc does not say. */
    double peakRssMb() throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
