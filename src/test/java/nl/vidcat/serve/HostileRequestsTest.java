package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge, malformed and unexpected requests get a 4xx (or a closed connection), never a dead server. */
class HostileRequestsTest {

    @TempDir
    static Path tmp;
    static Server server;
    static URI oai;

    @BeforeAll
    static void start() throws Exception {
        server = new PublishedCatalog(tmp).records(2).export().serve(10);
        oai = URI.create("http://127.0.0.1:" + server.port() + "/oai");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static int status(HttpRequest.Builder b) throws Exception {
        HttpResponse<byte[]> r = OaiClient.send(b.build());
        return r.statusCode();
    }

    @Test
    void protocolOutsidersGetHttpErrors() throws Exception {
        HttpResponse<byte[]> put = OaiClient.send(HttpRequest.newBuilder(oai).PUT(HttpRequest.BodyPublishers.ofString(
                "verb=Identify")).build());
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
        assertEquals(404, status(HttpRequest.newBuilder(URI.create(oai + "/Identify.xml"))));
        assertEquals(404, status(HttpRequest.newBuilder(URI.create(oai + "x?verb=Identify"))));
        assertEquals(400, status(HttpRequest.newBuilder(URI.create(oai + "?verb=%C3%28"))));
        assertEquals(415, status(HttpRequest.newBuilder(oai).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"verb\":\"Identify\"}"))));
        assertEquals(200, status(HttpRequest.newBuilder(oai).method("HEAD", HttpRequest.BodyPublishers.noBody())));
    }

    @Test
    void hugeRequestsAre4xx() throws Exception {
        assertEquals(414, status(HttpRequest.newBuilder(URI.create(oai + "?verb=Identify&x=" + "a".repeat(10_000)))));
        assertEquals(431, status(HttpRequest.newBuilder(oai).header("X-Big", "b".repeat(20_000))));
        assertEquals(413, status(HttpRequest.newBuilder(oai).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                "verb=Identify&x=" + "c".repeat(100_000)))));
        // beyond what the JDK server reads at all it closes the connection without an answer
        try {
            int s = status(HttpRequest.newBuilder(oai).header("X-Huge", "d".repeat(1_000_000)));
            assertTrue(s >= 400 && s < 500, "status " + s);
        } catch (IOException closed) {
            // the connection was closed: no crash, nothing read
        }
        assertEquals(200, status(HttpRequest.newBuilder(URI.create(oai + "?verb=Identify"))));
    }

    @Test
    void garbageOnTheWireIsA400() throws Exception {
        for (String request : new String[] {"GARBAGE\r\n\r\n", "GET /oai?verb=Identify HTTP/1.1\r\nHost: x\r\n"
                + "Content-Length: nope\r\n\r\n", "GET /o ai HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /oai?verb=Identify&x=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /oai?verb=Identify&x=%F HTTP/1.1\r\nHost: x\r\n\r\n"}) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(10_000);
                OutputStream out = s.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = s.getInputStream();
                String answer = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                assertTrue(answer.startsWith("HTTP/1.1 4"), request + " -> " + answer);
            }
        }
        assertEquals(200, status(HttpRequest.newBuilder(URI.create(oai + "?verb=Identify"))));
    }

    @Test
    void aFailingHandlerIsA500AndTheServerGoesOn() throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var context = http.createContext("/boom", ex -> {
            throw new IllegalStateException("bug");
        });
        context.getFilters().add(new AccessLog());
        context.getFilters().add(new Guard());
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        try {
            URI boom = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/boom");
            HttpResponse<byte[]> r = OaiClient.send(HttpRequest.newBuilder(boom).build());
            assertEquals(500, r.statusCode());
            assertTrue(!new String(r.body(), StandardCharsets.UTF_8).contains("bug"), "no internals in the answer");
            assertEquals(500, OaiClient.send(HttpRequest.newBuilder(boom).build()).statusCode());
        } finally {
            http.stop(0);
        }
    }
}
