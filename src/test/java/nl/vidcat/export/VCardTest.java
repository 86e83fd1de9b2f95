package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.Test;

class VCardTest extends ExportTestBase {

    @Test
    void dutchNamesSplitIntoGivenTussenvoegselAndFamilyName() {
        assertName("Sanne de Boer", "Sanne", "de", "de Boer");
        assertName("Jan van der Berg", "Jan", "van der", "van der Berg");
        assertName("Anne-Marie in 't Veld", "Anne-Marie", "in 't", "in 't Veld");
        assertName("Anne-Marie in \u2019t Veld", "Anne-Marie", "in \u2019t", "in \u2019t Veld");
        assertName("Jan Willem op den Kamp", "Jan Willem", "op den", "op den Kamp");
        assertName("Lotte Van Den Heuvel", "Lotte", "Van Den", "Van Den Heuvel");
        assertName("Fleur de Vries-van Dam", "Fleur", "de", "de Vries-van Dam");
        assertName("Youssef El Amrani", "Youssef", "El", "El Amrani");
        assertName("Daan Jansen", "Daan", "", "Jansen");
        assertName("Jan Willem Jansen", "Jan Willem", "", "Jansen");
        assertName("Sanne B.", "Sanne", "", "B.");
        assertName("Sanne", "Sanne", "", "");
        assertName("Kim Van", "Kim", "", "Van"); // a particle at the end is the family name itself
        assertName("  Sanne \t de\nBoer  ", "Sanne", "de", "de Boer");
        assertName("", "", "", "");
    }

    @Test
    void personVcardHasFamilyNameFirstFullNameAndDutchSortString() {
        assertEquals("BEGIN:VCARD\nVERSION:3.0\nFN:Sanne de Boer\nN:de Boer;Sanne;;;\nSORT-STRING:Boer\nEND:VCARD",
                VCard.person("Sanne de Boer"));
        assertEquals("BEGIN:VCARD\nVERSION:3.0\nFN:Daan Jansen\nN:Jansen;Daan;;;\nEND:VCARD", VCard.person("Daan Jansen"));
        assertEquals("BEGIN:VCARD\nVERSION:3.0\nFN:Fatima\nN:;Fatima;;;\nEND:VCARD", VCard.person("Fatima"));
    }

    @Test
    void hostileNamesCannotAddPropertiesOrShiftNameParts() {
        String v = VCard.person("Eve;Mallory,\\ de\r\nEND:VCARD\nFN:Injected\u0000 Boer");
        List<String> lines = Arrays.asList(v.split("\n"));
        assertEquals("BEGIN:VCARD", lines.get(0));
        assertEquals("END:VCARD", lines.get(lines.size() - 1));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("FN:")).count(), v);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("END:")).count(), v);
        assertTrue(lines.contains("FN:Eve\\;Mallory\\,\\\\ de END:VCARD FN:Injected Boer"), v);
        // N keeps exactly five parts: every ; and , of the name is escaped
        String n = lines.stream().filter(l -> l.startsWith("N:")).findFirst().orElseThrow();
        assertEquals(List.of("de END:VCARD FN:Injected Boer", "Eve\\;Mallory\\,\\\\", "", "", ""),
                parts(n.substring(2)));
        assertEquals("a\\nb\\nc\\nd\\\\n", VCard.escape("a\r\nb\nc\rd\\n"));
    }

    @Test
    void exportedAuthorsAreSplitValidAndOnlyWithConsent() throws Exception {
        VideoRecord r = fx.published(RecordFixtures.sample("namen-5656cdcd"));
        fx.save(ExportFixtures.withMetadata(r, r.metadata().toBuilder()
                .makers(List.of("Sanne de Boer", "Jan van der Berg", "Eve;Mallory\nEND:VCARD", " ")).consent(true)
                .subtitles(null).build()));
        VideoRecord hidden = fx.published(RecordFixtures.sample("geheim-7878efef"));
        Metadata hm = hidden.metadata();
        fx.save(ExportFixtures.withMetadata(hidden, hm.toBuilder().makers(List.of("Kees van Lier"))
                .consent(false).subtitles(null).build()));
        fx.rule("makers.no-consent", "warning"); // even then the names stay out
        new Exporter(fx.catalog).export(ExportRequest.of(ExportFormat.NLLOM, tmp.resolve("out"))
                .withBaseUrl(ExportFixtures.BASE), Progress.NONE);
        Xml x = Xml.parse(tmp.resolve("out/namen-5656cdcd.xml")).validate(Shared.lomSchema(), "authors");
        List<String> cards = x.texts("//lom:contribute[lom:role/lom:value/lom:langstring='author']/lom:centity/lom:vcard");
        assertEquals(3, cards.size(), "a blank maker is left out: " + cards);
        assertTrue(cards.get(0).contains("\nN:de Boer;Sanne;;;\n") && cards.get(0).contains("\nFN:Sanne de Boer\n"));
        assertTrue(cards.get(1).contains("\nN:van der Berg;Jan;;;\nSORT-STRING:Berg\n"), cards.get(1));
        assertTrue(cards.get(2).contains("\nFN:Eve\\;Mallory END:VCARD\n"), cards.get(2));
        String secret = Files.readString(tmp.resolve("out/geheim-7878efef.xml"));
        assertFalse(secret.contains("Kees") || secret.contains("Lier"), secret);
    }

    /** The ;-separated parts of a vCard value, escapes kept. */
    private static List<String> parts(String value) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                part.append(c).append(value.charAt(++i));
            } else if (c == ';') {
                out.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        out.add(part.toString());
        return out;
    }

    private static void assertName(String in, String given, String particle, String family) {
        assertEquals(new VCard.Name(given, particle, family), VCard.split(in), in);
    }
}
