package nl.vidcat.reliability;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;

/**
 * One way a catalog goes wrong in real life (a hand edit, a sync tool, a crash, a full or read-only disk), applied to
 * record {@code id} of a copy of a healthy catalog. The rows of {@link FaultMatrixTest}.
 */
enum Fault {

    /** Control row: the healthy catalog, so the expectations of the other rows are read against a known baseline. */
    NONE("none (control)"),
    /** Cut off mid-way, as a sync tool or an editor on a full disk leaves it. */
    TRUNCATED_RECORD("truncated record") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            Path f = record(catalog, id);
            byte[] all = Files.readAllBytes(f);
            Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        }
    },
    /** The hand edit of issue 17: keywords typed as one string instead of a list. */
    WRONG_TYPE("wrong type in record") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            edit(record(catalog, id), "\"keywords\" : \\[[^\\]]*\\]", "\"keywords\" : \"breuken, ggd\"");
        }
    },
    /** A field vidcat does not know, added by hand (the schema allows none). */
    UNKNOWN_FIELD("unknown field") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            edit(record(catalog, id), "\"schemaVersion\"", "\"opmerking\" : \"nog naar kijken met de sectie\",\n  $0");
        }
    },
    /**
     * An older copy under another name claiming the same id ("kopie.json", as a file manager names it, saved before
     * the video was approved): whatever reads it as the record would undo the approval.
     */
    STRAY_DUPLICATE("duplicate id in a stray file") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            Path copy = Files.copy(record(catalog, id), catalog.resolve(CatalogLayout.RECORDS_DIR).resolve("kopie.json"));
            edit(copy, "\"status\" : \"approved\"", "\"status\" : \"draft\"");
        }
    },
    DELETED_RENDITION("deleted rendition") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            Files.delete(rendition(catalog, id));
        }
    },
    /** Bit rot or a bad copy: same size, other content. */
    FLIPPED_BYTE("flipped byte in a rendition") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            Path f = rendition(catalog, id);
            byte[] all = Files.readAllBytes(f);
            all[all.length / 2] ^= (byte) 0xFF;
            Files.write(f, all);
        }
    },
    /** What a kill -9 mid-write leaves: half a record and half a rendition under temp names. */
    TEMP_FILE("leftover temp file") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            byte[] rec = Files.readAllBytes(record(catalog, id));
            Files.write(AtomicFiles.tempFor(record(catalog, id)), java.util.Arrays.copyOf(rec, rec.length / 3));
            Path r = rendition(catalog, id);
            Files.write(AtomicFiles.tempFor(r), java.util.Arrays.copyOf(Files.readAllBytes(r), 4096));
        }
    },
    /** The lock file of a process that died long ago (the OS lock is free; only the text names the dead holder). */
    STALE_LOCK("stale lock") {
        @Override
        void apply(Path catalog, String id) throws IOException {
            Files.writeString(catalog.resolve(".lock"), "pid 4194303 (run, since 2026-01-05T07:00:00Z)\n");
        }
    },
    /** The catalog on a read-only mount (a backup snapshot, a share mounted ro); see {@link FolderFaults}. */
    READ_ONLY("read-only catalog"),
    /** The catalog's file system has no free block left; see {@link FolderFaults}. */
    FULL_DISK("full disk");

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Whether the fault is the file system's, so vidcat runs in a child JVM inside {@link FolderFaults}. */
    boolean sealed() {
        return this == READ_ONLY || this == FULL_DISK;
    }

    /** Damages the catalog; the two disk rows change the file system instead, not the files. */
    void apply(Path catalog, String id) throws IOException {
    }

    static Path record(Path catalog, String id) {
        return catalog.resolve(CatalogLayout.RECORDS_DIR).resolve(id + ".json");
    }

    /** The record's first rendition. */
    static Path rendition(Path catalog, String id) throws IOException {
        return catalog.resolve(Catalog.read(record(catalog, id)).media().renditions().get(0).file());
    }

    /** Replaces the first match of {@code regex} the way a person editing the file would. */
    private static void edit(Path f, String regex, String replacement) throws IOException {
        String json = Files.readString(f, StandardCharsets.UTF_8);
        String edited = json.replaceFirst(regex, replacement);
        if (edited.equals(json)) {
            throw new IllegalStateException(f + " has no " + regex);
        }
        Files.writeString(f, edited, StandardCharsets.UTF_8);
    }
}
