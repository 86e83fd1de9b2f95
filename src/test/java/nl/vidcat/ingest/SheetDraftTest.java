package nl.vidcat.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.vidcat.io.DecodedText;
import nl.vidcat.io.VidcatException;
import nl.vidcat.media.VideoFixtures;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.PickLists;
import nl.vidcat.sheet.Sheet;
import nl.vidcat.sheet.SheetReader;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat sheet} on folders as coordinators have them, and on the sheets Excel saves back. */
class SheetDraftTest {

    private static final String BREUKEN = "wiskunde/breuken_vereenvoudigen-v2.mp4";
    private static final String HEADER = Arrays.stream(Column.values()).map(Column::dutch)
            .collect(Collectors.joining(";"));

    @TempDir
    static Path shared;
    static Path clipA;
    static Path clipB;
    static Path clipC;

    @TempDir
    Path tmp;

    @BeforeAll
    static void clips() throws IOException {
        clipA = VideoFixtures.clip(shared.resolve("a.mp4"), 160, 120, 1, true);
        clipB = VideoFixtures.clip(shared.resolve("b.mp4"), 176, 144, 2, false);
        clipC = VideoFixtures.clip(shared.resolve("c.mp4"), 128, 96, 1, false);
    }

    /** Two videos (one with a subtitle file beside it) among files ingest leaves alone. */
    private Path folder() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(f.resolve("wiskunde"));
        Files.copy(clipA, f.resolve(BREUKEN));
        Files.writeString(f.resolve("wiskunde/breuken_vereenvoudigen-v2.nl.srt"), "1\n00:00:00,000 --> 00:00:01,000\nHoi\n");
        Files.copy(clipB, f.resolve("IMG_1234.MOV"));
        Files.writeString(f.resolve("notities.txt"), "niet voor de catalogus");
        Files.writeString(f.resolve("poster.jpg"), "geen video");
        Files.writeString(f.resolve(".verborgen.mp4"), "verborgen");
        return f;
    }

    private static SheetDraft.Result sheet(Path folder, Path out, boolean utf8, boolean vocab) throws IOException {
        return SheetDraft.run(new SheetDraft.Options(folder, out, utf8, vocab, List.of()), Progress.NONE);
    }

    private static byte[] cp1252(String s) {
        return s.getBytes(DecodedText.WINDOWS_1252);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void newSheetIsWhatDutchExcelOpensWithADoubleClick() throws IOException {
        Path f = folder();
        SheetDraft.Result r = sheet(f, null, false, false);
        assertEquals(f.resolve("metadata.csv"), r.sheet());
        assertFalse(r.existed());
        assertFalse(r.hasFindings(), r.toString());
        byte[] bytes = Files.readAllBytes(r.sheet());
        String expected = HEADER + "\r\n"
                + "IMG_1234.MOV;;;;;;;;;;;;;;;0:02\r\n"
                + BREUKEN + ";Breuken vereenvoudigen;;;;;;;;;;;;;wiskunde/breuken_vereenvoudigen-v2.nl.srt;0:01\r\n";
        assertArrayEquals(cp1252(expected), bytes, new String(bytes, DecodedText.WINDOWS_1252));
        assertTrue(HEADER.startsWith("bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;trefwoorden;makers;"
                + "toestemming;docent;school;licentie;taal;ondertitels"), "the documented order: " + HEADER);
        assertEquals(List.of(2, 3), r.added().stream().map(SheetDraft.Added::line).toList());
        assertEquals("Breuken vereenvoudigen", r.added().get(1).title());
    }

    @Test
    void ingestReadsTheSheetWithoutAFinding() throws IOException {
        Path f = folder();
        SheetDraft.Result r = sheet(f, null, false, true);
        Sheet read = SheetReader.read(r.sheet());
        assertEquals(List.of(), read.problems(), "no unknown column, nothing unreadable");
        assertEquals(List.of("IMG_1234.MOV", BREUKEN), read.rows().stream().map(x -> x.get(Column.FILE)).toList());

        // ingest finds the sheet itself (keuzelijsten.csv beside it is no second sheet) and matches every video
        IngestResult ingest = new Ingester(null, Progress.NONE, java.time.Clock.systemUTC())
                .run(new Ingester.Options(f, null, Ingester.Transfer.COPY, 1, true));
        assertEquals(r.sheet(), ingest.sheet().file());
        assertFalse(ingest.hasRejections(), ingest.entries().toString());
        assertEquals(2, ingest.count(IngestResult.Outcome.NEW));
        assertTrue(ingest.entries().stream().allMatch(e -> e.line() != null && e.notes().isEmpty()),
                "every video has its row: " + ingest.entries());
    }

    @Test
    void excelSheetKeepsEveryByteAndGetsNewRowsInItsOwnColumns() throws IOException {
        Path f = folder();
        Files.copy(clipC, f.resolve("privé_uitleg.mp4"));
        // saved by Dutch Excel: columns reordered, a column of the user's own, a ';' and accents in typed cells
        byte[] excel = cp1252("Titel;Opmerking;Bestand ;Vak;Kerndoelen\r\n"
                + "Privé en één;\"zie les 3; map B\";IMG_1234.MOV;wiskunde;KD22\r\n");
        Path sheet = Files.write(f.resolve("Video's 2024.csv"), excel);

        SheetDraft.Result r = sheet(f, null, false, false);
        assertEquals(sheet, r.sheet(), "the folder's only CSV is the sheet, as for ingest");
        assertTrue(r.existed() && r.written());
        assertEquals(1, r.kept());
        byte[] expected = concat(excel, cp1252("Privé uitleg;;privé_uitleg.mp4;;\r\n"
                + "Breuken vereenvoudigen;;" + BREUKEN + ";;\r\n"));
        assertArrayEquals(expected, Files.readAllBytes(sheet), new String(Files.readAllBytes(sheet),
                DecodedText.WINDOWS_1252));
        assertEquals(List.of(3, 4), r.added().stream().map(SheetDraft.Added::line).toList());

        SheetDraft.Result again = sheet(f, null, false, false);
        assertFalse(again.written(), "nothing new: the file is not even rewritten");
        assertEquals(3, again.kept());
        assertArrayEquals(expected, Files.readAllBytes(sheet));
    }

    @Test
    void aSheetOfPlainAsciiGetsItsNewRowsInWindows1252() throws IOException {
        Path f = folder();
        SheetDraft.Result first = sheet(f, null, false, false);
        byte[] ascii = Files.readAllBytes(first.sheet());
        Files.copy(clipC, f.resolve("privé_uitleg.mp4"));
        sheet(f, null, false, false);
        byte[] expected = concat(ascii, cp1252("privé_uitleg.mp4;Privé uitleg;;;;;;;;;;;;;;0:01\r\n"));
        assertArrayEquals(expected, Files.readAllBytes(first.sheet()), "what Excel reads a file without BOM as");
    }

    @Test
    void englishExcelCommasAndUnixLineEndsStayTheSame() throws IOException {
        Path f = folder();
        byte[] utf8 = "\uFEFFfile,title\nIMG_1234.MOV,Camera".getBytes(StandardCharsets.UTF_8);
        Path sheet = Files.write(f.resolve("metadata.csv"), utf8);
        SheetDraft.Result r = sheet(f, sheet, false, false);
        byte[] expected = concat(utf8, ("\n" + BREUKEN + ",Breuken vereenvoudigen\n").getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, Files.readAllBytes(sheet));
        assertEquals(3, r.added().get(0).line());
    }

    @Test
    void utf8WritesABomAndHoldsWhatWindows1252CannotHold() throws IOException {
        Path f = folder();
        Files.copy(clipC, f.resolve("Ωmega_uitleg.mp4"));
        VidcatException refused = assertThrows(VidcatException.class, () -> sheet(f, null, false, false));
        assertEquals(VidcatException.USAGE, refused.exitCode());
        assertTrue(refused.getMessage().contains("'Ωmega_uitleg.mp4' (Ω)") && refused.getMessage().contains("--utf8"),
                refused.getMessage());
        assertFalse(Files.exists(f.resolve("metadata.csv")), "nothing written");

        SheetDraft.Result r = sheet(f, null, true, false);
        byte[] bytes = Files.readAllBytes(r.sheet());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(HEADER + "\r\n") && text.contains("\r\nΩmega_uitleg.mp4;Ωmega uitleg;"), text);
        assertEquals(StandardCharsets.UTF_8, SheetReader.read(r.sheet()).charset());
    }

    @Test
    void aWindows1252SheetIsConvertedOnlyWhenAsked() throws IOException {
        Path f = folder();
        Files.copy(clipC, f.resolve("Ωmega_uitleg.mp4"));
        String typed = "bestand;titel;eigen kolom\r\nIMG_1234.MOV;Privé;één\r\n";
        Path sheet = Files.write(f.resolve("metadata.csv"), cp1252(typed));
        VidcatException refused = assertThrows(VidcatException.class, () -> sheet(f, null, false, false));
        assertTrue(refused.getMessage().contains("convert it to UTF-8"), refused.getMessage());
        assertArrayEquals(cp1252(typed), Files.readAllBytes(sheet));

        sheet(f, null, true, false);
        String expected = "\uFEFF" + typed + BREUKEN + ";Breuken vereenvoudigen;\r\n"
                + "Ωmega_uitleg.mp4;Ωmega uitleg;\r\n";
        assertEquals(expected, Files.readString(sheet, StandardCharsets.UTF_8), "same text, now UTF-8 with BOM");
    }

    @Test
    void rowsOfGoneVideosAreReportedAndKept() throws IOException {
        Path f = folder();
        byte[] typed = cp1252("bestand;titel\r\nIMG_1234.MOV;Camera\r\nweg/oud.mp4;Oude video\r\n;Geen bestand\r\n");
        Path sheet = Files.write(f.resolve("metadata.csv"), typed);
        SheetDraft.Result r = sheet(f, null, false, false);
        assertEquals(List.of(3, 4), r.missing().stream().map(SheetDraft.Missing::line).toList());
        assertEquals("weg/oud.mp4", r.missing().get(0).file());
        assertTrue(r.missing().get(0).reason().contains("not found"), r.missing().get(0).reason());
        assertTrue(r.hasFindings());
        byte[] now = Files.readAllBytes(sheet);
        assertArrayEquals(typed, Arrays.copyOf(now, typed.length), "the rows stay");
        assertEquals(1, r.added().size());
    }

    @Test
    void formulaLikeCellsAreNeutralizedAndStillReadBack() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("in"));
        Files.copy(clipA, f.resolve("@home-uitleg.mp4"));
        Files.copy(clipB, f.resolve("=1+1.mp4"));
        SheetDraft.Result r = sheet(f, null, false, false);
        String text = Files.readString(r.sheet(), DecodedText.WINDOWS_1252);
        assertTrue(text.contains("\r\n'=1+1.mp4;'=1 1;") && text.contains("\r\n'@home-uitleg.mp4;'@home uitleg;"),
                text);
        Sheet read = SheetReader.read(r.sheet());
        assertEquals(List.of("=1+1.mp4", "@home-uitleg.mp4"),
                read.rows().stream().map(x -> x.get(Column.FILE)).toList(), "the ' comes off again on reading");
        IngestResult ingest = new Ingester(null, Progress.NONE, java.time.Clock.systemUTC())
                .run(new Ingester.Options(f, null, Ingester.Transfer.COPY, 1, true));
        assertFalse(ingest.hasRejections(), ingest.entries().toString());
    }

    @Test
    void aSheetItCannotReadWhollyIsLeftUntouched() throws IOException {
        Path f = folder();
        List<byte[]> unreadable = List.of(
                new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2},                                    // an Excel workbook
                cp1252("bestand;titel\r\nIMG_1234.MOV;\"Niet gesloten\r\nx.mp4;y\r\n"),  // a quote never closed
                cp1252("bestand;titel\r\nIMG_1234.MOV;Een;twee;drie\r\n"),              // a row that is skipped
                cp1252("titel;vak\r\nBreuken;wiskunde\r\n"),                            // no file column
                cp1252("naam;klas;cijfer\r\nSanne;2b;8\r\n"),                           // not a metadata sheet
                new byte[0]);                                                           // empty
        for (byte[] b : unreadable) {
            Path sheet = Files.write(f.resolve("metadata.csv"), b);
            VidcatException e = assertThrows(VidcatException.class, () -> sheet(f, null, false, false),
                    new String(b, DecodedText.WINDOWS_1252));
            assertEquals(VidcatException.USAGE, e.exitCode());
            assertTrue(e.getMessage().contains("left as it was"), e.getMessage());
            assertArrayEquals(b, Files.readAllBytes(sheet));
        }
        try (var s = Files.list(f)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains(".part-")).toList());
        }
    }

    @Test
    void aFileThatCannotBeProbedGetsARowWithoutDuration() throws IOException {
        Path f = folder();
        Files.writeString(f.resolve("kapot.mp4"), "dit is geen video");
        SheetDraft.Result r = sheet(f, null, false, false);
        SheetDraft.Added broken = r.added().stream().filter(a -> a.file().equals("kapot.mp4")).findFirst().orElseThrow();
        assertEquals("", broken.duration());
        assertNotNull(broken.note());
        assertTrue(r.hasFindings());
        assertTrue(Files.readString(r.sheet(), DecodedText.WINDOWS_1252).contains("\r\nkapot.mp4;Kapot;"));
    }

    @Test
    void pickListsAreWrittenBesideTheSheetAndNeverOverAFileOfTheUser() throws IOException {
        Path f = folder();
        SheetDraft.Result r = sheet(f, null, false, true);
        Path lists = f.resolve(PickLists.FILE_NAME);
        assertEquals(lists, r.pickLists());
        String text = Files.readString(lists, DecodedText.WINDOWS_1252);
        assertTrue(text.startsWith("kolom;waarde;omschrijving\r\n") && text.contains("\r\nkerndoelen;KD 22;"), text);
        assertNull(sheet(f, null, false, false).pickLists());
        sheet(f, null, false, true); // its own file it rewrites

        byte[] own = cp1252("mijn;eigen\r\nlijst;x\r\n");
        Files.write(lists, own);
        Files.delete(r.sheet());
        VidcatException e = assertThrows(VidcatException.class, () -> sheet(f, null, false, true));
        assertTrue(e.getMessage().contains("not a pick list vidcat wrote"), e.getMessage());
        assertArrayEquals(own, Files.readAllBytes(lists));
        assertFalse(Files.exists(r.sheet()), "nothing written");
    }

    @Test
    void severalCsvFilesNeedTheSheetNamed() throws IOException {
        Path f = folder();
        Files.writeString(f.resolve("a.csv"), "bestand\r\n");
        Files.writeString(f.resolve("b.csv"), "bestand\r\n");
        VidcatException e = assertThrows(VidcatException.class, () -> sheet(f, null, false, false));
        assertTrue(e.getMessage().contains("2 CSV files (a.csv, b.csv)") && e.getMessage().contains("-o"),
                e.getMessage());
        assertTrue(sheet(f, f.resolve("b.csv"), false, false).written());
    }

    @Test
    void durationsReadLikeAPlayerShowsThem() {
        assertEquals("0:01", VideoRow.clock(0.6));
        assertEquals("3:07", VideoRow.clock(187.2));
        assertEquals("1:02:03", VideoRow.clock(3723));
    }
}
