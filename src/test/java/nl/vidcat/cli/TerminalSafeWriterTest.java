package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

    private static String through(String... parts) throws IOException {
        StringWriter sink = new StringWriter();
        try (TerminalSafeWriter w = new TerminalSafeWriter(sink)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return sink.toString();
    }

    @Test
    void escapesControlAndBidiCharactersAndKeepsLineEnds() throws IOException {
        assertEquals("<U+001B>]0;pwned<U+0007> <U+001B>[2J <U+0000> Huiswerk <U+202E>gnp.exe\n",
                through("\u001B]0;pwned\u0007 \u001B[2J \u0000 Huiswerk \u202Egnp.exe\n"));
        assertEquals("a\tb\r\nc\nd<U+000D>e", through("a\tb\r\nc\nd\re"));
        assertEquals("Één ’s café 👩‍🏫\n", through("Één ’s café 👩‍🏫\n"), "ordinary text passes unchanged");
    }

    @Test
    void aLineEndSplitOverTwoWritesStaysALineEnd() throws IOException {
        assertEquals("a\r\nb", through("a\r", "\nb"));
        assertEquals("a<U+000D>b", through("a\r", "b"));
        assertEquals("a<U+000D>", through("a\r"));
    }

    @Test
    void printWriterPathsAreCoveredToo() {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(sink), true);
        out.printf("%s%n", "x\u001B[2Jy");
        out.print('\u0007');
        out.flush();
        assertEquals("x<U+001B>[2Jy" + System.lineSeparator() + "<U+0007>", sink.toString());
    }
}
