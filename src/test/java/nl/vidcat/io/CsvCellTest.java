package nl.vidcat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void formulaStartsGetAQuoteAndLoseItOnReading() {
        for (String f : new String[] {"=HYPERLINK(\"https://evil.example\";\"klik\")", "+SUM(A1:A9)", "-1+2", "@cmd",
                "=cmd|'/C calc'!A0", "\t=1+1", "\r=1+1", "-5"}) {
            assertEquals("'" + f, CsvCell.text(f));
            assertEquals(f, CsvCell.read(CsvCell.text(f)));
        }
    }

    @Test
    void ordinaryTextIsUnchanged() {
        for (String s : new String[] {"", "Breuken vereenvoudigen", "'s Avonds", "'t Kofschip", "5-3", "e=mc2", "'",
                "Één, twee", "a'=b"}) {
            assertEquals(s, CsvCell.text(s));
            assertEquals(s, CsvCell.read(s));
        }
    }

    @Test
    void textThatAlreadyStartsWithAQuoteBeforeAFormulaKeepsItsQuote() {
        assertEquals("''=x", CsvCell.text("'=x"));
        assertEquals("'=x", CsvCell.read("''=x"));
        assertEquals("'''-1", CsvCell.text("''-1"));
    }

    @Test
    void controlCharactersAreLeftOutOfWrittenCells() {
        assertEquals("Huiswerk gnp.exe", CsvCell.text("Huiswerk \u202Egnp.exe"));
        assertEquals("'=1", CsvCell.text("\u001B=1"), "what is left is checked, not what was given");
        assertEquals("a\tb\r\nc", CsvCell.text("a\tb\r\nc"), "tab and line breaks are allowed in a CSV cell");
    }

    @Property(tries = 2000)
    void writtenTextComesBackExactlyAndNeverStartsAFormula(@ForAll("text") String s) {
        String cell = CsvCell.text(s);
        assertEquals(s, CsvCell.read(cell));
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("=+-@'\t\r\n ;,\"aZé5").ofMaxLength(8);
    }
}
