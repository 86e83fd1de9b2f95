package nl.vidcat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.cli.CliRun;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as users and scripts see it: exit codes, clean messages, no stack traces. */
class IngestCommandTest {

    @TempDir
    Path tmp;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void exitCodesAndMessages() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(f.resolve("a.mp4"), 160, 120, 1, true);
        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\nweg.mp4;Weg\n");
        String cat = tmp.resolve("cat").toString();

        CliRun.Result missing = run("ingest", tmp.resolve("nope").toString(), "--catalog", cat);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertFalse(missing.err().contains("at nl.vidcat"), "no stack trace: " + missing.err());

        CliRun.Result badOption = run("ingest", f.toString(), "--jobs", "zero", "--catalog", cat);
        assertEquals(2, badOption.code());

        CliRun.Result first = run("--catalog", cat, "ingest", f.toString(), "--metadata", f.resolve("m.csv").toString());
        assertEquals(1, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("line 3: weg.mp4: file 'weg.mp4' not found"), first.out());
        assertTrue(first.out().contains("1 new, 0 updated, 0 unchanged, 1 rejected"), first.out());

        // issue 17: a file name from the sheet that would retitle and clear the terminal is printed escaped
        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\n\"\u001B]0;pwned\u0007\u001B[2J\u202Egnp.mp4\";X\n");
        CliRun.Result hostile = run("--catalog", cat, "ingest", f.toString(), "--metadata", f.resolve("m.csv").toString());
        assertEquals(1, hostile.code(), hostile.out() + hostile.err());
        assertEquals(-1, ControlCharacters.indexOf(hostile.out() + hostile.err()), hostile.out() + hostile.err());
        assertTrue(hostile.out().contains("line 3: <U+001B>]0;pwned<U+0007><U+001B>[2J<U+202E>gnp.mp4: file"),
                hostile.out());

        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\n");
        CliRun.Result again = run("ingest", f.toString(), "--catalog", cat);
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("0 new, 0 updated, 1 unchanged, 0 rejected"), again.out());
    }

    @Test
    void busyCatalogExitsTwoNamingTheHolder() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in"));
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        try (CatalogLock held = c.lock("index", Duration.ZERO)) {
            CliRun.Result r = run("ingest", f.toString(), "--catalog", c.dir().toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("in use by another vidcat process"), r.err());
            assertTrue(r.err().contains("pid " + ProcessHandle.current().pid()), r.err());
        }
    }

    @Test
    void rerunOfMoveReportsMovedRowsAsUnchanged() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(f.resolve("a.mp4"), 160, 120, 1, true);
        VideoFixtures.clip(f.resolve("b.mp4"), 176, 144, 1, true);
        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\nb.mp4;Twee\n");
        String cat = tmp.resolve("cat").toString();
        CliRun.Result first = run("ingest", f.toString(), "--move", "--catalog", cat);
        assertEquals(0, first.code(), first.all());
        assertFalse(Files.exists(f.resolve("a.mp4")), "moved");

        CliRun.Result again = run("ingest", f.toString(), "--move", "--catalog", cat);
        assertEquals(0, again.code(), again.all());
        assertTrue(again.out().contains("0 new, 0 updated, 2 unchanged, 0 rejected"), again.out());
        assertTrue(again.out().contains("moved into the catalog by an earlier 'ingest --move'"), again.out());

        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een andere titel\nb.mp4;Twee\n");
        CliRun.Result changed = run("ingest", f.toString(), "--move", "--catalog", cat);
        assertEquals(1, changed.code(), changed.all());
        assertTrue(changed.out().contains("this row changes its metadata; copy media/"), changed.out());
    }

    @Test
    void namedPipesAndNulsAreExplained() throws Exception {
        Path f = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(f.resolve("a.mp4"), 160, 120, 1, true);
        assertEquals(0, new ProcessBuilder("mkfifo", f.resolve("d.mp4").toString()).start().waitFor());
        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\nx\0y.mp4;Nul\n");
        CliRun.Result r = run("ingest", f.toString(), "--catalog", tmp.resolve("cat").toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.out().contains("d.mp4: not a regular file but a named pipe"), r.out());
        assertTrue(r.out().contains("contains a NUL character"), r.out());
        assertFalse(r.out().contains("absolute path"), r.out());

        Files.writeString(f.resolve("m.csv"), "bestand;titel\na.mp4;Een titel\nd.mp4;Pijp\n");
        CliRun.Result named = run("ingest", f.toString(), "--catalog", tmp.resolve("cat").toString());
        assertTrue(named.out().contains("'d.mp4' is not a regular file but a named pipe"), named.out());
    }
}
