package nl.vidcat.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.vidcat.io.FileHash;
import nl.vidcat.io.Json;

/**
 * One build of the OAI-PMH export folder as {@code vidcat serve} publishes it: the headers of every record (id,
 * datestamp, deleted, sets) from the folder's marker, and the repository's name, administrator and identifier host
 * from its Identify.xml. Never changes once loaded; a new export build is a new snapshot. The records' metadata
 * stays on disk (tens of thousands of records would not fit the heap) and is read from the export's GetRecord files
 * per request ({@link #metadata}).
 *
 * @param identity what a cheap stat of the marker says about this build; another value means another build
 * @param id       a short hash of the marker: the same export content gives the same id, so resumption tokens
 *                 survive a restart of the server and expire with the export that issued them
 */
record Snapshot(Path dir, Identity identity, String id, String name, String adminEmail, String host,
                String[] ids, long[] stamps, BitSet deleted, int[] setsOf, List<List<String>> setLists,
                Map<String, String> setNames) implements java.util.function.Predicate<String> {

    static final String MARKER = ".vidcat-export.json";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** The marker file's identity: an export replaces the whole folder, so a new build has a new file. */
    record Identity(Object fileKey, long modified, long size) {
        static Identity of(Path dir) throws IOException {
            BasicFileAttributes a = Files.readAttributes(dir.resolve(MARKER), BasicFileAttributes.class);
            return new Identity(a.fileKey(), a.lastModifiedTime().toMillis(), a.size());
        }
    }

    /** Reads the build now in {@code dir}; an IOException when it is missing, damaged or not an OAI-PMH export. */
    static Snapshot load(Path dir) throws IOException {
        Identity before = Identity.of(dir);
        byte[] marker = Files.readAllBytes(dir.resolve(MARKER));
        JsonNode root = Json.mapper().readTree(marker);
        if (root == null || !"oai-pmh".equals(root.path("format").asText())) {
            throw new IOException(dir + " is not an OAI-PMH export (its " + MARKER + " names another format)");
        }
        JsonNode records = root.path("state").path("records");
        int n = records.size();
        String[] ids = new String[n];
        long[] stamps = new long[n];
        BitSet deleted = new BitSet(n);
        int[] setsOf = new int[n];
        List<List<String>> setLists = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = records.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            ids[i] = e.getKey();
            stamps[i] = Instant.parse(e.getValue().path("datestamp").asText()).getEpochSecond();
            deleted.set(i, e.getValue().path("deleted").asBoolean());
            List<String> sets = new ArrayList<>();
            e.getValue().path("sets").forEach(s -> sets.add(s.asText()));
            setsOf[i] = seen.computeIfAbsent(List.copyOf(sets), k -> {
                setLists.add(k);
                return setLists.size() - 1;
            });
        }
        if (!isSorted(ids)) {
            throw new IOException(dir.resolve(MARKER) + " lists its records out of order");
        }
        Map<String, String> setNames = new TreeMap<>();
        root.path("state").path("sets").fields().forEachRemaining(e -> setNames.put(e.getKey(), e.getValue().asText()));
        Map<String, String> identify = identify(dir.resolve("Identify.xml"));
        if (!before.equals(Identity.of(dir))) {
            throw new IOException(dir + " changed while it was read");
        }
        return new Snapshot(dir, before, FileHash.sha256(marker).substring(0, 12), identify.get("repositoryName"),
                identify.get("adminEmail"), identify.get("repositoryIdentifier"), ids, stamps, deleted, setsOf,
                List.copyOf(setLists), setNames);
    }

    private static boolean isSorted(String[] ids) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i - 1].compareTo(ids[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The few values of the export's Identify.xml that the live Identify repeats. */
    private static Map<String, String> identify(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        List<String> wanted = List.of("repositoryName", "adminEmail", "repositoryIdentifier");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && wanted.contains(r.getLocalName())) {
                    out.putIfAbsent(r.getLocalName(), r.getElementText().strip());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
        if (out.size() < wanted.size()) {
            throw new IOException(file + " lacks " + wanted.stream().filter(w -> !out.containsKey(w)).toList());
        }
        return out;
    }

    int size() {
        return ids.length;
    }

    /** The position of {@code recordId}, or -1. */
    int indexOf(String recordId) {
        int i = recordId == null ? -1 : Arrays.binarySearch(ids, recordId);
        return Math.max(i, -1);
    }

    /** Whether the record is published now (listed and not deleted). */
    @Override
    public boolean test(String recordId) {
        int i = indexOf(recordId);
        return i >= 0 && !deleted.get(i);
    }

    String datestamp(int i) {
        return Instant.ofEpochSecond(stamps[i]).toString();
    }

    List<String> sets(int i) {
        return setLists.get(setsOf[i]);
    }

    /** The earliest datestamp, or null for an empty repository. */
    String earliest() {
        return Arrays.stream(stamps).min().stream().mapToObj(s -> Instant.ofEpochSecond(s).toString())
                .findFirst().orElse(null);
    }

    /**
     * The content of the record's {@code <metadata>} element in {@code prefix}, as the export wrote it. A file gone
     * (the folder swapped by a new export) is a NoSuchFileException: the caller answers from the new build.
     */
    Metadata metadata(int i, String prefix) throws IOException {
        Path file = dir.resolve("GetRecord").resolve(prefix).resolve(ids[i] + ".xml");
        byte[] doc = Files.readAllBytes(file);
        int start = indexOf(doc, OPEN);
        int end = lastIndexOf(doc, CLOSE);
        if (start < 0 || end < start + OPEN.length) {
            throw new NoSuchFileException(file.toString(), null, "no metadata in the exported record");
        }
        try {
            // copied into responses as bytes: a damaged file must not make a response that is not UTF-8
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(doc, start, end - start));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 (" + e + ")", e);
        }
        return new Metadata(doc, start + OPEN.length, end);
    }

    /** The UTF-8 bytes {@code [from, to)} of an exported record {@code doc} between its {@code <metadata>} tags. */
    record Metadata(byte[] doc, int from, int to) {
    }

    // ASCII tags: their bytes never occur inside a multi-byte UTF-8 character
    private static final byte[] OPEN = "<metadata>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</metadata>".getBytes(StandardCharsets.US_ASCII);

    private static int indexOf(byte[] doc, byte[] tag) {
        for (int i = 0; i + tag.length <= doc.length; i++) {
            if (Arrays.equals(tag, 0, tag.length, doc, i, i + tag.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] doc, byte[] tag) {
        for (int i = doc.length - tag.length; i >= 0; i--) {
            if (Arrays.equals(tag, 0, tag.length, doc, i, i + tag.length)) {
                return i;
            }
        }
        return -1;
    }
}
