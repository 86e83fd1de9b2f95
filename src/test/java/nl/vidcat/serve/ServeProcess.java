package nl.vidcat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vidcat serve --port 0} over a catalog in its own JVM, as a user runs it, for the real-client tests: its
 * address is read from the line it prints at start; {@link #close} sends SIGTERM (a graceful stop) and waits.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern ADDRESS = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final URI base;
    private final Path log;

    private ServeProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts serve over {@code catalog}; its log goes to {@code log}. Fails after a minute without an address. */
    static ServeProcess start(Path catalog, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "nl.vidcat.cli.Main", "--catalog", catalog.toString(),
                "serve", "--bind", "127.0.0.1", "--port", "0").redirectError(log.toFile()).start();
        CompletableFuture<URI> address = CompletableFuture.supplyAsync(() -> address(p));
        try {
            return new ServeProcess(p, address.get(60, TimeUnit.SECONDS), log);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("vidcat serve did not start: " + Files.readString(log), e);
        }
    }

    private static URI address(Process p) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = ADDRESS.matcher(line);
                if (m.find()) {
                    return URI.create(m.group(1));
                }
            }
            throw new IllegalStateException("vidcat serve ended without printing its address");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The OAI-PMH baseURL. */
    URI oai() {
        return URI.create(base + "/oai");
    }

    /**
     * Waits (at most a minute) until a ListIdentifiers {@code from} the given datestamp finds records: the server has
     * picked up the new export build.
     */
    void awaitRecordsFrom(String from) throws IOException, InterruptedException {
        URI uri = URI.create(oai() + "?verb=ListIdentifiers&metadataPrefix=lom&from=" + from);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                String body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                if (body.contains("<header")) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        throw new IOException("serve did not pick up the new export within a minute; log: " + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: serve finishes the requests in progress and exits
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
