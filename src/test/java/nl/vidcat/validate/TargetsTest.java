package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders of record files as PATHS: a flat folder is listed the way a catalog is, a tree is walked. */
class TargetsTest {

    @TempDir
    Path tmp;

    @Test
    void aFlatFolderIsOneSourceInNameOrderWithoutTempsOrOtherFiles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("los"));
        for (String id : List.of("c-00000000", "a-00000000", "b-00000000")) {
            Files.write(dir.resolve(id + ".json"), Json.pretty(record(id)));
        }
        Files.write(dir.resolve("D-00000000.JSON"), Json.pretty(record("d-00000000")));
        Files.writeString(dir.resolve("notities.txt"), "geen record");
        Files.writeString(dir.resolve(".a-00000000.json.part-1"), "{half");
        List<Source> sources = new Targets(tmp.resolve("catalog")).resolve(List.of(dir));
        assertEquals(1, sources.size());
        ValidateFixtures.Collected c = ValidateFixtures.run(sources, 2);
        assertEquals(List.of("D-00000000.JSON", "a-00000000.json", "b-00000000.json", "c-00000000.json"),
                c.items.stream().map(i -> Path.of(i.file()).getFileName().toString()).toList());
        assertEquals(List.of(), c.ruleIds(), "outside a catalog any file name is fine");
    }

    @Test
    void aCatalogsRecordsFolderGetsTheCatalogsRules() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat.save(ValidateFixtures.clean("a-00000000"));
        Files.move(cat.recordFile("a-00000000"), cat.recordsDir().resolve("b-00000000.json"));
        ValidateFixtures.Collected c = ValidateFixtures.run(new Targets(cat.dir()).resolve(List.of(cat.recordsDir())), 2);
        assertEquals(List.of(Rules.FILE_NAME.id()), c.ruleIds());
    }

    @Test
    void aTreeOfFoldersIsWalkedInPathOrder() throws IOException {
        Path top = Files.createDirectories(tmp.resolve("boom"));
        Files.createDirectories(top.resolve("b"));
        Files.write(top.resolve("b/x-00000000.json"), Json.pretty(record("x-00000000")));
        Files.write(top.resolve("a-00000000.json"), Json.pretty(record("a-00000000")));
        Files.write(top.resolve("c-00000000.json"), Json.pretty(record("c-00000000")));
        ValidateFixtures.Collected c = ValidateFixtures.run(new Targets(tmp.resolve("catalog")).resolve(List.of(top)), 2);
        List<String> files = c.items.stream().map(ItemReport::file).toList();
        assertEquals(3, files.size());
        assertTrue(files.get(0).endsWith("a-00000000.json") && files.get(1).endsWith("b/x-00000000.json")
                && files.get(2).endsWith("c-00000000.json"), files::toString);
    }

    /** A clean record with a title of its own (the same title twice would add duplicate-title reports). */
    private static nl.vidcat.model.VideoRecord record(String id) {
        return ValidateFixtures.edit(ValidateFixtures.clean(id), m -> m.title = "Uitleg over " + id);
    }
}
