package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import nl.vidcat.io.Json;
import nl.vidcat.store.RecordScan;

/**
 * {@code --format oai-pmh}: a static OAI-PMH 2.0 repository that any plain web server can host (the README shows the
 * rewrite from {@code ?verb=…} query strings to these files). Layout:
 * <pre>
 * Identify.xml  ListMetadataFormats.xml  ListSets.xml
 * ListRecords/lom.xml, ListRecords/oai_dc.xml            first page
 * ListRecords/&lt;token&gt;.xml                               further pages (token = prefix-page-snapshot)
 * ListIdentifiers/…                                      the same for headers only
 * GetRecord/lom/&lt;id&gt;.xml, GetRecord/oai_dc/&lt;id&gt;.xml
 * errors/&lt;code&gt;.xml                                      what the server answers when no file matches
 * </pre>
 * Deleted records are persistent: the state (per record: datestamp, content hash, deleted) is kept in the export
 * folder's marker file, so a record exported before and now gone, rejected or unpublishable is listed with
 * {@code status="deleted"} from then on; an unreadable record never is ({@link #stillPublished}). Datestamps only move when a record's exported content changes.
 */
final class OaiPmhWriter implements FormatWriter {

    static final String NS = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String OAI_ID = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    static final List<String> PREFIXES = List.of("lom", "oai_dc");
    static final List<String> ERRORS = List.of("badArgument", "badResumptionToken", "badVerb",
            "cannotDisseminateFormat", "idDoesNotExist", "noRecordsMatch", "noSetHierarchy");

    private final WrittenFiles files = new WrittenFiles();

    /** One entry of the repository: a live record (with its metadata) or a deleted one. */
    private record Entry(String id, String datestamp, LomRecord lom, String hash) {
        boolean deleted() {
            return lom == null;
        }
    }

    private String baseUrl;
    private String host;
    private String responseDate;
    private int pageSize;

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        baseUrl = job.request.baseUrl() + "/oai";
        pageSize = job.request.pageSize();
        host = URI.create(job.request.baseUrl()).getHost();
        List<Entry> entries = entries(job);
        responseDate = entries.stream().map(Entry::datestamp).max(String::compareTo)
                .orElse(job.now.truncatedTo(ChronoUnit.SECONDS).toString());
        String snapshot = snapshot(entries);
        try {
            write(dir.resolve("Identify.xml"), identify(job, entries));
            write(dir.resolve("ListMetadataFormats.xml"), response("ListMetadataFormats", Map.of(), this::formats));
            write(dir.resolve("ListSets.xml"), error("ListSets", Map.of(), "noSetHierarchy",
                    "This repository does not support sets."));
            for (String code : ERRORS) {
                write(dir.resolve("errors").resolve(code + ".xml"), error(null, Map.of(), code, errorText(code)));
            }
            for (String prefix : PREFIXES) {
                lists(dir, prefix, entries, snapshot);
                Files.createDirectories(dir.resolve("GetRecord").resolve(prefix));
            }
            WrittenFiles.eachInParallel(entries, e -> {
                for (String prefix : PREFIXES) {
                    write(dir.resolve("GetRecord").resolve(prefix).resolve(e.id() + ".xml"),
                            response("GetRecord", Map.of("identifier", identifier(e.id()), "metadataPrefix", prefix),
                                    x -> record(x, e, prefix)));
                }
                if (!e.deleted()) {
                    job.progress.advance(1, e.id());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return state(entries);
    }

    /** Live records from this export plus deletions remembered from earlier ones, in id order. */
    private List<Entry> entries(ExportJob job) throws IOException {
        Map<String, Entry> out = new TreeMap<>();
        JsonNode prev = job.previousState == null ? null : job.previousState.get("records");
        String now = job.now.truncatedTo(ChronoUnit.SECONDS).toString();
        List<Entry> live = WrittenFiles.mapInParallel(job.items, item -> {
            LomRecord lom = job.mapper.map(item.publication(), job.videoUrl(item.id()));
            String hash = hash(LomXml.document(lom));
            JsonNode old = prev == null ? null : prev.get(item.id());
            String stamp = item.record().updatedAt() == null ? now
                    : item.record().updatedAt().truncatedTo(ChronoUnit.SECONDS).toString();
            if (old != null && !old.path("deleted").asBoolean() && hash.equals(old.path("hash").asText())) {
                stamp = old.path("datestamp").asText(stamp);
            } else if (old != null && old.path("datestamp").asText("").compareTo(stamp) >= 0) {
                // changed (or back from deletion) without a newer record time: a harvester must still see it as new
                stamp = now;
            }
            return new Entry(item.id(), stamp, lom, hash);
        });
        live.forEach(e -> out.put(e.id(), e));
        if (prev != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = prev.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!out.containsKey(p.getKey())) {
                    boolean wasDeleted = p.getValue().path("deleted").asBoolean();
                    String stamp = wasDeleted ? p.getValue().path("datestamp").asText(now) : now;
                    if (!wasDeleted) {
                        job.note(p.getKey() + ": no longer published, listed as deleted in OAI-PMH");
                    }
                    out.put(p.getKey(), new Entry(p.getKey(), stamp, null, null));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * How many unreadable records the repository publishes now (not deleted). A record is {@code deleted} only when a
     * person withdrew, rejected or removed it, never because its file cannot be read: while this is not 0 the
     * exporter leaves the whole repository as it was (Edurep keeps the last published version of every video). A
     * record that was never published, or was deleted before, holds nothing back.
     */
    static long stillPublished(JsonNode previousState, List<RecordScan.Unreadable> unreadable) {
        JsonNode prev = previousState == null ? null : previousState.get("records");
        return prev == null ? 0 : unreadable.stream()
                .filter(u -> u.id() != null && prev.has(u.id()) && !prev.get(u.id()).path("deleted").asBoolean())
                .count();
    }

    private static JsonNode state(List<Entry> entries) {
        ObjectNode records = Json.mapper().createObjectNode();
        for (Entry e : entries) {
            ObjectNode n = records.putObject(e.id());
            n.put("datestamp", e.datestamp());
            if (e.deleted()) {
                n.put("deleted", true);
            } else {
                n.put("hash", e.hash());
            }
        }
        ObjectNode state = Json.mapper().createObjectNode();
        state.set("records", records);
        return state;
    }

    private void lists(Path dir, String prefix, List<Entry> entries, String snapshot) throws IOException {
        int size = Math.max(1, pageSize);
        int pages = Math.max(1, (entries.size() + size - 1) / size);
        for (String verb : List.of("ListRecords", "ListIdentifiers")) {
            Path folder = dir.resolve(verb);
            if (entries.isEmpty()) {
                write(folder.resolve(prefix + ".xml"), error(verb, Map.of("metadataPrefix", prefix), "noRecordsMatch",
                        errorText("noRecordsMatch")));
                continue;
            }
            WrittenFiles.eachInParallel(IntStream.range(0, pages).boxed().toList(), page -> {
                List<Entry> slice = entries.subList(page * size, Math.min(entries.size(), (page + 1) * size));
                Map<String, String> args = page == 0 ? Map.of("metadataPrefix", prefix)
                        : Map.of("resumptionToken", token(prefix, page, snapshot));
                String file = page == 0 ? prefix : token(prefix, page, snapshot);
                write(folder.resolve(file + ".xml"), response(verb, args, x -> {
                    for (Entry e : slice) {
                        if (verb.equals("ListRecords")) {
                            record(x, e, prefix);
                        } else {
                            header(x, e);
                        }
                    }
                    if (pages > 1) {
                        x.start(NS, "resumptionToken").attr("completeListSize", String.valueOf(entries.size()))
                                .attr("cursor", String.valueOf(page * size));
                        if (page + 1 < pages) {
                            x.text(token(prefix, page + 1, snapshot));
                        }
                        x.end();
                    }
                }));
            });
        }
    }

    /** Tokens name their snapshot, so a harvest that spans a re-export fails cleanly instead of mixing lists. */
    static String token(String prefix, int page, String snapshot) {
        return prefix + "-" + (page + 1) + "-" + snapshot;
    }

    private byte[] identify(ExportJob job, List<Entry> entries) {
        String earliest = entries.stream().map(Entry::datestamp).min(String::compareTo).orElse(responseDate);
        return response("Identify", Map.of(), x -> {
            x.leaf(NS, "repositoryName", job.catalog.settings().name() == null ? "vidcat"
                    : job.catalog.settings().name());
            x.leaf(NS, "baseURL", baseUrl);
            x.leaf(NS, "protocolVersion", "2.0");
            x.leaf(NS, "adminEmail", job.request.adminEmail());
            x.leaf(NS, "earliestDatestamp", earliest);
            x.leaf(NS, "deletedRecord", "persistent");
            x.leaf(NS, "granularity", "YYYY-MM-DDThh:mm:ssZ");
            x.start(NS, "description");
            x.prefix("", OAI_ID);
            x.start(OAI_ID, "oai-identifier").namespace("", OAI_ID)
                    .attr("xsi", NlLom.XSI, "schemaLocation", OAI_ID + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
            x.leaf(OAI_ID, "scheme", "oai");
            x.leaf(OAI_ID, "repositoryIdentifier", host);
            x.leaf(OAI_ID, "delimiter", ":");
            x.leaf(OAI_ID, "sampleIdentifier", identifier(entries.isEmpty() ? "breuken-vereenvoudigen-3f9a2c1d"
                    : entries.get(0).id()));
            x.end();
            x.end();
        });
    }

    private void formats(XmlOut x) {
        format(x, "lom", "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd", NlLom.NS);
        format(x, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC);
    }

    private static void format(XmlOut x, String prefix, String schema, String ns) {
        x.start(NS, "metadataFormat");
        x.leaf(NS, "metadataPrefix", prefix);
        x.leaf(NS, "schema", schema);
        x.leaf(NS, "metadataNamespace", ns);
        x.end();
    }

    private void record(XmlOut x, Entry e, String prefix) {
        x.start(NS, "record");
        header(x, e);
        if (!e.deleted()) {
            x.start(NS, "metadata");
            if (prefix.equals("lom")) {
                LomXml.declared(x, e.lom(), false);
            } else {
                DublinCore.write(x, e.lom());
            }
            x.end();
        }
        x.end();
    }

    private void header(XmlOut x, Entry e) {
        x.start(NS, "header");
        if (e.deleted()) {
            x.attr("status", "deleted");
        }
        x.leaf(NS, "identifier", identifier(e.id()));
        x.leaf(NS, "datestamp", e.datestamp());
        x.end();
    }

    String identifier(String id) {
        return "oai:" + host + ":" + id;
    }

    /** An OAI-PMH response document: responseDate, the request echo, and the verb element with {@code body}. */
    private byte[] response(String verb, Map<String, String> args, java.util.function.Consumer<XmlOut> body) {
        return XmlOut.bytes(x -> {
            open(x, verb, args);
            x.start(NS, verb);
            body.accept(x);
            x.end();
            x.end();
        });
    }

    private byte[] error(String verb, Map<String, String> args, String code, String text) {
        return XmlOut.bytes(x -> {
            // for badVerb and badArgument the request element carries no attributes (OAI-PMH 2.0, 3.2)
            open(x, code.equals("badVerb") || code.equals("badArgument") ? null : verb, args);
            x.start(NS, "error").attr("code", code).text(text).end();
            x.end();
        });
    }

    private void open(XmlOut x, String verb, Map<String, String> args) {
        x.prefix("", NS);
        x.prefix("xsi", NlLom.XSI);
        x.start(NS, "OAI-PMH").namespace("", NS).namespace("xsi", NlLom.XSI)
                .attr("xsi", NlLom.XSI, "schemaLocation", NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        x.leaf(NS, "responseDate", responseDate);
        x.start(NS, "request");
        if (verb != null) {
            x.attr("verb", verb);
            new TreeMap<>(args).forEach(x::attr);
        }
        x.text(baseUrl).end();
    }

    private static String errorText(String code) {
        return switch (code) {
            case "badArgument" -> "The request has an illegal, missing or repeated argument.";
            case "badResumptionToken" -> "The resumptionToken is invalid or expired (the repository was re-exported);"
                    + " start the list again.";
            case "badVerb" -> "Missing or illegal OAI-PMH verb.";
            case "cannotDisseminateFormat" -> "This metadata format is not supported; use lom or oai_dc.";
            case "idDoesNotExist" -> "No record with this identifier.";
            case "noRecordsMatch" -> "The repository holds no records.";
            default -> "This repository does not support sets.";
        };
    }

    private static String snapshot(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.append(e.id()).append(' ').append(e.datestamp()).append(' ').append(e.hash()).append('\n'));
        return hash(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Path file, byte[] content) {
        files.write(file, content);
    }

    @Override
    public int files() {
        return files.count();
    }
}
