package nl.vidcat.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.vocab.Vocabulary;

/**
 * The columns of the coordinators' metadata sheet, in the documented order (the order {@code vidcat sheet} writes
 * them). Headers are matched in Dutch or English, in any case and order, ignoring spaces and punctuation
 * ("Bestand ", "FILE", "Ondertitels").
 */
public enum Column {
    FILE("bestand", "file", "bestandsnaam", "filename", "video", "videobestand"),
    TITLE("titel", "title"),
    DESCRIPTION("beschrijving", "description", "omschrijving"),
    SUBJECT("vak", "subject", "vakgebied"),
    LEVEL("niveau", "level", "niveaus", "levels", "schoolsoort"),
    YEAR("leerjaar", "year", "leerjaren", "years", "klas"),
    GOALS("kerndoelen", "goals", "kerndoel", "goal", "leerdoelen"),
    KEYWORDS("trefwoorden", "keywords", "trefwoord", "tags", "zoekwoorden"),
    MAKERS("makers", "maker", "leerlingen", "students"),
    CONSENT("toestemming", "consent"),
    TEACHER("docent", "teacher", "begeleider"),
    SCHOOL("school", "publisher", "uitgever"),
    LICENCE("licentie", "licence", "license"),
    LANGUAGE("taal", "language"),
    SUBTITLES("ondertitels", "subtitles", "ondertiteling", "ondertitel", "subtitle", "captions"),
    /**
     * How long the video plays, as {@code vidcat sheet} writes it for the coordinator to recognise the video by.
     * Ingest ignores it on purpose (the probe measures the real duration); it is known only so that it is no
     * "unknown column" finding.
     */
    DURATION("duur", "duration", "speelduur", "lengte");

    private static final Map<String, Column> BY_KEY = new HashMap<>();

    static {
        for (Column c : values()) {
            for (String n : c.names) {
                BY_KEY.put(Vocabulary.key(n), c);
            }
        }
    }

    private final List<String> names;

    Column(String... names) {
        this.names = List.of(names);
    }

    /** The Dutch header, as written in exported sheets. */
    public String dutch() {
        return names.get(0);
    }

    public String english() {
        return names.get(1);
    }

    public static Optional<Column> forHeader(String header) {
        return Optional.ofNullable(BY_KEY.get(Vocabulary.key(header == null ? "" : header)));
    }
}
