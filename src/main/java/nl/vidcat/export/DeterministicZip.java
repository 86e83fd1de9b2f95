package nl.vidcat.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose bytes depend only on its content: entries sorted by name, one fixed timestamp (set as local DOS time,
 * so the time zone of the machine does not leak in), no extra fields, fixed compression. Names are checked to be
 * plain relative paths, so no unzip tool can be tricked into writing outside its target (zip slip).
 */
final class DeterministicZip {

    /** 1 January 2000: any fixed value would do; this one is inside the DOS date range. */
    static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Set<String> COMPRESSED = Set.of("mp4", "m4v", "webm", "mov", "jpg", "jpeg", "webp", "png");

    private final Map<String, Object> entries = new TreeMap<>();

    DeterministicZip add(String name, byte[] content) {
        put(name, content);
        return this;
    }

    DeterministicZip add(String name, Path file) {
        put(name, file);
        return this;
    }

    private void put(String name, Object content) {
        if (!isSafe(name)) {
            throw new IllegalArgumentException("unsafe zip entry name '" + name + "'");
        }
        if (entries.putIfAbsent(name, content) != null) {
            throw new IllegalArgumentException("duplicate zip entry '" + name + "'");
        }
    }

    /** Relative, '/'-separated, no '..' or '.' segments, no drive letters or backslashes, only portable characters. */
    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.length() > 240) {
            return false;
        }
        for (String seg : name.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || !seg.matches("[A-Za-z0-9._-]+")) {
                return false;
            }
        }
        return true;
    }

    void writeTo(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.setLevel(6);
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            ZipEntry ze = new ZipEntry(e.getKey());
            ze.setTimeLocal(TIME);
            boolean store = COMPRESSED.contains(extension(e.getKey()));
            if (store) {
                // already compressed media: storing saves time and changes nothing in size
                ze.setMethod(ZipEntry.STORED);
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = open(e.getValue())) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        crc.update(buf, 0, n);
                        size += n;
                    }
                }
                ze.setSize(size);
                ze.setCompressedSize(size);
                ze.setCrc(crc.getValue());
            }
            zip.putNextEntry(ze);
            try (InputStream in = open(e.getValue())) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static InputStream open(Object content) throws IOException {
        return content instanceof byte[] b ? new java.io.ByteArrayInputStream(b) : Files.newInputStream((Path) content);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
