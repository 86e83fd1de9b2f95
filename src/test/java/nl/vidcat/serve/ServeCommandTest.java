package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.cli.CliRun;
import nl.vidcat.reliability.ChildVidcat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat serve} as a user runs it: usage errors, a child process that never writes the catalog, SIGTERM. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(120) // a usage error that is not one would serve for ever
    void usageErrorsAreOneLineAndExit2() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(1);
        CliRun.Result noExport = CliRun.inCatalog(c.catalog(), "serve", "--port", "0");
        assertEquals(2, noExport.code(), noExport.all());
        assertTrue(noExport.err().contains("no OAI-PMH export"), noExport.all());
        c.export();
        Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("other/.vidcat-export.json"), "{\"format\":\"csv\"}");
        for (String[] args : List.of(new String[] {"--export-out", tmp.resolve("other").toString()},
                new String[] {"--base-url", "ftp://x"}, new String[] {"--bind", "no.such.host.invalid"},
                new String[] {"--page-size", "0"})) {
            CliRun.Result r = CliRun.inCatalog(c.catalog(), Stream.concat(Stream.of("serve", "--port", "0"),
                    Stream.of(args)).toArray(String[]::new));
            assertEquals(2, r.code(), r.all());
            assertEquals(1, r.err().strip().lines().count(), r.all());
        }
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun.Result r = CliRun.inCatalog(c.catalog(), "serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, r.code(), r.all());
            assertTrue(r.err().startsWith("vidcat: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.all());
            assertFalse(r.all().contains("Exception"), r.all());
        }
    }

    @Tag("slow")
    @Test
    void servesWithoutWritingTheCatalogAndStopsGracefullyOnSigterm() throws Exception {
        PublishedCatalog c = new PublishedCatalog(tmp).records(3).export();
        List<String> before = listing(c.catalog());
        Path log = tmp.resolve("serve.log");
        Process p = ChildVidcat.builder(log, "--catalog", c.catalog().toString(), "serve", "--port", "0").start();
        try {
            assertTrue(ChildVidcat.awaitText(p, log, "Ctrl-C stops"), Files.readString(log));
            Matcher m = Pattern.compile("OAI-PMH at http://127\\.0\\.0\\.1:(\\d+)/oai").matcher(Files.readString(log));
            assertTrue(m.find(), Files.readString(log));
            int port = Integer.parseInt(m.group(1));
            assertEquals(3, new OaiClient(port).get("verb=ListIdentifiers&metadataPrefix=lom").count("//oai:header"));
            assertEquals(200, OaiClient.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/oai?verb=Identify")).build()).statusCode());
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(30_000);
                OutputStream out = s.getOutputStream();
                InputStream in = s.getInputStream();
                String body = "verb=Identify";
                out.write(("POST /oai HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + body.length() + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                // the server answers 100 Continue once the exchange has begun: it is in flight now
                assertTrue(new String(in.readNBytes(25), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 100"));
                p.destroy(); // SIGTERM
                assertTrue(ChildVidcat.awaitText(p, log, "vidcat serve: stopping"), Files.readString(log));
                out.write(body.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.contains("200 OK") && answer.contains("<Identify>"), answer);
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
            String out = Files.readString(log);
            assertTrue(out.contains("vidcat serve: stopped"), out);
            assertTrue(out.contains("GET /oai 200"), "access log: " + out);
            assertFalse(out.contains("Exception"), out);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(before, listing(c.catalog()), "serve wrote into the catalog");
    }

    /** Every path in the catalog with its size and modification time. */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> {
                try {
                    return dir.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
