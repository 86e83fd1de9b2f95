package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.RecordIds;
import nl.vidcat.io.VidcatException;
import nl.vidcat.ingest.ImportFolderProbe;

/**
 * No input escapes the catalog or the import folder: whatever a sheet, a record or a title says, vidcat either
 * resolves it to a path inside, or refuses it with a plain message. Random strings are built from the characters
 * that make paths dangerous ('..', separators, drive letters, NUL, unicode look-alikes).
 */
class PathSafetyPropertiesTest {

    private static Path base;
    private static Catalog catalog;
    private static Path importRoot;

    @BeforeContainer
    static void setUp() throws IOException {
        base = Files.createTempDirectory("vidcat-paths");
        catalog = Catalog.openOrCreate(base.resolve("catalog"));
        importRoot = Files.createDirectories(base.resolve("in"));
        Files.createDirectories(importRoot.resolve("sub"));
        Files.writeString(importRoot.resolve("sub/clip.mp4"), "x");
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.mp4"), "x");
        // A directory link inside the import folder that points out of it.
        Files.createSymbolicLink(importRoot.resolve("escape"), outside);
        Files.createSymbolicLink(importRoot.resolve("link.mp4"), outside.resolve("secret.mp4"));
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var walk = Files.walk(base)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("..", ".", "/", "\\", "//", "C:", "c:\\", "\0", "%2e%2e", "~",
                "sub", "clip.mp4", "escape", "secret.mp4", "link.mp4", "media", "records", "a", " ", "\u2024\u2024",
                "\uFF0F", "\u00e9", "CLIP.MP4", "catalog.json", "../outside");
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void catalogResolveStaysInside(@ForAll("hostile") String s) throws IOException {
        Path p;
        try {
            p = catalog.resolve(s);
        } catch (VidcatException e) {
            return;
        }
        Path root = catalog.dir().toRealPath();
        assertTrue(p.toAbsolutePath().normalize().startsWith(root), s + " -> " + p);
    }

    @Property(tries = 2000)
    void importNamesStayInside(@ForAll("hostile") String s) throws IOException {
        Path p = ImportFolderProbe.resolve(importRoot, s);
        if (p == null) {
            return;
        }
        assertTrue(p.toRealPath().startsWith(importRoot.toRealPath()), s + " -> " + p.toRealPath());
    }

    @net.jqwik.api.Example
    void linksOutOfTheFolderAreRefused() {
        for (String name : new String[] {"escape/secret.mp4", "link.mp4", "ESCAPE/secret.mp4", "sub/../escape/secret.mp4"}) {
            assertTrue(ImportFolderProbe.resolve(importRoot, name) == null, name);
        }
        assertTrue(ImportFolderProbe.resolve(importRoot, "sub/clip.mp4") != null);
        assertTrue(ImportFolderProbe.resolve(importRoot, "clip.mp4") != null, "a bare name finds the unique file");
    }

    @Property(tries = 2000)
    void idsAreSafeFileNames(@ForAll String title, @ForAll("hashes") String sha) {
        String id = RecordIds.newId(title, sha, x -> false);
        assertTrue(RecordIds.isValid(id), id);
        Path f = catalog.recordFile(id);
        assertTrue(f.getParent().equals(catalog.recordsDir()), id);
    }

    @Provide
    Arbitrary<String> hashes() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
    }
}
