package nl.vidcat.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.vidcat.io.VidcatException;
import nl.vidcat.serve.PublishedExport;
import nl.vidcat.serve.Server;
import nl.vidcat.store.Catalog;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vidcat serve}: the catalog's published videos over HTTP, read-only, until Ctrl-C or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the catalog over HTTP: a complete OAI-PMH 2.0 endpoint at /oai for Edurep.",
                "Read-only: publishes exactly what the last 'vidcat export --format oai-pmh' into the export folder"
                        + " published, and picks up a new export without a restart. Ctrl-C or SIGTERM stops it after"
                        + " the requests in progress."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    private String bind;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The server's public address, as harvesters reach it (behind a proxy, say), e.g."
                    + " https://school.nl/video; OAI-PMH's baseURL is URL/oai (default: http://ADDRESS:PORT).")
    private String baseUrl;

    @Option(names = "--export-out", paramLabel = "DIR",
            description = "The OAI-PMH export folder to publish: what export's --out or run's --export-out named"
                    + " (default: CATALOG/export/oai-pmh, where 'vidcat run --export oai-pmh' writes).")
    private Path export;

    @Mixin
    private PageSizeOptions pages;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw VidcatException.usage("--port must be 0 to 65535");
        }
        int pageSize = pages.pageSize();
        Catalog catalog = globals.openCatalog();
        PublishedExport published = PublishedExport.open(export != null ? export
                : catalog.layout().exportDir("oai-pmh"));
        InetSocketAddress address = new InetSocketAddress(address(bind), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Server server = Server.start(catalog.layout(), published, address, baseUrl, pageSize);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("vidcat serve: stopping; finishing the requests in progress (at most "
                    + Server.GRACE.toSeconds() + " s)");
            server.close();
            err.println("vidcat serve: stopped");
            LogManager.shutdown();
            stopped.countDown();
        }, "vidcat-serve-stop"));
        out.printf("vidcat serve: listening on %s; OAI-PMH at %s/oai (from %s); Ctrl-C stops%n", server.listening(),
                server.base(), published.dir());
        out.flush();
        stopped.await();
        return 0;
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw VidcatException.usage("--bind " + bind + " is not an address of this machine");
        }
    }
}
