package nl.vidcat.sheet;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.io.CsvCell;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Assertions;

/** Whatever Excel-like writer produced the sheet, every cell comes back exactly, on the right line. */
class SheetReaderPropertiesTest {

    private static final List<String> HEADER = List.of("bestand", "titel", "beschrijving", "trefwoorden");

    @Property(tries = 150)
    void cellsRoundTrip(@ForAll("rows") List<List<String>> rows, @ForAll("delimiters") char delimiter,
                        @ForAll("encodings") String encoding, @ForAll boolean bom, @ForAll boolean crlf,
                        @ForAll @IntRange(max = 3) int blankLinesBetween) throws IOException {
        StringWriter w = new StringWriter();
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(crlf ? "\r\n" : "\n").get();
        try (CSVPrinter p = new CSVPrinter(w, f)) {
            p.printRecord(HEADER);
            for (List<String> r : rows) {
                p.printRecord(r);
                for (int i = 0; i < blankLinesBetween; i++) {
                    w.write(crlf ? "\r\n" : "\n");
                }
            }
        }
        Charset cs = Charset.forName(encoding);
        byte[] body = w.toString().getBytes(cs);
        byte[] bytes = body;
        if (bom && cs.equals(StandardCharsets.UTF_8)) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Path file = Files.createTempFile("sheet", ".csv");
        try {
            Files.write(file, bytes);
            Sheet s = SheetReader.read(file);
            Assertions.assertEquals(delimiter, s.delimiter());
            assertCellsBack(rows, s);
            Assertions.assertTrue(s.problems().isEmpty(), s.problems().toString());
        } finally {
            Files.delete(file);
        }
    }

    /** What vidcat writes against spreadsheet formulas ({@link CsvCell}) the reader takes off: the text is kept. */
    @Property(tries = 150)
    void neutralizedFormulasRoundTrip(@ForAll("formulaRows") List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        CSVFormat f = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter p = new CSVPrinter(w, f)) {
            p.printRecord(HEADER);
            for (List<String> r : rows) {
                p.printRecord(r.stream().map(CsvCell::text).toList());
            }
        }
        Path file = Files.createTempFile("sheet", ".csv");
        try {
            Files.writeString(file, "\uFEFF" + w, StandardCharsets.UTF_8);
            Sheet s = SheetReader.read(file);
            assertCellsBack(rows, s);
        } finally {
            Files.delete(file);
        }
    }

    /** Every cell as written, stripped the way the reader strips them. */
    private static void assertCellsBack(List<List<String>> rows, Sheet s) {
        Assertions.assertEquals(rows.size(), s.rows().size());
        List<Column> columns = List.of(Column.FILE, Column.TITLE, Column.DESCRIPTION, Column.KEYWORDS);
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                Assertions.assertEquals(rows.get(i).get(c).strip(), s.rows().get(i).get(columns.get(c)));
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> formulaRows() {
        Arbitrary<String> text = Arbitraries.strings().withChars("=+-@'\t\r\n ;,\"aé|!").ofMaxLength(12);
        Arbitrary<String> file = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(s -> s + ".mp4");
        return Combinators.combine(file, text.filter(t -> !t.isBlank()), text, text).as(List::of).list()
                .ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(';', ',', '\t');
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "windows-1252");
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        // Characters Windows-1252 can hold, plus every character that needs quoting.
        Arbitrary<String> text = Arbitraries.strings().withChars("abcXYZ éëïöüÉ€’–;,\t\"\n\r|")
                .withCharRange('a', 'z').ofMaxLength(300);
        Arbitrary<String> file = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(s -> s + ".mp4");
        Arbitrary<List<String>> row = Combinators.combine(file, text.filter(t -> !t.isBlank()), text, text)
                .as(List::of);
        return row.list().ofMinSize(1).ofMaxSize(20);
    }
}
