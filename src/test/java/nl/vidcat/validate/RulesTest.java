package nl.vidcat.validate;

import static nl.vidcat.validate.ValidateFixtures.catalog;
import static nl.vidcat.validate.ValidateFixtures.clean;
import static nl.vidcat.validate.ValidateFixtures.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.Media;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RuleOverride;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One positive and one negative case per rule, on records in a real catalog directory. */
class RulesTest {

    private static final Normalizer N = Normalizer.standard();

    @TempDir
    Path tmp;
    private int runs;

    /** Validates the records in a fresh catalog of their own. */
    private ValidateFixtures.Collected validate(VideoRecord... records) throws IOException {
        return catalog(tmp.resolve("catalog" + runs++), records);
    }

    private List<Finding> of(ValidateFixtures.Collected c, Rule rule) {
        return c.findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private Finding only(ValidateFixtures.Collected c, Rule rule) {
        List<Finding> f = of(c, rule);
        assertEquals(1, f.size(), () -> rule.id() + " expected once in " + c.ruleIds());
        assertFalse(f.get(0).nl().isBlank() || f.get(0).en().isBlank() || f.get(0).nl().equals(f.get(0).en()));
        return f.get(0);
    }

    @Test
    void cleanRecordHasNoFindings() throws IOException {
        ValidateFixtures.Collected c = validate(clean("breuken-vereenvoudigen-00000000"));
        assertEquals(List.of(), c.ruleIds());
        assertEquals(1, c.summary.items());
        assertFalse(c.summary.fails(Severity.WARNING));
    }

    @Test
    void titleMissingAndShort() throws IOException {
        ValidateFixtures.Collected c = validate(
                edit(clean("a-00000000"), m -> m.title = "  "),
                edit(clean("b-00000000"), m -> m.title = "Kort"),
                edit(clean("c-00000000"), m -> m.title = "Breuken"));
        assertEquals("a-00000000", recordOf(c, only(c, Rules.TITLE_MISSING)));
        assertEquals(2, of(c, Rules.TITLE_SHORT).size());
        assertEquals(Severity.ERROR, only(c, Rules.TITLE_MISSING).severity());
        assertTrue(only(c, Rules.TITLE_MISSING).location().line() > 1, "points at the metadata block");
        assertEquals(List.of(), of(validate(clean("d-00000000")), Rules.TITLE_SHORT));
    }

    @Test
    void descriptionMissingAndShort() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> m.description = null),
                edit(clean("b-00000000"), m -> m.description = "Uitleg over breuken."));
        only(c, Rules.DESCRIPTION_MISSING);
        assertTrue(only(c, Rules.DESCRIPTION_SHORT).nl().contains("20 tekens"));
        assertEquals(List.of(), of(validate(clean("c-00000000")), Rules.DESCRIPTION_SHORT));
    }

    @Test
    void duplicateTitlesWithinOneSchoolNameEachOther() throws IOException {
        ValidateFixtures.Collected c = validate(clean("a-00000000"),
                edit(clean("b-00000000"), m -> m.title = "breuken  Vereenvoudigen!"),
                edit(clean("c-00000000"), m -> m.school = "Andere School"),
                edit(clean("d-00000000"), m -> m.title = "Breuken vergelijken"));
        List<Finding> dups = of(c, Rules.TITLE_DUPLICATE);
        assertEquals(2, dups.size(), c.ruleIds()::toString);
        assertTrue(dups.get(0).location().file().endsWith("records/a-00000000.json"));
        assertTrue(dups.get(0).nl().contains("records/b-00000000.json:5"), dups.get(0).nl());
        assertTrue(dups.get(1).en().contains("records/a-00000000.json:5"), dups.get(1).en());
        assertEquals(5, dups.get(0).location().line());
        assertEquals(0, c.summary.failedItems(), "duplicates are warnings");
    }

    @Test
    void titlesInOtherScriptsAreComparedByTheirLetters() throws IOException {
        // an ISK class records in Arabic: two different titles are no duplicates, the same one twice is
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> m.title = "الكسور والنسب المئوية"),
                edit(clean("b-00000000"), m -> m.title = "الضرب والقسمة"),
                edit(clean("c-00000000"), m -> m.title = "الكسور  والنسب المئوية!"),
                edit(clean("d-00000000"), m -> m.title = "Κλάσματα και ποσοστά"));
        List<Finding> dups = of(c, Rules.TITLE_DUPLICATE);
        assertEquals(List.of("a-00000000", "c-00000000"), dups.stream().map(f -> recordOf(c, f)).toList());
    }

    @Test
    void handEditedDuplicatesAreFoundAndPointedAtWhereverTheTitleIs() throws IOException {
        // The second pass reads the title again straight from the bytes: JSON escapes, another key order and a title
        // that is not on line 5 must read as the first pass's record did, and a record with no title is no duplicate.
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat.save(clean("a-00000000"));
        cat.save(clean("c-00000000"));
        String saved = Files.readString(cat.recordFile("a-00000000"));
        String value = clean("a-00000000").metadata().title();
        String title = "\"title\" : \"" + value + "\",\n";
        assertTrue(saved.contains(title), saved);
        String escapedTitle = "\"title\" : \"" + value.replace("e", "\\u0065") + "\",\n";
        String escaped = saved.replace("a-00000000", "b-00000000").replace(title, "")
                .replace("\"school\" :", escapedTitle + "    \"school\" :");
        Files.writeString(cat.recordFile("b-00000000"), escaped);
        String untitled = Files.readString(cat.recordFile("c-00000000")).replace(title, "");
        Files.writeString(cat.recordFile("c-00000000"), untitled);

        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(Catalog.open(cat.dir())));
        List<Finding> dups = of(c, Rules.TITLE_DUPLICATE);
        assertEquals(2, dups.size(), c.ruleIds()::toString);
        int line = lineOf(cat.recordFile("b-00000000"), "\"title\"");
        assertTrue(line > 5, "the title moved down: " + line);
        assertEquals(line, dups.get(1).location().line());
        assertTrue(dups.get(0).nl().contains("records/b-00000000.json:" + line), dups.get(0).nl());
        assertFalse(dups.get(0).nl().contains("c-00000000"), dups.get(0).nl());
    }

    @Test
    void aLargeDuplicateGroupNamesFiveOthersAndCountsTheRest() throws IOException {
        VideoRecord[] same = new VideoRecord[8];
        for (int i = 0; i < same.length; i++) {
            same[i] = clean((char) ('a' + i) + "-00000000");
        }
        List<Finding> dups = of(validate(same), Rules.TITLE_DUPLICATE);
        assertEquals(8, dups.size());
        String first = dups.get(0).en();
        assertFalse(first.contains("records/a-00000000.json"), first);
        assertTrue(first.contains("records/b-00000000.json:5, ") && first.contains("records/f-00000000.json:5 (+2)"),
                first);
        String sixth = dups.get(5).en(); // a member beyond the five named ones names the first five
        assertTrue(sixth.contains("records/a-00000000.json:5") && sixth.contains("records/e-00000000.json:5 (+2)"),
                sixth);
        String last = dups.get(7).nl();
        assertFalse(last.contains("records/h-00000000.json"), last);
    }

    @Test
    void unknownVocabularyValuesGetASuggestion() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> {
            m.subject = N.subject("wiskunda");
            m.levels = N.levels("hvo");
            m.goals = N.goals("KD99, KD22");
            m.licence = N.licence("CC BY-SA 5.0");
            m.language = N.language("nederlandsch");
        }));
        assertTrue(only(c, Rules.SUBJECT_UNKNOWN).nl().contains("Bedoel je 'wiskunde'?"));
        assertTrue(only(c, Rules.LEVEL_UNKNOWN).en().contains("Did you mean 'havo'?"));
        Finding goal = only(c, Rules.GOAL_UNKNOWN);
        assertTrue(goal.nl().contains("1 t/m 58"), goal.nl());
        assertEquals("/metadata/goals/0", goal.location().field());
        Finding licence = only(c, Rules.LICENCE_UNKNOWN);
        assertTrue(licence.nl().contains("Bedoel je 'CC BY-SA 4.0'"), licence.nl());
        assertTrue(licence.en().contains("Did you mean 'CC BY-SA 4.0'"), licence.en());
        assertTrue(only(c, Rules.LANGUAGE_UNKNOWN).nl().contains("'nl'"));
        ValidateFixtures.Collected ok = validate(edit(clean("a-00000000"), m -> {
            m.subject = N.subject("Lichamelijke opvoeding");
            m.levels = N.levels("VMBO GL/TL, Havo");
            m.goals = N.goals("kerndoel 53, PO 57");
            m.licence = N.licence("cc-by-40");
            m.language = N.language("Engels");
        }));
        assertEquals(List.of(), ok.ruleIds());
        // a goal typed as (a misspelling of) its label is matched by spelling, not by number
        Finding byLabel = only(validate(edit(clean("a-00000000"),
                m -> m.goals = N.goals("Rekenstructuren doorzein en rekenbegripen gebruiken"))), Rules.GOAL_UNKNOWN);
        assertTrue(byLabel.nl().contains("Bedoel je '22'?"), byLabel.nl());
        assertTrue(byLabel.en().contains("Did you mean '22'?"), byLabel.en());
    }

    @Test
    void goalOfAnotherLearningAreaIsAWarning() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> {
            m.subject = N.subject("biologie");
            m.goals = N.goals("KD22, KD30, PO 12");
        }));
        Finding f = only(c, Rules.GOAL_SUBJECT);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("/metadata/goals/0", f.location().field());
        assertTrue(f.nl().contains("Wiskunde") && f.nl().contains("Biologie"), f.nl());
        assertEquals(List.of(), of(validate(clean("b-00000000")), Rules.GOAL_SUBJECT));
    }

    @Test
    void onderbouwGoalsOnABovenbouwOnlyRecord() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> m.years = List.of(4, 5)));
        assertEquals(Severity.WARNING, only(c, Rules.GOAL_BOVENBOUW).severity());
        assertEquals(List.of(), of(validate(edit(clean("b-00000000"), m -> m.years = List.of(3, 4))),
                Rules.GOAL_BOVENBOUW));
        assertEquals(List.of(), of(validate(edit(clean("c-00000000"), m -> {
            m.years = List.of(5);
            m.goals = List.of();
        })), Rules.GOAL_BOVENBOUW));
    }

    @Test
    void yearMustExistAtTheLevel() throws IOException {
        ValidateFixtures.Collected c = validate(
                edit(clean("a-00000000"), m -> {
                    m.levels = N.levels("vmbo-gt");
                    m.years = List.of(3, 5);
                    m.goals = List.of();
                }),
                edit(clean("b-00000000"), m -> {
                    m.levels = N.levels("havo");
                    m.years = List.of(6);
                    m.goals = List.of();
                }),
                edit(clean("c-00000000"), m -> {
                    m.levels = List.of();
                    m.years = List.of(7);
                    m.goals = List.of();
                }));
        List<Finding> f = of(c, Rules.YEAR_LEVEL);
        assertEquals(3, f.size(), c.ruleIds()::toString);
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("/metadata/years/1", f.get(0).location().field());
        assertTrue(f.get(0).nl().contains("vmbo-gt (t/m 4)"), f.get(0).nl());
        ValidateFixtures.Collected ok = validate(
                edit(clean("d-00000000"), m -> {
                    m.levels = N.levels("vwo");
                    m.years = List.of(6);
                    m.goals = List.of();
                }),
                edit(clean("e-00000000"), m -> {
                    m.levels = N.levels("vmbo-gt, havo");
                    m.years = List.of(5);
                    m.goals = List.of();
                }));
        assertEquals(List.of(), of(ok, Rules.YEAR_LEVEL));
    }

    @Test
    void licenceMissingOrNotOpen() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> m.licence = null),
                edit(clean("b-00000000"), m -> m.licence = N.licence("alle rechten voorbehouden")));
        only(c, Rules.LICENCE_MISSING);
        assertTrue(only(c, Rules.LICENCE_NOT_OPEN).en().contains("Alle rechten voorbehouden"));
        assertEquals(List.of(), validate(edit(clean("c-00000000"), m -> m.licence = N.licence("CC0"))).ruleIds());
    }

    @Test
    void namedMakersNeedConsentAndAreNeverQuoted() throws IOException {
        ValidateFixtures.Collected c = validate(edit(clean("a-00000000"), m -> m.consent = null),
                edit(clean("b-00000000"), m -> m.consent = false));
        List<Finding> f = of(c, Rules.MAKERS_CONSENT);
        assertEquals(2, f.size());
        for (Finding x : f) {
            assertEquals(Severity.ERROR, x.severity());
            assertFalse(x.nl().contains("Sanne") || x.en().contains("Daan"), "names of minors leaked: " + x);
        }
        assertTrue(f.get(1).nl().contains("'nee'"));
        ValidateFixtures.Collected ok = validate(edit(clean("c-00000000"), m -> {
            m.makers = List.of();
            m.consent = null;
        }));
        assertEquals(List.of(), ok.ruleIds());
    }

    @Test
    void locationTagsBlockPublishableRecordsOnly() throws IOException {
        VideoRecord gps = withSource(clean("a-00000000"), List.of("location"), 95, null);
        ValidateFixtures.Collected c = validate(gps.withStatus(ReviewStatus.APPROVED, RecordFixtures.T0),
                withSource(clean("b-00000000"), List.of("com.apple.quicktime.location.ISO6709"), 95, null)
                        .withStatus(ReviewStatus.IN_REVIEW, RecordFixtures.T0),
                withSource(clean("c-00000000"), List.of("location"), 95, null),
                clean("d-00000000").withStatus(ReviewStatus.APPROVED, RecordFixtures.T0));
        List<Finding> f = of(c, Rules.LOCATION_TAGS);
        assertEquals(2, f.size(), c.ruleIds()::toString);
        // a draft with tags (not yet publishable) and an approved record without them are fine
        assertEquals(List.of("a-00000000", "b-00000000"), f.stream().map(x -> recordOf(c, x)).toList());
        assertEquals("/source/locationTags", f.get(0).location().field());
        assertTrue(f.get(1).nl().contains("in-review"));
    }

    @Test
    void longVideosAreAWarning() throws IOException {
        ValidateFixtures.Collected c = validate(withSource(clean("a-00000000"), List.of(), 15 * 60 + 1, null),
                withSource(clean("b-00000000"), List.of(), 15 * 60, null));
        Finding f = only(c, Rules.TOO_LONG);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.nl().contains("15:01"), f.nl());
    }

    @Test
    void subtitlesFromSheetSourceOrMediaCount() throws IOException {
        VideoRecord none = RecordFixtures.sample("a-00000000");
        ValidateFixtures.Collected c = validate(none,
                clean("b-00000000"),
                withSource(RecordFixtures.sample("c-00000000"), List.of(), 95, "media/c-00000000/source.srt"),
                RecordFixtures.sample("d-00000000").withMedia(Media.EMPTY.withSubtitles(
                        List.of(new SubtitleTrack("media/d-00000000/nl.vtt", "nl", null))), RecordFixtures.T0));
        Finding f = only(c, Rules.SUBTITLES);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.location().file().endsWith("a-00000000.json"));
    }

    @Test
    void missingMediaIsCheckedOnlyWhenMediaArePresent() throws IOException {
        VideoRecord r = clean("a-00000000").withMedia(Media.EMPTY.withRenditions(List.of(new Rendition("720p", "web",
                "media/a-00000000/720p.mp4", 1280, 720, "h264", "High", "yuv420p", "aac", 95, 10, 10, null, false,
                true))), RecordFixtures.T0);
        // a CI checkout holds records only: nothing to compare with, so no finding
        ValidateFixtures.Collected recordsOnly = catalog(tmp.resolve("catalog"), r);
        assertEquals(List.of(), recordsOnly.ruleIds());
        Path media = tmp.resolve("catalog/media/a-00000000");
        Files.createDirectories(media);
        Files.writeString(media.resolve("source.mp4"), "not really a video: validate never opens it");
        ValidateFixtures.Collected c = catalog(tmp.resolve("catalog"), r);
        Finding f = only(c, Rules.MEDIA_MISSING);
        assertEquals("/media/renditions/0/file", f.location().field());
        assertTrue(f.nl().contains("media/a-00000000/720p.mp4"));
        Files.writeString(media.resolve("720p.mp4"), "");
        assertEquals(List.of(), catalog(tmp.resolve("catalog"), r).ruleIds());
    }

    @Test
    void storedProblemsAreSurfaced() throws IOException {
        VideoRecord r = edit(RecordFixtures.sample("a-00000000", "Breuken vereenvoudigen", "wiskunde", "havo", "1, abc",
                "KD22"), m -> m.subtitles = "x.vtt");
        Finding f = only(validate(r), Rules.PROBLEM);
        assertTrue(f.en().contains("ingest.bad-year") && f.en().contains("'abc'"), f.en());
        assertEquals("/problems/0", f.location().field());
        assertEquals(Severity.WARNING, f.severity());
        // the same record with a good year sheet has no stored problem and so no finding
        VideoRecord fine = edit(RecordFixtures.sample("b-00000000", "Breuken vereenvoudigen", "wiskunde", "havo", "1, 2",
                "KD22"), m -> m.subtitles = "x.vtt");
        assertEquals(List.of(), of(validate(fine), Rules.PROBLEM));
    }

    @Test
    void recordFileMustBeNamedAfterItsId() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat.save(clean("a-00000000"));
        Files.move(cat.recordFile("a-00000000"), cat.recordsDir().resolve("b-00000000.json"));
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(cat));
        assertTrue(only(c, Rules.FILE_NAME).nl().contains("a-00000000.json"));
        // outside a catalog any name is fine
        ValidateFixtures.Collected outside = ValidateFixtures.run(Source.records(List.of(cat.recordsDir().resolve("b-00000000.json")),
                CatalogContext.NONE));
        assertEquals(List.of(), outside.ruleIds());
    }

    /** Saves {@code r} in a fresh catalog, edits its file's text (hand edits vidcat itself never writes). */
    private Path savedAndEdited(VideoRecord r, String from, String to) throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat.save(r);
        Path f = cat.recordFile(r.id());
        String text = Files.readString(f);
        assertTrue(text.contains(from), from);
        Files.writeString(f, text.replace(from, to));
        return f;
    }

    private static final String DRAFT = "\"status\" : \"draft\"";

    @Test
    void schemaViolationsComeWithLineAndBothLanguages() throws IOException {
        Path f = savedAndEdited(clean("a-00000000"), DRAFT, "\"status\" : \"klaar\"");
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(Catalog.open(tmp.resolve("catalog"))));
        Finding s = only(c, Rules.SCHEMA);
        assertEquals("/status", s.location().field());
        assertEquals(lineOf(f, "\"status\""), s.location().line());
        assertEquals(List.of("schema.invalid"), c.ruleIds());
    }

    @Test
    void anUnknownStatusDoesNotHideTheOtherFindings() throws IOException {
        // One run shows a teacher everything to fix, not the status first and the short title on the next run.
        savedAndEdited(edit(clean("a-00000000"), m -> m.title = "Kort"), DRAFT, "\"status\" : \"klaar\"");
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(Catalog.open(tmp.resolve("catalog"))));
        assertEquals("/status", only(c, Rules.SCHEMA).location().field());
        assertEquals("/metadata/title", only(c, Rules.TITLE_SHORT).location().field());
    }

    @Test
    void aRecordThatCannotBeBoundGetsOnlyWhatIsWrongWithIt() throws IOException {
        savedAndEdited(edit(clean("a-00000000"), m -> m.title = "Kort"), "\"reviews\" : [ ]", "\"reviews\" : \"geen\"");
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(Catalog.open(tmp.resolve("catalog"))));
        assertEquals("/reviews", only(c, Rules.SCHEMA).location().field());
        assertEquals(List.of("schema.invalid"), c.ruleIds(), "no record, so no rules: " + c.ruleIds());
    }

    @Test
    void catalogSettingsSwitchOffAndReclassifyRules() throws IOException {
        Catalog cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        cat = cat.saveSettings(new CatalogSettings(1, "school", Map.of(
                "subtitles.missing", new RuleOverride(false, null),
                "title.short", new RuleOverride(null, "error"),
                "makers.no-consent", new RuleOverride(true, "warning"))));
        cat.save(edit(RecordFixtures.sample("a-00000000"), m -> {
            m.title = "Kort";
            m.consent = null;
        }));
        ValidateFixtures.Collected c = ValidateFixtures.run(Source.catalog(Catalog.open(cat.dir())));
        assertFalse(c.ruleIds().contains("subtitles.missing"));
        assertEquals(Severity.ERROR, only(c, Rules.TITLE_SHORT).severity());
        assertEquals(Severity.WARNING, only(c, Rules.MAKERS_CONSENT).severity());
    }

    @Test
    void typosInRuleSettingsAreUsageErrors() {
        VidcatException e = assertThrows(VidcatException.class, () -> RuleSet.of(new CatalogSettings(1, "x",
                Map.of("subtitles.mising", new RuleOverride(false, null)))));
        assertEquals(VidcatException.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("did you mean 'subtitles.missing'"), e.getMessage());
        VidcatException bad = assertThrows(VidcatException.class, () -> RuleSet.of(new CatalogSettings(1, "x",
                Map.of("title.short", new RuleOverride(null, "fatal")))));
        assertTrue(bad.getMessage().contains("'fatal'"), bad.getMessage());
    }

    @Test
    void everyRuleHasAStableIdAndTwoLanguages() {
        assertEquals(Rules.all().size(), Rules.all().stream().map(Rule::id).distinct().count());
        for (Rule r : Rules.all()) {
            assertTrue(r.id().matches("[a-z]+(\\.[a-z]+(-[a-z]+)*)+"), r.id());
            assertFalse(r.nl().equals(r.en()), r.id());
            assertEquals(r, Rules.byId(r.id()).orElseThrow());
        }
    }

    static VideoRecord withSource(VideoRecord r, List<String> locationTags, double seconds, String subtitlesFile) {
        SourceFile s = r.source();
        return r.withSource(new SourceFile(s.originalPath(), s.file(), s.size(), s.sha256(), s.container(), seconds,
                s.video(), s.audio(), locationTags, subtitlesFile), RecordFixtures.T0);
    }

    private static String recordOf(ValidateFixtures.Collected c, Finding f) {
        return c.items.stream().filter(i -> i.findings().contains(f)).findFirst().orElseThrow().recordId();
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
