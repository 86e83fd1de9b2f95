package nl.vidcat.serve;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Executors;

/** A loopback HTTP server on a free port around handlers under test; close it to stop. */
final class ServeFixtures implements AutoCloseable {

    private final HttpServer server;

    private ServeFixtures(HttpServer server) {
        this.server = server;
    }

    static ServeFixtures start(Map<String, HttpHandler> contexts) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        contexts.forEach(s::createContext);
        s.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        s.start();
        return new ServeFixtures(s);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
