package nl.vidcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLayoutTest {

    /** The layout a curator sees; changing it breaks every existing catalog, so it is spelled out here. */
    @Test
    void namesEveryPathOfACatalog() {
        Path root = Path.of("/school/catalogus");
        CatalogLayout l = CatalogLayout.of(root);
        assertEquals(root.resolve("catalog.json"), l.settingsFile());
        assertEquals(root.resolve("profiles.json"), l.profilesFile());
        assertEquals(root.resolve("records/abc.json"), l.recordFile("abc"));
        assertEquals(root.resolve("media/abc"), l.mediaDir("abc"));
        assertEquals(root.resolve("index"), l.indexDir());
        assertEquals(root.resolve("history/abc"), l.historyDir("abc"));
        assertEquals(root.resolve("logs/vidcat.log"), l.logFile());
        assertEquals(root.resolve("lost+found"), l.lostFoundDir());
        assertEquals(root.resolve(".lock"), l.lockFile());
        assertEquals(root.resolve(".records.lock"), l.recordsLockFile());
        assertEquals(root.resolve("report"), l.reportDir());
        assertEquals(root.resolve("export/nl-lom"), l.exportDir("nl-lom"));
        assertEquals("media/abc/source.mp4", CatalogLayout.mediaFile("abc", "source.mp4"));
        assertEquals("media/abc", CatalogLayout.mediaFolder("abc"));
        assertEquals("records/abc.json", CatalogLayout.recordsEntry("abc.json"));
    }

    @Test
    void recognisesACatalogAndItsRecordsFolder(@TempDir Path tmp) throws IOException {
        Path cat = tmp.resolve("cat");
        assertFalse(CatalogLayout.isCatalog(cat));
        Catalog.openOrCreate(cat);
        assertTrue(CatalogLayout.isCatalog(cat));
        assertTrue(CatalogLayout.isRecordsDir(cat.resolve("records")));
        assertFalse(CatalogLayout.isRecordsDir(cat.resolve("media")));
        Files.createDirectories(tmp.resolve("elders/records"));
        assertFalse(CatalogLayout.isRecordsDir(tmp.resolve("elders/records")), "a records folder outside a catalog");
        assertEquals("logs/\nindex/\n.lock\n.*.part-*\n", Files.readString(cat.resolve(".gitignore")));
    }

    /** Nothing but CatalogLayout builds a catalog path from the folder and file names it owns. */
    @Test
    void noOtherClassBuildsCatalogPaths() throws IOException {
        Pattern built = Pattern.compile("resolve\\(\"(catalog\\.json|profiles\\.json|records|media|index|history|logs"
                + "|report|export|lost\\+found|\\.lock|\\.records\\.lock|\\.gitignore)\"\\)"
                + "|\"(media|records|history|lost\\+found)/\"\\s*\\+");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.endsWith("CatalogLayout.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = built.matcher(lines.get(i));
                    if (m.find()) {
                        found.add(f + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "build these paths with CatalogLayout");
    }
}
