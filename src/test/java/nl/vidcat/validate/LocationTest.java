package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void foldersShowEachFileAsDisplayDoesAndKnowItsFolder() {
        Location.Folders folders = new Location.Folders();
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p : new Path[] {Path.of("a.json"), Path.of("records/a.json"), Path.of("./records/../b.json"),
                cwd.resolve("records/c.json"), cwd.resolve("d.json"), Path.of("/"), Path.of("/tmp/e.json"),
                Path.of("records/.."), cwd.getParent().resolve("elsewhere/f.json")}) {
            assertEquals(Location.display(p), folders.display(p), p.toString());
            assertEquals(Location.display(p), folders.display(p), p + " (folder cached)");
            // the file-name rule compares this with the catalog's records folder
            assertEquals(p.toAbsolutePath().normalize().getParent(), folders.folder(p), p + " (folder)");
        }
        assertEquals("records/a.json", folders.display(cwd.resolve("records/a.json")));
    }
}
