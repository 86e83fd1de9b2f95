package nl.vidcat.cli;

import picocli.CommandLine.Option;

/** Where the exported videos will be, shared by {@code export} and {@code run --export}. */
final class PublishOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the videos are published (required for nllom and oai-pmh), e.g. https://school.nl/video.")
    String baseUrl;
}
