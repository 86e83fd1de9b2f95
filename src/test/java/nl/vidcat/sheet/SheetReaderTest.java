package nl.vidcat.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.io.VidcatException;
import nl.vidcat.vocab.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetReaderTest {

    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void dutchExcelSemicolonWindows1252() throws IOException {
        String csv = "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;toestemming\r\n"
                + "a.mp4;Breuken;Uitleg over teller én noemer;wis;HAVO;1-2;KD22|kerndoel 23;ja\r\n";
        Sheet s = SheetReader.read(write("m.csv", csv.getBytes(Charset.forName("windows-1252"))));
        assertEquals("windows-1252", s.charset().name());
        assertEquals(';', s.delimiter());
        SheetRow r = s.rows().get(0);
        assertEquals(2, r.line());
        assertEquals("Uitleg over teller én noemer", r.get(Column.DESCRIPTION));
        List<Problem> problems = new ArrayList<>();
        Metadata m = r.toMetadata(Normalizer.standard(), problems);
        assertEquals("wiskunde", m.subject().code());
        assertEquals("havo", m.levels().get(0).code());
        assertEquals(List.of(1, 2), m.years());
        assertEquals(List.of("22", "23"), m.goals().stream().map(t -> t.code()).toList());
        assertEquals(Boolean.TRUE, m.consent());
        assertTrue(problems.isEmpty());
    }

    @Test
    void englishExcelCommaUtf8WithBomAndMessyHeaders() throws IOException {
        String csv = "\uFEFF File , TITLE,Description ,Subject,Level,Year,Goals,Remarks\n"
                + "v/b.mp4,\"Fractions, simplified\",\"Quoted, with comma\",Mathematics,vwo,2,22,internal note\n";
        Sheet s = SheetReader.read(write("m.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(',', s.delimiter());
        assertEquals("Fractions, simplified", s.rows().get(0).get(Column.TITLE));
        assertEquals("v/b.mp4", s.rows().get(0).get(Column.FILE));
        Sheet.Problem unknown = s.problems().get(0);
        assertTrue(unknown.warning());
        assertEquals(1, unknown.line());
        assertTrue(unknown.message().contains("Remarks"));
    }

    @Test
    void unicodeTextTabSeparatedUtf16() throws IOException {
        String csv = "bestand\ttitel\tbeschrijving\r\na.mp4\tGeïntegreerd rekenen\tÖ\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        b.write(csv.getBytes(StandardCharsets.UTF_16LE));
        Sheet s = SheetReader.read(write("m.txt", b.toByteArray()));
        assertEquals('\t', s.delimiter());
        assertEquals("Geïntegreerd rekenen", s.rows().get(0).get(Column.TITLE));
    }

    @Test
    void lineNumbersSurviveMultiLineCellsAndBlankRows() throws IOException {
        String csv = "bestand;titel;beschrijving\n"
                + "a.mp4;A;\"regel 1\nregel 2\nregel 3\"\n"
                + "\n"
                + ";;\n"
                + "b.mp4;B;kort\n";
        Sheet s = SheetReader.read(write("m.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, s.rows().size());
        assertEquals(2, s.rows().get(0).line());
        assertEquals("regel 1\nregel 2\nregel 3", s.rows().get(0).get(Column.DESCRIPTION));
        assertEquals(7, s.rows().get(1).line());
    }

    @Test
    void rowWithStraySeparatorIsRejectedByLine() throws IOException {
        String csv = "bestand;titel;beschrijving\na.mp4;A;goed\nb.mp4;B;fout; want een puntkomma\nc.mp4;C;ok\n";
        Sheet s = SheetReader.read(write("m.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("a.mp4", "c.mp4"), s.rows().stream().map(r -> r.get(Column.FILE)).toList());
        Sheet.Problem p = s.problems().get(0);
        assertEquals(3, p.line());
        assertFalse(p.warning());
    }

    @Test
    void unclosedQuoteKeepsRowsBeforeIt() throws IOException {
        String csv = "bestand;titel\na.mp4;A\nb.mp4;\"B zonder eind\nc.mp4;C\n";
        Sheet s = SheetReader.read(write("m.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, s.rows().size());
        assertEquals("sheet.malformed", s.problems().get(0).code());
    }

    @Test
    void unusableSheetsAreUsageErrorsWithAHint() throws IOException {
        assertTrue(usage(write("e.csv", new byte[0])).contains("empty"));
        assertTrue(usage(write("x.xlsx", new byte[]{'P', 'K', 3, 4, 0, 0})).contains("Excel workbook"));
        assertTrue(usage(write("n.csv", "a.mp4;Breuken;Uitleg\n".getBytes())).contains("should name the columns"));
        assertTrue(usage(tmp.resolve("missing.csv")).contains("does not exist"));
    }

    private static String usage(Path p) {
        VidcatException e = assertThrows(VidcatException.class, () -> SheetReader.read(p));
        assertEquals(VidcatException.USAGE, e.exitCode());
        return e.getMessage();
    }
}
