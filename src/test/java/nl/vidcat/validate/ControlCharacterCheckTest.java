package nl.vidcat.validate;

import static nl.vidcat.validate.ValidateFixtures.catalog;
import static nl.vidcat.validate.ValidateFixtures.clean;
import static nl.vidcat.validate.ValidateFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code text.control-characters}: invisible characters that drive a terminal or reverse text. */
class ControlCharacterCheckTest {

    @TempDir
    Path tmp;
    private int runs;

    private List<Finding> findings(VideoRecord r) throws IOException {
        return catalog(tmp.resolve("catalog" + runs++), r).findings().stream()
                .filter(f -> f.rule() == Rules.CONTROL_CHARACTERS).toList();
    }

    @Test
    void namesTheFieldTheCharacterAndItsPosition() throws IOException {
        List<Finding> f = findings(edit(clean("a-00000000"), m -> m.title = "Huiswerk \u202Egnp.exe"));
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("/metadata/title", f.get(0).location().field());
        assertEquals("The title has an invisible control character U+202E (right-to-left override) at position 10;"
                + " remove it in the metadata sheet.", f.get(0).en());
        assertTrue(f.get(0).nl().startsWith("De titel bevat een onzichtbaar stuurteken U+202E"), f.get(0).nl());
    }

    @Test
    void everyTextFieldIsLookedAt() throws IOException {
        List<Finding> f = findings(edit(clean("a-00000000"), m -> {
            m.description = "\u001B]0;pwned\u0007 Uitleg over breuken die lang genoeg is voor de regel.";
            m.keywords = List.of("breuken", "\u001B[2J");
            m.makers = List.of("Noor\u0000");
            m.teacher = "\u2066J. de Vries\u2069";
            m.school = "School\u009B";
        }));
        assertEquals(List.of("/metadata/description", "/metadata/keywords/1", "/metadata/school",
                "/metadata/teacher", "/metadata/makers/0"), f.stream().map(x -> x.location().field()).toList());
        assertTrue(f.get(0).en().contains("U+001B (escape) at position 1 (and 1 more)"), f.get(0).en());
        assertTrue(f.get(4).en().contains("U+0000 (null) at position 5"), f.get(4).en());
        assertFalse(f.get(4).en().contains("Noor") || f.get(4).nl().contains("Noor"), "a maker's name stays out");
    }

    @Test
    void positionsCountCharactersAsPeopleSeeThem() throws IOException {
        List<Finding> f = findings(edit(clean("a-00000000"), m -> m.title = "🎬 Film \u200F over breuken"));
        assertTrue(f.get(0).en().contains("U+200F (right-to-left mark) at position 8"), f.get(0).en());
    }

    @Test
    void ordinaryDutchTextIsFine() throws IOException {
        assertEquals(List.of(), findings(edit(clean("a-00000000"), m -> {
            m.title = "Één café: geïnteresseerd in ’s werelds “beste” uitleg – 👩‍🏫🇳🇱";
            m.description = "Regel één\r\nRegel twee\tmet tab; ë, ü, ç, ß, ø, å, € en emoji 🙂 in een beschrijving.";
            m.keywords = List.of("coördinaat", "naïef");
            m.makers = List.of("Zoë", "Anne-Fleur");
        })));
    }
}
