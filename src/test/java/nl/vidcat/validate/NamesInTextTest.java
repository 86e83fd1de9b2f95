package nl.vidcat.validate;

import nl.vidcat.store.CatalogLayout;
import static nl.vidcat.validate.ValidateFixtures.clean;
import static nl.vidcat.validate.ValidateFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.Media;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.FirstNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** privacy.names-in-text and privacy.first-names-in-text on records in a real catalog directory. */
class NamesInTextTest {

    @TempDir
    Path tmp;
    private int runs;

    /** A record whose makers did not consent, the way the bundled example's kaart-lezen row is. */
    private static VideoRecord withoutConsent(String id, String... makers) {
        return edit(clean(id), m -> {
            m.makers = List.of(makers);
            m.consent = false;
        });
    }

    private ValidateFixtures.Collected validate(List<String> allowedNames, VideoRecord... records) throws IOException {
        Path dir = tmp.resolve("catalog" + runs++);
        Catalog c = Catalog.openOrCreate(dir);
        if (!allowedNames.isEmpty()) {
            c.saveSettings(new CatalogSettings(1, "school", Map.of(), allowedNames));
        }
        for (VideoRecord r : records) {
            c.save(r);
        }
        return ValidateFixtures.run(Source.catalog(Catalog.open(dir)));
    }

    private ValidateFixtures.Collected validate(VideoRecord... records) throws IOException {
        return validate(List.of(), records);
    }

    private static List<Finding> of(ValidateFixtures.Collected c, Rule rule, String recordId) {
        return c.items.stream().filter(i -> recordId.equals(i.recordId())).flatMap(i -> i.findings().stream())
                .filter(f -> f.rule() == rule).toList();
    }

    private static Finding only(ValidateFixtures.Collected c, Rule rule, String recordId) {
        List<Finding> f = of(c, rule, recordId);
        assertEquals(1, f.size(), () -> rule.id() + " expected once for " + recordId + " in " + c.findings());
        return f.get(0);
    }

    @Test
    void aMakerWithoutConsentNamedInTitleDescriptionOrKeywordsIsAnError() throws IOException {
        ValidateFixtures.Collected c = validate(
                edit(withoutConsent("a-00000000", "Noor El Amrani"), m -> m.description =
                        "Noor laat met haar telefoon zien hoe je met de schaal van een kaart de afstand uitrekent."),
                edit(withoutConsent("b-00000000", "Sanne Jansen", "Daan de Vries"), m -> m.title =
                        "DAAN DE VRIES over de schaal"),
                edit(withoutConsent("c-00000000", "Noor El Amrani"), m -> m.keywords = List.of("kaart", "noor el amrani")),
                edit(withoutConsent("d-00000000", "Daan de Vries"), m -> m.description =
                        "Uitleg door De Vries: hoe je met de schaal van een kaart de echte afstand uitrekent."),
                edit(withoutConsent("e-00000000", "Nóor Jansen"), m -> m.keywords = List.of("kaart", "noor")));
        Finding first = only(c, Rules.NAMES_IN_TEXT, "a-00000000");
        assertEquals(Severity.ERROR, first.severity());
        assertEquals("/metadata/description", first.location().field());
        assertTrue(first.en().contains("the first name at character 1"), first.en());
        assertTrue(first.en().contains("maker 1 (N.)") && first.en().contains("remove the name"), first.en());
        assertFalse(first.en().contains("Noor") || first.nl().contains("Noor"), "the report repeats no name");
        Finding full = only(c, Rules.NAMES_IN_TEXT, "b-00000000");
        assertEquals("/metadata/title", full.location().field());
        assertTrue(full.en().contains("maker 2 (D.)") && full.en().contains("the full name at character 1"),
                full.en());
        assertEquals("/metadata/keywords/1", only(c, Rules.NAMES_IN_TEXT, "c-00000000").location().field());
        assertTrue(only(c, Rules.NAMES_IN_TEXT, "d-00000000").en().contains("the last name at character 13"));
        // accents and case do not hide a name: "noor" is "Nóor"
        assertEquals("/metadata/keywords/1", only(c, Rules.NAMES_IN_TEXT, "e-00000000").location().field());
    }

    @Test
    void ordinaryWordsThatAreAlsoMakersNamesAreNotErrors() throws IOException {
        // de Boer, Bakker, Roos: last names and some first names are words; only their capitalized use counts
        ValidateFixtures.Collected c = validate(edit(withoutConsent("a-00000000", "Roos Bakker", "Sanne de Boer"),
                m -> m.description = "De boer en de bakker: waarom de roos in de kas bloeit en hoe de vries de kas"
                        + " beschermt tegen vorst."));
        assertEquals(List.of(), of(c, Rules.NAMES_IN_TEXT, "a-00000000"));
        ValidateFixtures.Collected named = validate(edit(withoutConsent("b-00000000", "Roos Bakker", "Sanne de Boer"),
                m -> m.description = "Roos en mevrouw De Boer laten zien waarom de roos in de kas bloeit."));
        List<Finding> f = of(named, Rules.NAMES_IN_TEXT, "b-00000000");
        assertEquals(2, f.size(), "one finding per maker and field: " + f);
        assertTrue(f.get(0).en().contains("maker 1 (R.)") && f.get(0).en().contains("first name at character 1"));
        assertTrue(f.get(1).en().contains("maker 2 (S.)") && f.get(1).en().contains("last name at character 17"),
                f.get(1).en());
    }

    @Test
    void consentingMakersAreNoErrorButAWarning() throws IOException {
        VideoRecord r = edit(clean("a-00000000"), m -> {
            m.makers = List.of("Sanne de Boer", "Daan Smit");
            m.consent = true;
            m.description = "Sanne (havo 4) legt stap voor stap uit hoe je een breuk vereenvoudigt: zoek de grootste"
                    + " gemene deler van teller én noemer en deel beide erdoor.";
        });
        ValidateFixtures.Collected c = validate(r);
        assertEquals(List.of(), of(c, Rules.NAMES_IN_TEXT, "a-00000000"));
        Finding w = only(c, Rules.FIRST_NAMES_IN_TEXT, "a-00000000");
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("/metadata/description", w.location().field());
        assertTrue(w.en().contains("maker 1 (S.)") && w.en().contains("not consent to be described"), w.en());
    }

    @Test
    void aCommonFirstNameIsAWarningQuotingTheWord() throws IOException {
        assertTrue(FirstNames.get().size() > 200, "the shipped name list is loaded");
        VideoRecord r = edit(clean("a-00000000"), m -> {
            m.makers = List.of();
            m.consent = null;
            m.description = "Noor laat met haar telefoon zien hoe je met de schaal van een kaart de echte afstand"
                    + " tussen twee plaatsen uitrekent, samen met Daan.";
        });
        ValidateFixtures.Collected c = validate(r);
        Finding w = only(c, Rules.FIRST_NAMES_IN_TEXT, "a-00000000");
        assertTrue(w.en().contains("'Noor' at character 1") && w.en().contains("'Daan' at character"), w.en());
        assertTrue(w.nl().contains("allowedNames"), w.nl());
    }

    @Test
    void theAllowListSuppressesFalseFriends() throws IOException {
        VideoRecord r = edit(clean("a-00000000"), m -> m.description =
                "Roos laat zien hoe je een roos snoeit; daarna vertelt Mark over de Tachtigjarige Oorlog.");
        assertEquals(1, of(validate(r), Rules.FIRST_NAMES_IN_TEXT, "a-00000000").size());
        assertEquals(List.of(), of(validate(List.of("roos", "MARK"), r), Rules.FIRST_NAMES_IN_TEXT, "a-00000000"));
        ValidateFixtures.Collected partly = validate(List.of("Roos"), r);
        assertTrue(only(partly, Rules.FIRST_NAMES_IN_TEXT, "a-00000000").en().contains("'Mark'"));
        assertFalse(only(partly, Rules.FIRST_NAMES_IN_TEXT, "a-00000000").en().contains("'Roos'"));
    }

    @Test
    void aHandWrittenAllowListOfOneWordMayBeAString() throws IOException {
        Path dir = tmp.resolve("hand");
        Catalog c = Catalog.openOrCreate(dir);
        c.save(edit(clean("a-00000000"), m -> m.description = "Roos laat zien hoe je een roos snoeit en stekt."));
        Files.writeString(dir.resolve(CatalogLayout.SETTINGS_FILE),
                "{ \"schemaVersion\" : 1, \"name\" : \"bio\", \"allowedNames\" : \"Roos\" }");
        ValidateFixtures.Collected r = ValidateFixtures.run(Source.catalog(Catalog.open(dir)));
        assertEquals(List.of("Roos"), Catalog.open(dir).settings().allowedNames());
        assertEquals(List.of(), of(r, Rules.FIRST_NAMES_IN_TEXT, "a-00000000"));
    }

    @Test
    void noFalsePositivesOnOrdinaryDutchText() throws IOException {
        String[] texts = {
            "Een tijdlijn van de opstand tegen Spanje, van de Beeldenstorm tot de Vrede van Münster.",
            "Willem van Oranje en Karel de Grote: twee vorsten vergeleken. Johan de Witt en Anne Frank komen later.",
            "Koning Willem-Alexander opent de Deltawerken; de roos, de merel en de iris in het voorjaar.",
            "Schermopname: hoe je in de PhET-simulatie een serieschakeling bouwt en met de stroommeter meet.",
            "Twee leerlingen uit vwo 5 doen de radslag voor en benoemen de vier stappen: aanloop, handen, landen.",
            "Waarom was de zeventiende eeuw voor de Republiek een gouden eeuw, en voor wie niet? Dat weet jan en alleman.",
            "Lente is het seizoen van de merel. Ben je klaar voor de toets? Roos en tulp bloeien dan weer.",
        };
        VideoRecord[] records = new VideoRecord[texts.length];
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            records[i] = edit(clean((char) ('a' + i) + "-00000000"), m -> m.description = text);
        }
        ValidateFixtures.Collected c = validate(records);
        assertEquals(List.of(), c.findings().stream().filter(f -> f.rule() == Rules.FIRST_NAMES_IN_TEXT
                || f.rule() == Rules.NAMES_IN_TEXT).toList());
    }

    @Test
    void subtitlesAreReadForCueTimes() throws IOException {
        Path dir = tmp.resolve("subs");
        Catalog c = Catalog.openOrCreate(dir);
        VideoRecord tracked = withoutConsent("a-00000000", "Noor El Amrani");
        tracked = tracked.withMedia(new Media(List.of(), null, null,
                List.of(new SubtitleTrack("media/a-00000000/subtitles.nl.vtt", "nl", "0".repeat(64))), null),
                tracked.updatedAt());
        c.save(tracked);
        Files.createDirectories(dir.resolve("media/a-00000000"));
        Files.writeString(dir.resolve("media/a-00000000/subtitles.nl.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n"
                + "Welkom bij aardrijkskunde.\n\n00:00:03.000 --> 00:00:05.000\nHoi, ik ben <i>noor</i>!\n");
        // a sidecar as the school supplied it (Windows-1252 SubRip), before transcode made a track
        c.save(RulesTest.withSource(withoutConsent("b-00000000", "Noor El Amrani"), List.of(), 95,
                "media/b-00000000/source.srt"));
        Files.createDirectories(dir.resolve("media/b-00000000"));
        Files.write(dir.resolve("media/b-00000000/source.srt"), ("1\r\n00:01:02,000 --> 00:01:04,000\r\n"
                + "Dag, ik ben Nóor El Amrani en ik woon in Zaandam.\r\n").getBytes(StandardCharsets.ISO_8859_1));
        // a consenting maker who says her name in the video: the warning does not read subtitles
        VideoRecord spoken = clean("c-00000000");
        c.save(spoken.withMedia(new Media(List.of(), null, null,
                List.of(new SubtitleTrack("media/c-00000000/subtitles.nl.vtt", "nl", "0".repeat(64))), null),
                spoken.updatedAt()));
        Files.createDirectories(dir.resolve("media/c-00000000"));
        Files.writeString(dir.resolve("media/c-00000000/subtitles.nl.vtt"),
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHoi, ik ben Sanne en dit is Daan.\n");
        ValidateFixtures.Collected r = ValidateFixtures.run(Source.catalog(Catalog.open(dir)));
        assertEquals(List.of(), of(r, Rules.FIRST_NAMES_IN_TEXT, "c-00000000"));
        Finding a = only(r, Rules.NAMES_IN_TEXT, "a-00000000");
        assertEquals("/media/subtitles/0/file", a.location().field());
        assertTrue(a.en().contains("the subtitles (subtitles.nl.vtt)") && a.en().contains("at 00:00:03.000"), a.en());
        Finding b = only(r, Rules.NAMES_IN_TEXT, "b-00000000");
        assertEquals("/source/subtitlesFile", b.location().field());
        assertTrue(b.en().contains("the full name at 00:01:02.000"), b.en());
    }

    @Test
    void theBundledExampleSheetNamesOnlyThePupilWithoutConsent() throws IOException {
        // examples/school/metadata.csv: "Sanne (havo 4) legt uit" became "Een leerling uit havo 4 legt uit" (the
        // warning above); "Noor laat ... zien" stays as the example of what blocks publication
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.sheet(Path.of("examples/school/metadata.csv"), CatalogContext.NONE));
        List<Finding> errors = c.findings().stream().filter(f -> f.rule() == Rules.NAMES_IN_TEXT).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(3, errors.get(0).location().line());
        assertEquals(List.of(), c.findings().stream().filter(f -> f.rule() == Rules.FIRST_NAMES_IN_TEXT).toList());
    }
}
