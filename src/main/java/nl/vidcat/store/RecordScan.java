package nl.vidcat.store;

import nl.vidcat.io.Json;
import nl.vidcat.io.JsonProblem;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.VideoRecord;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The record files of a catalog read once, with nothing hidden: the readable records, the files that cannot be read
 * (with the reason in plain words and the line), and stray files whose name does not match the id inside. The file
 * named {@code <id>.json} is the record of that id; a copy under another name never stands in for it. Stages that
 * act on records report the unreadable files and strays as failures instead of treating them as absent.
 */
public final class RecordScan {

    private static final Logger LOG = LogManager.getLogger(RecordScan.class);

    /** A record file that cannot be read; {@code id} is taken from the file name (null if it is not a valid id). */
    public record Unreadable(String id, String file, JsonProblem problem) {
        /** {@code records/x.json line 7: 'metadata.keywords' should be a list of texts but is a text ("a, b")}. */
        public String message() {
            return file + (problem.line() == null ? " " : " line " + problem.line() + ": ") + problem.reason();
        }
    }

    /**
     * A readable file whose name is not {@code <id>.json} for the id it holds.
     *
     * @param shadowed the real {@code <id>.json} exists; the stray is then an old copy, not the record
     */
    public record Stray(String file, String id, boolean shadowed) {
        public String message() {
            String name = id + ".json";
            return shadowed
                    ? file + " is a stray copy of record '" + id + "' (the record itself is " + CatalogLayout.RECORDS_DIR + "/"
                    + name + "); it is ignored: remove it or move it out of the " + CatalogLayout.RECORDS_DIR + " folder"
                    : file + " holds record '" + id + "' but is not named " + name + ", so vidcat does not use it;"
                    + " rename it to " + name;
        }
    }

    private final List<VideoRecord> records;
    private final List<Unreadable> unreadable;
    private final List<Stray> strays;

    private RecordScan(List<VideoRecord> records, List<Unreadable> unreadable, List<Stray> strays) {
        this.records = records;
        this.unreadable = List.copyOf(unreadable);
        this.strays = List.copyOf(strays);
    }

    /** Every record file of the catalog, in id order. */
    public static RecordScan of(Catalog catalog) {
        return read(catalog, catalog.recordFiles());
    }

    /** The records named by {@code ids} (duplicates once), or all when empty; an unknown id is a usage error. */
    public static RecordScan of(Catalog catalog, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return of(catalog);
        }
        List<Path> files = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Path f = RecordIds.isValid(id) ? catalog.recordFile(id) : null;
            if (f == null || !Files.isRegularFile(f)) {
                throw VidcatException.usage("no record with id '" + id + "' in " + catalog.dir());
            }
            files.add(f);
        }
        return read(catalog, files);
    }

    private static RecordScan read(Catalog catalog, List<Path> files) {
        List<VideoRecord> records = new ArrayList<>(files.size());
        List<Unreadable> unreadable = new ArrayList<>();
        List<Stray> strays = new ArrayList<>();
        for (Path f : files) {
            VideoRecord r;
            byte[] bytes = null;
            try {
                bytes = Files.readAllBytes(f);
                r = Catalog.parse(bytes);
            } catch (IOException e) {
                Unreadable u = unreadable(catalog, f, e, bytes);
                LOG.info("unreadable record {}", u.message()); // the stage reports it, with its own words
                unreadable.add(u);
                continue;
            }
            String named = idOf(f);
            if (r.id() != null && r.id().equals(named)) {
                records.add(r);
            } else if (r.id() == null || !RecordIds.isValid(r.id())) {
                unreadable.add(new Unreadable(named, catalog.relativize(f), new JsonProblem(null, r.id() == null
                        ? "has no 'id'" : "'id' \"" + r.id() + "\" is not a valid record id")));
            } else {
                strays.add(new Stray(catalog.relativize(f), r.id(), Files.isRegularFile(catalog.recordFile(r.id()))));
            }
        }
        return new RecordScan(records, unreadable, strays);
    }

    /** The readable records, each from its own {@code <id>.json}, in id order. */
    public List<VideoRecord> records() {
        return records;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    public List<Stray> strays() {
        return strays;
    }

    /** True when every record file was read and is where it belongs. */
    public boolean complete() {
        return unreadable.isEmpty() && strays.isEmpty();
    }

    /** One line per unreadable file and per stray, for a stage's failure list. */
    public List<String> problems() {
        List<String> out = new ArrayList<>(unreadable.size() + strays.size());
        unreadable.forEach(u -> out.add(u.message()));
        strays.forEach(s -> out.add(s.message()));
        return out;
    }

    /** The one record read, or a findings error (exit 1) saying why it cannot be used. */
    VideoRecord requireReadable() {
        if (!complete() || records.size() != 1) {
            throw new VidcatException(VidcatException.FINDINGS, String.join("; ", problems()));
        }
        return records.get(0);
    }

    /** Why {@code file} cannot be read, or empty when it reads as a record (or does not exist). */
    public static Optional<Unreadable> check(Catalog catalog, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            Catalog.parse(bytes);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(unreadable(catalog, file, e, bytes));
        }
    }

    /**
     * Refuses to replace a record file that exists but cannot be read: its bytes may be the only copy of curated work
     * (a hand edit gone wrong, a file cut off by a full disk). Exit 1, file untouched.
     */
    static void requireReplaceable(Catalog catalog, Path file) {
        check(catalog, file).ifPresent(u -> {
            throw new VidcatException(VidcatException.FINDINGS, u.message() + ". vidcat does not replace a record"
                    + " file it cannot read, so it was left as it is: fix it by hand, or put back its last good version with"
                    + " 'vidcat restore " + (u.id() == null ? "ID" : u.id()) + "', and run the command again");
        });
    }

    /** @param bytes what was read of the file, or null */
    static Unreadable unreadable(Catalog catalog, Path file, IOException e, byte[] bytes) {
        return new Unreadable(RecordIds.isValid(idOf(file)) ? idOf(file) : null, catalog.relativize(file),
                JsonProblem.of(e, VideoRecord.class, bytes));
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /**
     * The {@code source.sha256} of a record file that does not bind, read as far as the file goes: ingest recognizes
     * its video by it. Empty when the file breaks off before it.
     */
    public static Optional<String> sourceSha256(Path file) {
        try (JsonParser p = Json.mapper().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("source") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING && inner.equals("sha256")) {
                            return Optional.of(p.getText());
                        }
                        p.skipChildren();
                    }
                    return Optional.empty();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // broke off before the source: nothing to recognize it by
        }
        return Optional.empty();
    }
}
