package nl.vidcat.validate;

import nl.vidcat.store.CatalogLayout;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.io.Json;
import nl.vidcat.io.JsonProblem;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.VideoRecord;

/** Record files ({@code records/<id>.json}), read one at a time. */
final class RecordFiles extends Source {

    /** Records are a few KB; anything this big is not one, and reading it could exhaust the heap. */
    static final long MAX_RECORD_BYTES = 8L << 20;
    private static final int MAX_SCHEMA_FINDINGS = 20;

    /** Strict where hand edits and merges go wrong: a repeated key or text after the record is an error. */
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Prefetched: binding a record does not look up its deserializer again for each of 100,000 records. An unknown
     * status binds as a draft (the record's default; the schema finding names the bad value), so a typo there does
     * not hide every other finding. Drafts are not publishable, so no publish-only rule fires on a guess.
     */
    private static final ObjectReader RECORD = Json.mapper().readerFor(VideoRecord.class)
            .with(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    /**
     * For the quick path: straight from bytes to a record, failing on anything the schema would also reject cheaply
     * (an unknown field or status, a wrong type, a repeated key, text after the record).
     */
    private static final ObjectReader STRICT_RECORD = Json.mapper().readerFor(VideoRecord.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<Path> files;
    private final CatalogContext context;
    private final Location.Folders folders = new Location.Folders();
    /** The catalog's records/ folder, or null outside a catalog (the file-name rule applies only inside it). */
    private final Path recordsDir;

    /** @param files not changed afterwards (a catalog's listing makes its paths on demand; no copy of 100,000) */
    RecordFiles(List<Path> files, CatalogContext context) {
        this.files = files;
        this.context = context;
        this.recordsDir = context.dir() == null ? null : CatalogLayout.of(context.dir()).recordsDir();
    }

    @Override
    int size() {
        return files.size();
    }

    @Override
    CatalogContext context() {
        return context;
    }

    @Override
    List<ItemReport> preamble() {
        return List.of();
    }

    /** The parts of one record file that got read; later parts are null when an earlier step failed. */
    private record Read(String shown, byte[] bytes, VideoRecord record) {
    }

    @Override
    Examined examine(int index, RecordChecks checks) {
        Findings out = new Findings(context.rules());
        Read r = read(files.get(index), folders.display(files.get(index)), checks.schema(), out, null);
        if (r.record() != null) {
            fileName(files.get(index), r.record(), out);
            checks.run(new Subject(r.record().metadata(), r.record(), r.record().problems(), context), out);
        }
        List<Finding> findings = locate(r, out);
        Metadata m = r.record() == null ? null : r.record().metadata();
        long key = r.record() != null && out.wants(Rules.TITLE_DUPLICATE) ? DuplicateTitles.key(m) : 0;
        return new Examined(new ItemReport(r.shown(), null, r.record() == null ? idFromName(files.get(index))
                : r.record().id(), m == null ? null : m.title(), findings,
                r.record() == null ? null : checks.hint(r.record())), key);
    }

    private static final String ID = "/id";
    private static final String SCHOOL = "/metadata/school";
    private static final String TITLE = "/metadata/title";
    private static final Set<String> TITLE_FIELDS = Set.of(ID, SCHOOL, TITLE);

    @Override
    TitleRef titleRef(int index, RecordChecks checks) {
        // The first pass reported what is wrong with the file and found a record in it; here only three fields and
        // a line matter: one streaming pass over the bytes, no tree, no schema, no record.
        Path file = files.get(index);
        byte[] bytes = bytes(file, new Findings(RuleSet.DEFAULTS));
        Map<String, JsonLines.Scalar> at = bytes == null ? Map.of() : JsonLines.scalars(bytes, TITLE_FIELDS);
        JsonLines.Scalar title = at.get(TITLE);
        if (title == null || title.text() == null) {
            return null;
        }
        String shown = file(index);
        JsonLines.Scalar school = at.get(SCHOOL);
        JsonLines.Scalar id = at.get(ID);
        return new TitleRef(school == null ? null : school.text(), title.text(), shown, null,
                id == null ? null : id.text(), new Location(shown, title.line(), TITLE));
    }

    @Override
    String file(int index) {
        return folders.display(files.get(index));
    }

    /**
     * Reads one record file as validate does (bytes, strict JSON, the schema, the record), without the rules: what
     * {@code vidcat check} verifies of every record. The findings carry their lines.
     */
    static RecordIntegrity.Result readChecked(Path file, String shown) {
        Findings out = new Findings(RuleSet.DEFAULTS);
        long[] modified = {-1};
        Read r = read(file, shown, RecordSchema.get(), out, modified);
        return new RecordIntegrity.Result(r.record(), locate(r, out), modified[0]);
    }

    /**
     * {@link #readChecked} without the schema for a file that binds strictly: a record and no findings. A file that
     * does not bind is read again by {@link #readChecked}, so its findings are the ones validate gives.
     */
    static RecordIntegrity.Result readBound(Path file, String shown) {
        long[] modified = {-1};
        byte[] bytes = bytes(file, new Findings(RuleSet.DEFAULTS), modified);
        if (bytes != null) {
            try {
                VideoRecord r = STRICT_RECORD.readValue(bytes);
                if (r != null) {
                    return new RecordIntegrity.Result(r, List.of(), modified[0]);
                }
            } catch (IOException | IllegalArgumentException e) {
                // said properly below
            }
        }
        return readChecked(file, shown);
    }

    /** The hits of one read file as findings, each at its line (found once for all pointers). */
    private static List<Finding> locate(Read r, Findings out) {
        Map<String, Integer> lines = Map.of();
        if (r.bytes() != null && !out.hits().isEmpty()) {
            Set<String> pointers = new HashSet<>();
            out.hits().stream().filter(h -> h.pointer() != null).forEach(h -> pointers.add(h.pointer()));
            lines = JsonLines.lines(r.bytes(), pointers);
        }
        Map<String, Integer> at = lines;
        return bind(out.hits(), h -> new Location(r.shown(),
                h.line() != null ? h.line() : h.pointer() == null ? null : at.get(h.pointer()), h.pointer()));
    }

    /** @param modified when not null, gets the file's modification time (epoch ms) as read with its size */
    private static Read read(Path file, String shown, RecordSchema schema, Findings out, long[] modified) {
        byte[] bytes = bytes(file, out, modified);
        if (bytes == null) {
            return new Read(shown, null, null);
        }
        JsonNode tree;
        try {
            tree = READER.readTree(bytes);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            Integer line = loc == null || loc.getLineNr() < 1 ? null : loc.getLineNr();
            String where = loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")";
            String whereEn = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            // the same plain words as every other command uses for this file (JsonProblem), no parser internals
            JsonProblem problem = JsonProblem.of(e, null, bytes);
            if (problem.cutOff()) {
                out.addAtLine(Rules.UNREADABLE, line, "Het bestand houdt op bij regel " + line
                        + ", midden in het record (afgebroken?).", "The file " + problem.reason() + ".");
                return new Read(shown, bytes, null);
            }
            String msg = JsonProblem.syntax(e.getOriginalMessage());
            boolean encoding = msg.contains("UTF-8");
            out.addAtLine(Rules.UNREADABLE, line,
                    "Geen geldige JSON" + where + ": " + msg + (encoding ? "" : "."),
                    "Not valid JSON" + whereEn + ": " + msg + (encoding ? "" : "."));
            return new Read(shown, bytes, null);
        } catch (IOException e) {
            out.add(Rules.UNREADABLE, null, "Het bestand kan niet gelezen worden: " + e.getMessage(),
                    "The file cannot be read: " + e.getMessage());
            return new Read(shown, bytes, null);
        }
        if (tree == null || tree.isMissingNode()) {
            out.add(Rules.UNREADABLE, null, "Het bestand is leeg.", "The file is empty.");
            return new Read(shown, bytes, null);
        }
        boolean conforms = schema(tree, schema, out);
        VideoRecord record = null;
        try {
            record = RECORD.readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            if (conforms) { // otherwise the schema findings already say what is wrong
                String why = e instanceof IOException io ? JsonProblem.of(io, VideoRecord.class).reason()
                        : String.valueOf(e.getMessage());
                out.add(Rules.UNREADABLE, null, "Het record kan niet gelezen worden: " + why,
                        "The record cannot be read: " + why);
            }
        }
        return new Read(shown, bytes, record);
    }

    /** The file's bytes, or null with a finding that says why they cannot be read. */
    private static byte[] bytes(Path file, Findings out) {
        return bytes(file, out, null);
    }

    private static byte[] bytes(Path file, Findings out, long[] modified) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (modified != null) {
                modified[0] = attributes.lastModifiedTime().toMillis();
            }
            if (!attributes.isRegularFile()) {
                throw new IOException("not a regular file");
            }
            if (attributes.size() > MAX_RECORD_BYTES) {
                out.add(Rules.UNREADABLE, null,
                        "Het bestand is " + (attributes.size() >> 20) + " MB: dat is geen record (records zijn een paar KB).",
                        "The file is " + (attributes.size() >> 20) + " MB: that is not a record (records are a few KB).");
                return null;
            }
            // The size is known: one read of exactly that many bytes (readAllBytes asks for the size again and reads
            // until a second read says EOF; two system calls more per record). Records are replaced by rename, never
            // grown in place, so the size stat saw is the file's. RandomAccessFile reads straight into the array; a
            // FileChannel goes through a temporary direct buffer and costs more to open and close.
            try (RandomAccessFile in = open(file)) {
                byte[] bytes = new byte[(int) attributes.size()];
                int n = 0;
                for (int r; n < bytes.length && (r = in.read(bytes, n, bytes.length - n)) >= 0; n += r) {
                    // a short read: ask for the rest
                }
                return n < bytes.length ? Arrays.copyOf(bytes, n) : bytes;
            }
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "the file disappeared while validating" : e.getMessage();
            out.add(Rules.UNREADABLE, null, "Het bestand kan niet gelezen worden: " + why + ".",
                    "The file cannot be read: " + why + ".");
            return null;
        }
    }

    private static RandomAccessFile open(Path file) throws IOException {
        try {
            return new RandomAccessFile(file.toFile(), "r");
        } catch (FileNotFoundException e) {
            // java.io puts the reason only in its message; NIO's check names it by type (permission, gone)
            file.getFileSystem().provider().checkAccess(file, AccessMode.READ);
            throw e;
        }
    }

    private static boolean schema(JsonNode tree, RecordSchema schema, Findings out) {
        if (!out.wants(Rules.SCHEMA)) {
            return true;
        }
        List<RecordSchema.Violation> violations = schema.validate(tree);
        for (int i = 0; i < Math.min(violations.size(), MAX_SCHEMA_FINDINGS); i++) {
            RecordSchema.Violation v = violations.get(i);
            out.add(Rules.SCHEMA, v.pointer(), v.nl(), v.en());
        }
        if (violations.size() > MAX_SCHEMA_FINDINGS) {
            int more = violations.size() - MAX_SCHEMA_FINDINGS;
            out.add(Rules.SCHEMA, "", "En nog " + more + " schemafouten.", "And " + more + " more schema errors.");
        }
        return violations.isEmpty();
    }

    /** Inside a catalog, vidcat finds a record by its file name. */
    private void fileName(Path file, VideoRecord record, Findings out) {
        if (recordsDir == null || record.id() == null || !recordsDir.equals(folders.folder(file))) {
            return;
        }
        String expected = record.id() + ".json";
        if (!file.getFileName().toString().equals(expected)) {
            out.add(Rules.FILE_NAME, "/id",
                    "Het record heeft id '" + record.id() + "' maar het bestand heet " + file.getFileName()
                            + "; hernoem het naar " + expected + ".",
                    "The record has id '" + record.id() + "' but the file is named " + file.getFileName()
                            + "; rename it to " + expected + ".");
        }
    }

    private static String idFromName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : null;
    }
}
