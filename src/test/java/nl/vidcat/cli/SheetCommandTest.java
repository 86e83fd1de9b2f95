package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.io.DecodedText;
import nl.vidcat.media.VideoFixtures;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat sheet} as a coordinator runs it: what it prints and how it exits. */
class SheetCommandTest {

    @TempDir
    Path tmp;

    private static void assertNoStackTrace(CliRun.Result r) {
        assertFalse(r.all().contains("\tat ") || r.all().contains("Exception"), "no stack trace: " + r.all());
    }

    @Test
    void writesTheSheetThenAddsAndReports() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("breuken_vereenvoudigen-v2.mp4"), 160, 120, 1, false);
        // a catalog inside the folder is not scanned, as ingest leaves it alone
        Catalog c = Catalog.openOrCreate(in.resolve("catalog"));
        Files.copy(in.resolve("breuken_vereenvoudigen-v2.mp4"), c.dir().resolve("kopie.mp4"));
        String cat = c.dir().toString();

        CliRun.Result first = CliRun.run("--catalog", cat, "sheet", in.toString());
        assertEquals(0, first.code(), first.all());
        assertTrue(first.out().contains("Sheet " + in.resolve("metadata.csv") + " (windows-1252, ';'-separated):"
                + " created"), first.out());
        assertTrue(first.out().contains("  added     line 2: breuken_vereenvoudigen-v2.mp4: \"Breuken vereenvoudigen\","
                + " 0:01"), first.out());
        assertTrue(first.out().endsWith("1 added, 0 already in the sheet, 0 missing" + System.lineSeparator()),
                first.out());

        Path sheet = in.resolve("metadata.csv");
        Files.writeString(sheet, Files.readString(sheet, DecodedText.WINDOWS_1252) + "weg.mp4;Weg\r\n",
                DecodedText.WINDOWS_1252);
        VideoFixtures.clip(in.resolve("nieuw.mp4"), 176, 144, 1, false);
        CliRun.Result second = CliRun.run("--catalog", cat, "sheet", in.toString(), "-q");
        assertEquals(1, second.code(), "a row's video is gone: " + second.all());
        assertTrue(second.out().contains("rows added"), second.out());
        assertTrue(second.out().contains("  missing   line 3: file 'weg.mp4' not found in the import folder; the row"
                + " is kept"), second.out());
        assertFalse(second.out().contains("added     line 4"), "--quiet: only what needs attention: " + second.out());
        assertTrue(second.out().contains("1 added, 1 already in the sheet, 1 missing"), second.out());
        assertTrue(Files.readString(sheet, DecodedText.WINDOWS_1252).endsWith("weg.mp4;Weg\r\nnieuw.mp4;Nieuw;"
                + ";;;;;;;;;;;;;0:01\r\n"));
    }

    @Test
    void anUnreadableSheetOrUnwritableNameExitsTwoAndChangesNothing() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("Ωmega.mp4"), 160, 120, 1, false);

        CliRun.Result missing = CliRun.run("sheet", tmp.resolve("nope").toString());
        assertEquals(2, missing.code(), missing.all());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        CliRun.Result greek = CliRun.run("sheet", in.toString());
        assertEquals(2, greek.code(), greek.all());
        assertTrue(greek.err().contains("Run again with --utf8"), greek.err());
        assertFalse(Files.exists(in.resolve("metadata.csv")));
        assertNoStackTrace(greek);

        byte[] broken = "bestand;titel\r\nx.mp4;\"nooit gesloten\r\n".getBytes(DecodedText.WINDOWS_1252);
        Path sheet = Files.write(in.resolve("metadata.csv"), broken);
        CliRun.Result unreadable = CliRun.run("sheet", in.toString(), "--utf8");
        assertEquals(2, unreadable.code(), unreadable.all());
        assertTrue(unreadable.err().startsWith("vidcat: cannot add rows to " + sheet), unreadable.err());
        assertTrue(unreadable.err().contains("was left as it was"), unreadable.err());
        assertArrayEquals(broken, Files.readAllBytes(sheet));
        assertNoStackTrace(unreadable);

        Files.delete(sheet);
        CliRun.Result utf8 = CliRun.run("sheet", in.toString(), "--utf8", "--vocab", "-o",
                tmp.resolve("elders/blad.csv").toString());
        assertEquals(0, utf8.code(), utf8.all());
        assertTrue(utf8.out().contains("(UTF-8 (BOM), ';'-separated): created"), utf8.out());
        assertTrue(Files.isRegularFile(tmp.resolve("elders/keuzelijsten.csv")));
    }
}
