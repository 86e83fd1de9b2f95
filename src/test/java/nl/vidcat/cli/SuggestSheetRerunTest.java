package nl.vidcat.cli;

import static nl.vidcat.cli.SuggestCommandTest.BREUKEN;
import static nl.vidcat.cli.SuggestCommandTest.KLAAR;
import static nl.vidcat.cli.SuggestCommandTest.LONGEN;
import static nl.vidcat.cli.SuggestCommandTest.WINDOWS_1252;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vidcat suggest --format csv} on a sheet that is already there: like {@code vidcat sheet}, it adds rows for new
 * records and never changes a row the coordinator has worked on, and it leaves a file it cannot read alone.
 */
class SuggestSheetRerunTest {

    static final String NIEUW = "vulkanen-00000005";

    @TempDir
    Path tmp;
    Catalog catalog;
    Path sheet;

    @BeforeEach
    void setUp() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        catalog.save(RecordFixtures.sample(BREUKEN, "Breuken vereenvoudigen", "", "", "", ""), "ingest");
        catalog.save(RecordFixtures.sample(LONGEN, "Hoe werken je longen?", "biologie", "havo", "1", ""), "ingest");
        sheet = tmp.resolve("suggesties.csv");
    }

    CliRun.Result vidcat(String... args) {
        return CliRun.inCatalog(catalog.dir(), args);
    }

    @Test
    void aRerunAddsRowsForNewRecordsAndKeepsTypedCells() throws IOException {
        assertEquals(0, vidcat("suggest", "--format", "csv", "-o", sheet.toString()).code());
        // the coordinator takes KD 22 alone for breuken and accepts it; the lungs row is left undecided
        String typed = new String(Files.readAllBytes(sheet), WINDOWS_1252).lines()
                .map(l -> l.startsWith(BREUKEN + ";") ? l.replaceFirst(";KD 22[^;]*;", ";KD 22;") + "ja" : l)
                .reduce("", (a, b) -> a + b + "\r\n");
        Files.write(sheet, typed.getBytes(WINDOWS_1252));
        byte[] before = Files.readAllBytes(sheet);
        catalog.save(RecordFixtures.sample(NIEUW, "Vulkanen en aardbevingen", "", "", "", ""), "ingest");
        catalog.save(RecordFixtures.sample(KLAAR, "Rekenen met procenten", "", "", "", ""), "ingest");

        CliRun.Result r = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
        assertEquals(0, r.code(), r.all());
        byte[] after = Files.readAllBytes(sheet);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "every byte that was there is kept");
        String added = new String(after, before.length, after.length - before.length, WINDOWS_1252);
        assertTrue(added.startsWith(KLAAR + ";") && added.contains("\r\n" + NIEUW + ";"), added);
        assertTrue(added.endsWith(";\r\n"), "accepteren left empty: " + added);
        assertTrue(r.out().contains("2 row(s) added"), r.out());
        assertTrue(r.out().contains("added     line 4: " + KLAAR), r.out());
        assertTrue(r.out().contains("2 added, 2 already in the sheet"), r.out());

        CliRun.Result again = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
        assertTrue(again.out().contains("unchanged, no new records"), again.out());
        assertArrayEquals(after, Files.readAllBytes(sheet));

        // the typed row is what --apply takes
        assertEquals(0, vidcat("suggest", "--apply", sheet.toString()).code());
        assertEquals("22", catalog.find(BREUKEN).orElseThrow().metadata().goals().get(0).code());
        assertTrue(catalog.find(LONGEN).orElseThrow().metadata().goals().isEmpty(), "not accepted");
    }

    @Test
    void aSheetSavedByDutchExcelKeepsItsEncodingUntilANewRowNeedsMore() throws IOException {
        // as Excel saves it: Windows-1252, ';', CRLF, a title with é and – (0x96), a typed ja
        String excel = "id;titel;vak;niveau;kerndoelen;trefwoorden;toelichting;accepteren\r\n"
                + BREUKEN + ";Breuken – één keer uitgelegd;wiskunde;;KD 22;;KD 22 0.80;ja\r\n";
        Files.write(sheet, excel.getBytes(WINDOWS_1252));
        catalog.save(RecordFixtures.sample(NIEUW, "Vulkanen in Ísland", "", "", "", ""), "ingest");
        CliRun.Result r = vidcat("suggest", BREUKEN, NIEUW, "--format", "csv", "-o", sheet.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("(windows-1252, ';'-separated): 1 row(s) added"), r.out());
        String text = new String(Files.readAllBytes(sheet), WINDOWS_1252);
        assertTrue(text.startsWith(excel), text);
        assertTrue(text.substring(excel.length()).startsWith(NIEUW + ";Vulkanen in Ísland;"), text);
        assertTrue(text.endsWith("\r\n"), text);

        // a title Windows-1252 cannot hold: the file becomes UTF-8 with BOM, its text the same
        String before = text;
        catalog.save(RecordFixtures.sample(KLAAR, "Łódź en Kraków", "", "", "", ""), "ingest");
        CliRun.Result utf = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
        assertEquals(0, utf.code(), utf.all());
        assertTrue(utf.out().contains("converted to UTF-8"), utf.out());
        String converted = new String(Files.readAllBytes(sheet), StandardCharsets.UTF_8);
        assertTrue(converted.startsWith("\uFEFF" + before), converted);
        assertTrue(converted.contains(KLAAR + ";Łódź en Kraków;"), converted);
    }

    @Test
    void aFileThatIsNoReadableSuggestionSheetIsLeftAsItWas() throws IOException {
        byte[][] files = {
            {'P', 'K', 3, 4, 20, 0, 6, 0}, // saved as .xlsx
            "bestand;titel;vak\r\nles1.mp4;Breuken;wiskunde\r\n".getBytes(WINDOWS_1252), // the metadata sheet
            ("id;titel;accepteren\r\n" + BREUKEN + ";\"Breuken;ja\r\n").getBytes(WINDOWS_1252), // quote never closed
        };
        for (byte[] content : files) {
            Files.write(sheet, content);
            CliRun.Result r = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
            assertEquals(2, r.code(), r.all());
            assertTrue(r.err().contains(sheet + " was left as it was"), r.err());
            assertFalse(r.all().contains("Exception"), r.all());
            assertArrayEquals(content, Files.readAllBytes(sheet));
        }
        Files.delete(sheet);
        Files.createDirectory(sheet); // cannot be read at all
        CliRun.Result dir = vidcat("suggest", "--format", "csv", "-o", sheet.toString());
        assertEquals(2, dir.code(), dir.all());
        assertTrue(Files.isDirectory(sheet));
    }
}
