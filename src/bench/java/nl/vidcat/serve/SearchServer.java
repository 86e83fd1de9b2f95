package nl.vidcat.serve;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.vidcat.store.Catalog;

/**
 * {@code bench/serve}'s stand-in while {@code vidcat serve} has no {@code /api/search} yet: the real
 * {@link SearchApi} over the catalog's index and published export, on the JDK's HTTP server with a virtual thread
 * per exchange as {@link Server} runs its handlers, in its own JVM on a free loopback port. Prints
 * {@code listening PORT} and runs until killed. Arguments: CATALOG.
 */
public final class SearchServer {

    private SearchServer() {
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = Catalog.open(Path.of(args[0]));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/search", new SearchApi(catalog.layout(),
                PublishedExport.open(catalog.layout().exportDir("oai-pmh"))));
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.start();
        System.out.println("listening " + http.getAddress().getPort());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
