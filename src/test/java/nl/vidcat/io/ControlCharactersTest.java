package nl.vidcat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    /** Ordinary Dutch text, typographic quotes, dashes and emoji (with a zero-width joiner) are not controls. */
    static final String DUTCH = "Één café, geïnteresseerd in ’s werelds beste “uitleg” – 👩‍🏫 🇳🇱\tklaar\r\nnieuw";

    @Test
    void escapesTerminalSequencesAndBidiControlsVisibly() {
        assertEquals("<U+001B>]0;pwned<U+0007>titel", ControlCharacters.escape("\u001B]0;pwned\u0007titel"));
        assertEquals("<U+001B>[2J<U+0000>", ControlCharacters.escape("\u001B[2J\u0000"));
        assertEquals("Huiswerk <U+202E>gnp.exe", ControlCharacters.escape("Huiswerk \u202Egnp.exe"));
        assertEquals("<U+009B>31m <U+2066>x<U+2069> <U+200F>", ControlCharacters.escape("\u009B31m \u2066x\u2069 \u200F"));
        assertEquals("ok<U+000D>FAIL\r\n", ControlCharacters.escape("ok\rFAIL\r\n"), "a lone CR would overwrite the line");
        String once = ControlCharacters.escape("\u001B[2J\u202E");
        assertEquals(once, ControlCharacters.escape(once), "escaping twice changes nothing");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertSame(DUTCH, ControlCharacters.escape(DUTCH));
        assertSame(DUTCH, ControlCharacters.strip(DUTCH));
        assertEquals(-1, ControlCharacters.indexOf(DUTCH));
    }

    @Test
    void stripLeavesThemOut() {
        assertEquals("Huiswerk gnp.exe", ControlCharacters.strip("Huiswerk \u202Egnp.exe"));
        assertEquals("]0;xtitel\n", ControlCharacters.strip("\u001B]0;x\u0007titel\u0000\n"));
    }

    @Test
    void describesWhatItFound() {
        assertEquals(9, ControlCharacters.indexOf("Huiswerk \u202Egnp.exe"));
        assertEquals("U+202E (right-to-left override)", ControlCharacters.describe('\u202E'));
        assertEquals("U+001B (escape)", ControlCharacters.describe('\u001B'));
    }
}
