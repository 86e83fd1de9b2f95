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

    static final String NS = OaiPmhXml.NS;
    static final String OAI_DC = OaiPmhXml.OAI_DC;
    static final String DC = OaiPmhXml.DC;
    static final String OAI_ID = OaiPmhXml.OAI_ID;
    static final List<String> PREFIXES = OaiPmhXml.PREFIXES;
    static final List<String> ERRORS = List.of("badArgument", "badResumptionToken", "badVerb",
            "cannotDisseminateFormat", "idDoesNotExist", "noRecordsMatch", "noSetHierarchy");

    private final WrittenFiles files = new WrittenFiles();

    /** One entry of the repository: a live record (with its metadata) or a deleted one (with its last sets). */
    private record Entry(String id, String datestamp, LomRecord lom, String hash, List<OaiSets.Named> sets) {
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
            write(dir.resolve("ListMetadataFormats.xml"), response("ListMetadataFormats", Map.of(), OaiPmhXml::formats));
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
            return new Entry(item.id(), stamp, lom, hash, OaiSets.of(item.record().metadata()));
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
                    out.put(p.getKey(), new Entry(p.getKey(), stamp, null, null,
                            lastSets(p.getValue(), job.previousState.path("sets"))));
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

    /** The sets a record now deleted was in when it was last published (none in states from before sets). */
    private static List<OaiSets.Named> lastSets(JsonNode old, JsonNode names) {
        List<OaiSets.Named> sets = new java.util.ArrayList<>();
        old.path("sets").forEach(s -> sets.add(new OaiSets.Named(s.asText(), names.path(s.asText()).asText(s.asText()))));
        return sets;
    }

    /**
     * Per record its datestamp, hash (or deleted) and sets, plus the name of every set: what {@code vidcat serve}
     * answers from. The sets are kept here and not in the static XML, which cannot filter by them.
     */
    private static JsonNode state(List<Entry> entries) {
        ObjectNode records = Json.mapper().createObjectNode();
        Map<String, String> names = new TreeMap<>();
        for (Entry e : entries) {
            ObjectNode n = records.putObject(e.id());
            n.put("datestamp", e.datestamp());
            if (e.deleted()) {
                n.put("deleted", true);
            } else {
                n.put("hash", e.hash());
            }
            if (!e.sets().isEmpty()) {
                e.sets().forEach(s -> names.put(s.spec(), s.name()));
                com.fasterxml.jackson.databind.node.ArrayNode specs = n.putArray("sets");
                e.sets().forEach(s -> specs.add(s.spec()));
            }
        }
        ObjectNode state = Json.mapper().createObjectNode();
        state.set("records", records);
        ObjectNode sets = state.putObject("sets");
        names.forEach(sets::put);
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
        String name = job.catalog.settings().name() == null ? "vidcat" : job.catalog.settings().name();
        OaiPmhXml.Repository repo = new OaiPmhXml.Repository(name, baseUrl, job.request.adminEmail(), host);
        return response("Identify", Map.of(), x -> OaiPmhXml.identify(x, repo, earliest,
                entries.isEmpty() ? null : entries.get(0).id()));
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
        OaiPmhXml.header(x, identifier(e.id()), e.datestamp(), e.deleted(), List.of());
    }

    String identifier(String id) {
        return "oai:" + host + ":" + id;
    }

    private byte[] response(String verb, Map<String, String> args, java.util.function.Consumer<XmlOut> body) {
        return new OaiPmhXml(baseUrl, responseDate).response(verb, args, body);
    }

    private byte[] error(String verb, Map<String, String> args, String code, String text) {
        return new OaiPmhXml(baseUrl, responseDate).error(verb, args, code, text);
    }

    private static String errorText(String code) {
        return OaiPmhXml.errorText(code);
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
