package nl.vidcat.reliability;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;

/**
 * The SHA-256 of every record file of a catalog (everything in records/ but temp files, plus catalog.json): what
 * people typed, and what "no record byte lost" is checked against.
 */
record RecordBytes(Map<String, String> hashes) {

    static RecordBytes of(Path catalog) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(catalog.resolve(CatalogLayout.RECORDS_DIR))) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !AtomicFiles.isTemp(p)).toList()) {
                m.put(catalog.relativize(p).toString(), sha256(p));
            }
        }
        m.put(CatalogLayout.SETTINGS_FILE, sha256(catalog.resolve(CatalogLayout.SETTINGS_FILE)));
        return new RecordBytes(m);
    }

    /**
     * The record files of this snapshot whose bytes {@code after} no longer holds: changed or gone, and not kept
     * anywhere else in the catalog either (a copy moved to lost+found/ or a history folder is not lost).
     * {@code mayChange} names files the command was asked to rewrite.
     */
    List<String> lostIn(Path after, Set<String> mayChange) throws IOException {
        Set<String> kept = null;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            Path now = after.resolve(e.getKey());
            if (mayChange.contains(e.getKey()) || Files.isRegularFile(now) && sha256(now).equals(e.getValue())) {
                continue;
            }
            if (kept == null) {
                kept = everywhere(after);
            }
            if (!kept.contains(e.getValue())) {
                lost.add(e.getKey());
            }
        }
        return lost;
    }

    /** Hashes of every file in the catalog outside media/ and index/ (which never hold records). */
    private static Set<String> everywhere(Path catalog) throws IOException {
        Set<String> all = new HashSet<>();
        try (Stream<Path> s = Files.walk(catalog)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String top = catalog.relativize(p).getName(0).toString();
                if (!top.equals("media") && !top.equals("index")) {
                    all.add(sha256(p));
                }
            }
        }
        return all;
    }

    static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
