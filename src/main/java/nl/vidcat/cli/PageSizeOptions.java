package nl.vidcat.cli;

import nl.vidcat.io.VidcatException;
import picocli.CommandLine.Option;

/** How long an OAI-PMH list response is before its resumption token, shared by {@code export} and {@code serve}. */
final class PageSizeOptions {

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Records per OAI-PMH list response before a resumption token; export's opensearch: documents"
                    + " per bulk file (default: ${DEFAULT-VALUE}).")
    private int pageSize;

    int pageSize() {
        if (pageSize < 1) {
            throw VidcatException.usage("--page-size must be 1 or more");
        }
        return pageSize;
    }
}
