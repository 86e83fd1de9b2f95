package nl.vidcat.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.vidcat.io.Json;

/**
 * The real OAI-PMH harvesters Edurep-like consumers use, run as child processes against a server on loopback:
 * Debian's {@code oai_pmh} (libhttp-oai-perl's HTTP::OAI) and npm's {@code oai-pmh}, both following resumption
 * tokens themselves. {@code bin/test} installs them (bin/lib/env.sh, ensure_harvest_clients); a test skips a missing
 * one.
 */
enum Harvesters {
    PERL {
        @Override
        Optional<List<String>> command() {
            return onPath("oai_pmh").map(p -> List.of(p.toString()));
        }

        @Override
        List<String> arguments(URI base, String prefix, String from) {
            List<String> a = new ArrayList<>(List.of("-X", "ListRecords", "--metadataPrefix", prefix));
            if (from != null) {
                a.addAll(List.of("--from", from));
            }
            a.add(base.toString());
            return a;
        }

        /** Per record: "identifier: …", "datestamp: …", "status: deleted" lines, the metadata, a form feed. */
        @Override
        List<Harvested> parse(String out) {
            List<Harvested> records = new ArrayList<>();
            for (String chunk : out.split("\f")) {
                String id = field(chunk, "identifier");
                if (id != null) {
                    records.add(new Harvested(id, field(chunk, "datestamp"), "deleted".equals(field(chunk, "status"))));
                }
            }
            return records;
        }

        private static String field(String chunk, String name) {
            for (String line : chunk.strip().split("\n")) {
                if (line.startsWith(name + ": ")) {
                    return line.substring(name.length() + 2).strip();
                }
                if (line.isBlank()) {
                    return null; // the headers end at the first blank line; the metadata follows
                }
            }
            return null;
        }
    },
    NPM {
        @Override
        Optional<List<String>> command() {
            Path prefix = Path.of(System.getenv().getOrDefault("XDG_CACHE_HOME",
                    System.getProperty("user.home") + "/.cache"), "vidcat", "npm");
            Path bin = prefix.resolve("node_modules/.bin/oai-pmh");
            return Files.isExecutable(bin) && onPath("node").isPresent()
                    ? Optional.of(List.of(bin.toString())) : Optional.empty();
        }

        @Override
        List<String> arguments(URI base, String prefix, String from) {
            List<String> a = new ArrayList<>(List.of("list-records", "-p", prefix));
            if (from != null) {
                a.addAll(List.of("-f", from));
            }
            a.add(base.toString());
            return a;
        }

        /** One JSON object per record (xml2js): header.identifier, header.datestamp, header.$.status. */
        @Override
        List<Harvested> parse(String out) throws IOException {
            List<Harvested> records = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    JsonNode h = Json.mapper().readTree(line).path("header");
                    records.add(new Harvested(h.path("identifier").asText(null), h.path("datestamp").asText(null),
                            "deleted".equals(h.path("$").path("status").asText())));
                }
            }
            return records;
        }
    };

    /** One record header as the harvester reported it. */
    record Harvested(String identifier, String datestamp, boolean deleted) {
    }

    /** The command that starts this harvester, when it is installed. */
    abstract Optional<List<String>> command();

    abstract List<String> arguments(URI base, String prefix, String from);

    abstract List<Harvested> parse(String out) throws IOException;

    /**
     * A ListRecords harvest of {@code base} (all of it, or from {@code from} on), following every resumption token.
     * Fails with the harvester's own output when it exits non-zero or takes over two minutes.
     */
    List<Harvested> harvest(URI base, String prefix, String from, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command().orElseThrow());
        cmd.addAll(arguments(base, prefix, from));
        Path out = Files.createTempFile(work, name().toLowerCase(java.util.Locale.ROOT), ".out");
        Path err = Files.createTempFile(work, name().toLowerCase(java.util.Locale.ROOT), ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(name() + " harvest did not finish in two minutes: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IOException(name() + " harvest failed (exit " + p.exitValue() + "): " + cmd + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
