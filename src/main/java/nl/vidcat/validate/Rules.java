package nl.vidcat.validate;

import static nl.vidcat.validate.Severity.ERROR;
import static nl.vidcat.validate.Severity.WARNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule vidcat validate knows. Ids are part of the interface (catalog.json overrides, CI filters, SARIF
 * dashboards): never rename one; retire it and add a new id instead.
 */
public final class Rules {

    public static final Rule SCHEMA = new Rule("schema.invalid", ERROR,
            "Het record voldoet niet aan het catalogusschema (catalog-schema/record.schema.json).",
            "The record does not match the catalog schema (catalog-schema/record.schema.json).");
    public static final Rule UNREADABLE = new Rule("record.unreadable", ERROR,
            "Het bestand is geen leesbaar record: kapotte JSON, verkeerde tekenset, leeg of onleesbaar.",
            "The file is not a readable record: broken JSON, wrong encoding, empty or unreadable.");
    public static final Rule FILE_NAME = new Rule("record.file-name", ERROR,
            "De bestandsnaam in records/ moet het record-id zijn (<id>.json), anders vindt vidcat het record niet.",
            "A file in records/ must be named after its record id (<id>.json), or vidcat cannot find it.");
    public static final Rule SHEET = new Rule("sheet.problem", ERROR,
            "Het metadatablad zelf kan niet goed gelezen worden (kolommen, tekenset, regels).",
            "The metadata sheet itself cannot be read properly (columns, encoding, lines).");
    public static final Rule PROBLEM = new Rule("record.problem", WARNING,
            "Een eerdere stap (inlezen, transcoderen, ...) meldde een probleem bij deze video.",
            "An earlier stage (ingest, transcode, ...) reported a problem with this video.");
    public static final Rule TITLE_MISSING = new Rule("title.missing", ERROR,
            "De video heeft geen titel.",
            "The video has no title.");
    public static final Rule TITLE_SHORT = new Rule("title.short", WARNING,
            "De titel is korter dan " + Limits.TITLE_MIN + " tekens en zegt leerlingen te weinig.",
            "The title is shorter than " + Limits.TITLE_MIN + " characters and tells students too little.");
    public static final Rule DESCRIPTION_MISSING = new Rule("description.missing", ERROR,
            "De video heeft geen beschrijving.",
            "The video has no description.");
    public static final Rule DESCRIPTION_SHORT = new Rule("description.short", WARNING,
            "De beschrijving is korter dan " + Limits.DESCRIPTION_MIN + " tekens.",
            "The description is shorter than " + Limits.DESCRIPTION_MIN + " characters.");
    public static final Rule TITLE_DUPLICATE = new Rule("title.duplicate", WARNING,
            "Twee of meer video's van dezelfde school hebben dezelfde titel.",
            "Two or more videos of the same school have the same title.");
    public static final Rule SUBJECT_UNKNOWN = new Rule("subject.unknown", ERROR,
            "Het vak staat niet in de lijst met vakken (VO) van Edurep.",
            "The subject is not in the Edurep list of VO subjects.");
    public static final Rule LEVEL_UNKNOWN = new Rule("level.unknown", ERROR,
            "Het niveau is geen bekend onderwijsniveau (vmbo-b, vmbo-k, vmbo-gt, havo, vwo, praktijkonderwijs).",
            "The level is not a known education level (vmbo-b, vmbo-k, vmbo-gt, havo, vwo, praktijkonderwijs).");
    public static final Rule GOAL_UNKNOWN = new Rule("goal.unknown", ERROR,
            "Het kerndoel bestaat niet (kerndoelen onderbouw VO 1-58, PO 1-58, of hun OBK-id).",
            "The kerndoel does not exist (kerndoelen onderbouw VO 1-58, PO 1-58, or their OBK id).");
    public static final Rule LICENCE_UNKNOWN = new Rule("licence.unknown", ERROR,
            "De licentie is geen bekende NL-LOM-licentiecode.",
            "The licence is not a known NL-LOM licence code.");
    public static final Rule LANGUAGE_UNKNOWN = new Rule("language.unknown", ERROR,
            "De taal is geen bekende ISO 639-1-code.",
            "The language is not a known ISO 639-1 code.");
    public static final Rule GOAL_SUBJECT = new Rule("goal.subject-mismatch", WARNING,
            "Het kerndoel hoort bij een ander leergebied dan het vak van de video.",
            "The kerndoel belongs to a different learning area than the video's subject.");
    public static final Rule GOAL_BOVENBOUW = new Rule("goal.onderbouw-on-bovenbouw", WARNING,
            "Kerndoelen onderbouw bij een video die alleen voor de bovenbouw (leerjaar 4 en hoger) is.",
            "Lower-secondary kerndoelen on a video that is only for upper secondary (year 4 and up).");
    public static final Rule YEAR_LEVEL = new Rule("year.level-mismatch", ERROR,
            "Het leerjaar bestaat niet bij het niveau (vmbo t/m 4, havo t/m 5, vwo t/m 6).",
            "The school year does not exist at the level (vmbo up to 4, havo up to 5, vwo up to 6).");
    public static final Rule LICENCE_MISSING = new Rule("licence.missing", ERROR,
            "Er is geen licentie opgegeven; zonder licentie mag niemand de video hergebruiken.",
            "No licence is given; without one nobody may reuse the video.");
    public static final Rule LICENCE_NOT_OPEN = new Rule("licence.not-open", ERROR,
            "De licentie is geen Creative Commons- of publiek-domeinlicentie; Wikiwijs en Edurep vragen open content.",
            "The licence is not Creative Commons or public domain; Wikiwijs and Edurep require open content.");
    public static final Rule MAKERS_CONSENT = new Rule("makers.no-consent", ERROR,
            "Er staan namen van makers (minderjarigen) bij de video zonder hun toestemming (privacy).",
            "Makers (minors) are named without their consent (privacy).");
    public static final Rule LOCATION_TAGS = new Rule("privacy.location-tags", ERROR,
            "Het originele bestand bevat GPS-/locatiegegevens terwijl de video publiceerbaar is (status in-review"
                    + " of approved).",
            "The original file carries GPS/location tags while the video is publishable (status in-review or"
                    + " approved).");
    public static final Rule NAMES_IN_TEXT = new Rule("privacy.names-in-text", ERROR,
            "De naam (of voornaam) van een maker zonder toestemming staat in de titel, beschrijving, trefwoorden of"
                    + " ondertitels.",
            "The name (or first name) of a maker without consent appears in the title, description, keywords or"
                    + " subtitles.");
    public static final Rule FIRST_NAMES_IN_TEXT = new Rule("privacy.first-names-in-text", WARNING,
            "Een veelvoorkomende voornaam of de naam van een maker staat in de titel,"
                    + " beschrijving of trefwoorden: noem leerlingen niet bij naam.",
            "A common first name or a maker's name appears in the title, description or"
                    + " keywords: do not name pupils.");
    public static final Rule MEDIA_MISSING = new Rule("media.missing", ERROR,
            "Een bestand waar het record naar verwijst ontbreekt in de catalogus (alleen gecontroleerd als media/"
                    + " lokaal aanwezig is).",
            "A file the record refers to is missing from the catalog (checked only when media/ is present locally).");
    public static final Rule TOO_LONG = new Rule("video.too-long", WARNING,
            "De video duurt langer dan " + Limits.MAX_MINUTES + " minuten; uitlegvideo's werken het best kort.",
            "The video is longer than " + Limits.MAX_MINUTES + " minutes; instructional videos work best short.");
    public static final Rule SUBTITLES = new Rule("subtitles.missing", WARNING,
            "De video heeft geen ondertitels (toegankelijkheid: doven, slechthorenden, anderstaligen).",
            "The video has no subtitles (accessibility: deaf and hard-of-hearing viewers, non-native speakers).");

    // Text safety (issue 17): invisible characters that act on terminals or reorder text.
    public static final Rule CONTROL_CHARACTERS = new Rule("text.control-characters", ERROR,
            "Een tekstveld bevat een onzichtbaar stuur- of richtingsteken (zoals ESC of U+202E) dat een terminal"
                    + " aanstuurt of tekst omkeert.",
            "A text field holds an invisible control or direction character (such as ESC or U+202E) that drives a"
                    + " terminal or reverses text.");

    private static final List<Rule> ALL = List.of(SCHEMA, UNREADABLE, FILE_NAME, SHEET, PROBLEM,
            TITLE_MISSING, TITLE_SHORT, DESCRIPTION_MISSING, DESCRIPTION_SHORT, TITLE_DUPLICATE,
            SUBJECT_UNKNOWN, LEVEL_UNKNOWN, GOAL_UNKNOWN, LICENCE_UNKNOWN, LANGUAGE_UNKNOWN,
            GOAL_SUBJECT, GOAL_BOVENBOUW, YEAR_LEVEL,
            LICENCE_MISSING, LICENCE_NOT_OPEN, MAKERS_CONSENT, LOCATION_TAGS, NAMES_IN_TEXT, FIRST_NAMES_IN_TEXT,
            MEDIA_MISSING, TOO_LONG, SUBTITLES,
            CONTROL_CHARACTERS);

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        ALL.forEach(r -> BY_ID.put(r.id(), r));
    }

    /** The thresholds the rules use, in one place so README and messages agree. */
    public static final class Limits {
        public static final int TITLE_MIN = 8;
        public static final int DESCRIPTION_MIN = 40;
        public static final int MAX_MINUTES = 15;
        /** First school year of the bovenbouw (upper secondary). */
        public static final int BOVENBOUW_FROM = 4;

        private Limits() {
        }
    }

    private Rules() {
    }

    /** All rules in report order. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
