package nl.vidcat.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.model.Problem;
import nl.vidcat.model.Term;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer n = Normalizer.standard();

    @Test
    void everySpellingOfAKerndoelIsTheSameGoal() {
        String uuid = "f82de175-d5d2-4fba-8a4e-bac6494f83ae"; // VO kerndoel 22
        for (String in : List.of("22", "KD22", "kd 22", "kerndoel 22", "Kerndoel-22", "VO 22", uuid, uuid.toUpperCase())) {
            Term t = n.goal(in);
            assertEquals(uuid, t.id(), in);
            assertEquals("22", t.code(), in);
            assertEquals(in, t.input());
        }
        assertEquals("po-12", n.goal("PO 12").code());
        assertFalse(n.goal("KD99").known());
        assertFalse(n.goal("breuken").known());
        assertEquals(List.of("22", "23"), n.goals("KD22; 23 | kerndoel 22").stream().map(Term::code).toList());
    }

    @Test
    void kerndoel32IsOneGoal() {
        assertEquals(n.goal("32").id(), n.goal("32 deel 2").id());
        assertEquals(58, Vocabularies.get().goalsVo().entries().size());
    }

    @Test
    void theLeergebiedMappingSaysWhichSubjectTeachesAGoal() {
        Vocabularies v = Vocabularies.get();
        assertTrue(v.teaches("wiskunde", 22));
        assertTrue(v.teaches("Wiskunde", 19), "any spelling of the code");
        assertTrue(v.teaches("lichamelijke opvoeding", 58));
        assertTrue(v.teaches("natuur leven en technologie", 30));
        assertFalse(v.teaches("biologie", 22));
        assertFalse(v.teaches("wiskunde", 59), "no kerndoel 59");
    }

    @Test
    void subjectsByNameShorthandOrUuid() {
        assertEquals("wiskunde", n.subject("Wiskunde").code());
        assertEquals("wiskunde", n.subject("wis").code());
        assertEquals("lichamelijke opvoeding", n.subject("LO").code());
        assertEquals("lichamelijke opvoeding", n.subject("gym").code());
        assertEquals("lichamelijke opvoeding", n.subject("Lichamelijke  opvoeding").code());
        assertEquals("aardrijkskunde", n.subject("ak").code());
        assertEquals("geschiedenis", n.subject("gs").code());
        assertEquals("wiskunde", n.subject("7afbb7a6-c29b-425c-9c59-6f79c845f5f0").code());
        assertFalse(n.subject("wiskude").known());
        assertEquals(List.of("wiskunde"), Vocabularies.get().subjects().suggest("wiskude", 3));
        assertNull(n.subject(" "));
    }

    @Test
    void levelsInAnyCaseAndCombination() {
        assertEquals(List.of("havo"), codes(n.levels("HAVO")));
        assertEquals(List.of("havo", "vwo"), codes(n.levels("havo/vwo")));
        assertEquals(List.of("vmbo-gt"), codes(n.levels("vmbo gl/tl")));
        assertEquals(List.of("vmbo-b", "vmbo-k"), codes(n.levels("vmbo-bb, vmbo-kb")));
        assertEquals(List.of("praktijkonderwijs"), codes(n.levels("Praktijkonderwijs")));
        assertFalse(n.levels("mbo-4").get(0).known());
        assertEquals(5, Vocabularies.get().maxYear("havo"));
        assertEquals(4, Vocabularies.get().maxYear("vmbo-k"));
    }

    @Test
    void licencesAsCodesLabelsOrUrls() {
        for (String in : List.of("CC BY-SA 4.0", "cc-by-sa-40", "CC-BY-SA", "https://creativecommons.org/licenses/by-sa/4.0/")) {
            assertEquals("cc-by-sa-40", n.licence(in).id(), in);
        }
        assertEquals("cc0-10", n.licence("CC0").id());
        assertEquals("https://creativecommons.org/licenses/by-nc-sa/4.0/", Vocabularies.get().licenceUrl("cc-by-nc-sa-40").orElseThrow());
        assertFalse(Vocabularies.get().isOpenLicence("alle-rechten-voorbehouden"));
        assertFalse(n.licence("MIT").known());
    }

    @Test
    void yearsConsentAndLanguage() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of(1, 2, 3), n.years("1 t/m 3", problems));
        assertEquals(List.of(1, 2), n.years("leerjaar 2, 1", problems));
        assertTrue(problems.isEmpty());
        assertEquals(List.of(), n.years("eerste", problems));
        assertEquals("ingest.bad-year", problems.get(0).code());
        assertEquals(Boolean.TRUE, n.consent("Ja", problems));
        assertEquals(Boolean.FALSE, n.consent("NEE", problems));
        assertNull(n.consent("misschien", problems));
        assertEquals("ingest.bad-consent", problems.get(1).code());
        assertEquals("nl", n.language(""));
        assertEquals("en", n.language("Engels"));
        assertEquals("klingon", n.language("Klingon"));
        // every ISO 639-1 language, by its Dutch, English or own name or its ISO 639-2 code (B or T)
        assertEquals("ti", n.language("Tigrinya"));
        assertEquals("so", n.language("Somalisch"));
        assertEquals("fa", n.language("فارسی"));
        assertEquals("nl", n.language("dut"));
        assertEquals("nl", n.language("NLD"));
        assertEquals("he", n.language("Hebreeuws"));
        assertEquals("pap", n.language("Papiamentu"));
        assertEquals("iw", n.language("iw"), "a withdrawn code is kept as typed, for validate to flag");
        assertEquals("ar", n.language("العربية"));
        assertEquals("strasse", Vocabulary.key("Straße"));
        assertEquals("een", Vocabulary.key("Één!"));
    }

    private static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).toList();
    }
}
