package nl.vidcat.reliability;

import nl.vidcat.store.CatalogLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.vidcat.store.Catalog;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of disk space mid-import: a clear message (no stack trace), exit 1, the previous catalog intact byte
 * for byte, nothing half-written, and the same command completes once there is room again. Simulated everywhere
 * with a file size limit (writes fail with EFBIG, as they fail with ENOSPC on a full disk); on a real small tmpfs
 * as well where this machine allows mounting one.
 */
@Tag("slow")
class DiskFullTest {

    @TempDir
    Path tmp;
    Path in;
    Path log;

    @BeforeEach
    void videos() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("klein-1.mp4"), 160, 120, 1, true);
        VideoFixtures.clip(in.resolve("klein-2.mp4"), 176, 144, 1, true);
        log = tmp.resolve("child.log");
    }

    private void addBigVideo() throws Exception {
        VideoFixtures.clip(in.resolve("groot.mp4"), 1280, 720, 3, true);
    }

    @Test
    void fileSizeLimitActsLikeAFullDisk() throws Exception {
        Path cat = tmp.resolve("catalog");
        // Without a sheet the videos get a "no metadata" problem: exit 1 is expected, 2 or 3 is not.
        assertTrue(ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString()) <= 1,
                "first import: " + Files.readString(log));
        Map<String, String> before = snapshot(cat);
        addBigVideo();
        long bigKib = Files.size(in.resolve("groot.mp4")) / 1024;
        int code = ChildVidcat.run(ChildVidcat.withFileSizeLimit(bigKib / 2, log, "ingest", in.toString(),
                "--catalog", cat.toString()));
        assertFullDiskHandled(code, cat, before);
        assertTrue(ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString()) <= 1,
                "with room again: " + Files.readString(log));
        assertEquals(3, Catalog.open(cat).records().size());
        CatalogConsistency.assertConsistent(cat);
    }

    @Test
    void realFullTmpfs() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        addBigVideo();
        Path big = Files.move(in.resolve("groot.mp4"), tmp.resolve("groot.mp4"));
        // Room for the two small videos (and the log), not for the big one.
        long kib = Math.max(256, 2 * (Files.size(in.resolve("klein-1.mp4")) + Files.size(in.resolve("klein-2.mp4")))
                / 1024 + 128);
        Assumptions.assumeTrue(Files.size(big) / 1024 > kib, "the big video would fit");
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs here (not root or no CAP_SYS_ADMIN); the file size limit test covers this");
        try {
            Path cat = mount.resolve("catalog");
            ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString());
            Map<String, String> before = snapshot(cat);
            assertEquals(2, before.keySet().stream().filter(k -> k.startsWith("records/")).count(), before.toString());
            Files.move(big, in.resolve("groot.mp4"));
            int code = ChildVidcat.run(log, "ingest", in.toString(), "--catalog", cat.toString());
            assertFullDiskHandled(code, cat, before);
        } finally {
            sh("umount", "-l", mount.toString());
        }
    }

    private void assertFullDiskHandled(int code, Path cat, Map<String, String> before) throws IOException {
        String out = Files.readString(log);
        assertEquals(1, code, out);
        assertTrue(out.contains("out of disk space"), out);
        assertFalse(out.contains("Exception") || out.contains("internal error"), "no stack trace: " + out);
        Map<String, String> after = snapshot(cat);
        after.keySet().retainAll(before.keySet());
        assertEquals(before, after, "what was there before is intact");
        CatalogConsistency.assertNoTempFiles(cat);
        CatalogConsistency.assertConsistent(cat);
    }

    /** Content hashes of records and media (logs and the lock file change on every run). */
    private static Map<String, String> snapshot(Path cat) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String sub : new String[] {"records", "media"}) {
            Path d = cat.resolve(sub);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var walk = Files.walk(d)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    m.put(cat.relativize(p).toString(), sha256(p));
                }
            }
        }
        m.put("catalog.json", sha256(cat.resolve(CatalogLayout.SETTINGS_FILE)));
        return m;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
