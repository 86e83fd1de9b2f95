package nl.vidcat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordScan;

/**
 * The record files ingest must not write over: unreadable ones (a hand edit gone wrong, a file cut off) and strays.
 * An unreadable record is still recognized as the record of its video, by the {@code source.sha256} that can still be
 * read from it or else by its id, which ends in the start of that hash; ingest then reports the row instead of
 * creating a second record or a fresh draft, and leaves the file as it is.
 */
final class DamagedRecords {

    static final DamagedRecords NONE = new DamagedRecords(Map.of(), List.of(), Set.of());

    private final Map<String, RecordScan.Unreadable> bySha;
    /** Unreadable files with no readable hash: matched by the hash part of their id. */
    private final List<RecordScan.Unreadable> byIdOnly;
    private final Set<String> ids;

    private DamagedRecords(Map<String, RecordScan.Unreadable> bySha, List<RecordScan.Unreadable> byIdOnly,
                           Set<String> ids) {
        this.bySha = bySha;
        this.byIdOnly = byIdOnly;
        this.ids = ids;
    }

    static DamagedRecords of(Catalog catalog, RecordScan scan) {
        Map<String, RecordScan.Unreadable> bySha = new HashMap<>();
        List<RecordScan.Unreadable> byIdOnly = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RecordScan.Unreadable u : scan.unreadable()) {
            if (u.id() != null) {
                ids.add(u.id());
            }
            RecordScan.sourceSha256(catalog.resolve(u.file())).ifPresentOrElse(sha -> bySha.putIfAbsent(sha, u),
                    () -> byIdOnly.add(u));
        }
        for (RecordScan.Stray s : scan.strays()) {
            ids.add(s.id());
        }
        return new DamagedRecords(bySha, byIdOnly, ids);
    }

    /** Ids no new record may take. */
    Set<String> ids() {
        return ids;
    }

    /** Why a video with this hash cannot be imported now, or null when no unreadable record is its record. */
    String recordOf(String sha256) {
        RecordScan.Unreadable u = bySha.get(sha256);
        if (u == null) {
            u = byIdOnly.stream().filter(x -> x.id() != null && sha256.startsWith(hashPart(x.id()))).findFirst()
                    .orElse(null);
        }
        return u == null ? null : "its record cannot be read: " + u.message() + ". The record was left as it is;"
                + " fix it by hand, or put back its last good version with 'vidcat restore " + (u.id() == null ? "ID" : u.id()) + "', then run"
                + " ingest again";
    }

    /** "breuken-vereenvoudigen-3f9a2c1d" -> "3f9a2c1d"; ids end in at least 8 hex digits of the source hash. */
    private static String hashPart(String id) {
        String last = id.substring(id.lastIndexOf('-') + 1);
        return last.length() >= 8 && last.matches("[0-9a-f]+") ? last : "\0";
    }
}
