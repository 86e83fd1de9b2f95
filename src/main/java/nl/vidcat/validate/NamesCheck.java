package nl.vidcat.validate;

import static nl.vidcat.validate.Messages.q;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.io.Subtitles;
import nl.vidcat.vocab.FirstNames;

/**
 * Names of pupils in the texts that leave the school. A maker without consent named in the title, description,
 * keywords or subtitles is an error; a common first name, or a consenting maker's name, in the title, description or
 * keywords is a warning. Error messages
 * name the maker by number and initial, never in full, because validation reports end up in CI logs.
 */
final class NamesCheck implements Check {

    private static final int SHOWN = 5;

    private final FirstNames firstNames;

    NamesCheck(FirstNames firstNames) {
        this.firstNames = firstNames;
    }

    /** One text the rules look at: where the finding points and how the message names it. */
    private record Field(String pointer, String nl, String en) {
    }

    private static final Field TITLE = new Field("/metadata/title", "de titel", "the title");
    private static final Field DESCRIPTION = new Field("/metadata/description", "de beschrijving", "the description");

    @Override
    public void check(Subject s, Findings out) {
        Metadata m = s.metadata();
        if (m == null) {
            return;
        }
        boolean consent = Boolean.TRUE.equals(m.consent());
        boolean errors = !consent && !m.makers().isEmpty() && out.wants(Rules.NAMES_IN_TEXT);
        boolean warnings = out.wants(Rules.FIRST_NAMES_IN_TEXT);
        if (!errors && !warnings) {
            return;
        }
        NamePhrases makers = NamePhrases.makers(m.makers(), consent, firstNames);
        NameScan scan = new NameScan(makers, consent, s.catalog().allowedNames(), firstNames, warnings);
        text(scan, m.title(), () -> TITLE, m, consent, out);
        text(scan, m.description(), () -> DESCRIPTION, m, consent, out);
        for (int i = 0; i < m.keywords().size(); i++) {
            int n = i;
            text(scan, m.keywords().get(i), () -> new Field("/metadata/keywords/" + n, "trefwoord " + (n + 1),
                    "keyword " + (n + 1)), m, consent, out);
        }
        VideoRecord r = s.record();
        if (errors && r != null && s.catalog().mediaPresent()) {
            subtitles(new NameScan(makers, false, NamePhrases.NONE, firstNames, false), r, s.catalog(), m, out);
        }
    }

    private void text(NameScan scan, String text, Supplier<Field> f, Metadata m, boolean consent, Findings out) {
        if (text == null || text.isBlank()) {
            return;
        }
        NameScan.Hits hits = new NameScan.Hits();
        scan.scan(text, hits, at -> new String[] {"bij teken " + (at + 1), "at character " + (at + 1)});
        report(hits, f, m, consent, out);
    }

    /**
     * The subtitles as published, for the makers without consent only: the WebVTT tracks transcode made, else the
     * stored sidecar (the same text, not yet converted). Reading and parsing a subtitle file costs more than all other
     * rules of a record together, and what a subtitle says the pupils say in the video they consented to appear in,
     * so the first-name warning does not read them.
     */
    private void subtitles(NameScan scan, VideoRecord r, CatalogContext catalog, Metadata m, Findings out) {
        List<SubtitleTrack> tracks = r.media().subtitles();
        Map<String, String> files = new LinkedHashMap<>(); // pointer -> catalog-relative file
        for (int i = 0; i < tracks.size(); i++) {
            files.put("/media/subtitles/" + i + "/file", tracks.get(i).file());
        }
        if (files.isEmpty() && r.source() != null && r.source().subtitlesFile() != null) {
            files.put("/source/subtitlesFile", r.source().subtitlesFile());
        }
        files.forEach((pointer, rel) -> {
            Path p = catalog.resolve(rel);
            if (p == null || !Files.isRegularFile(p)) {
                return; // media.missing says so
            }
            List<Subtitles.Cue> cues;
            try {
                cues = Subtitles.read(p);
            } catch (IOException e) {
                return; // unreadable media are media.missing's and transcode's to report
            }
            NameScan.Hits hits = new NameScan.Hits();
            for (Subtitles.Cue c : cues) {
                String[] at = {"op " + Subtitles.timestamp(c.start()), "at " + Subtitles.timestamp(c.start())};
                scan.scan(c.plainText(), hits, offset -> at);
            }
            String name = p.getFileName().toString();
            report(hits, () -> new Field(pointer, "de ondertitels (" + name + ")", "the subtitles (" + name + ")"),
                    m, false, out);
        });
    }

    private static void report(NameScan.Hits hits, Supplier<Field> field, Metadata m, boolean consent,
                               Findings out) {
        if (hits.makers == null && hits.words == null) {
            return;
        }
        Field f = field.get();
        if (hits.makers != null) {
            hits.makers.forEach((maker, parts) -> report(f, maker, parts, m, consent, out));
        }
        if (hits.words != null) {
            words(f, hits.words, out);
        }
    }

    private static void report(Field f, int maker, List<String[]> parts, Metadata m, boolean consent, Findings out) {
        String who = "maker " + (maker + 1) + " (" + initial(m.makers().get(maker)) + ")";
        String nl = "De naam van " + who + " staat in " + f.nl() + ": " + places(parts, 0, 1) + ". ";
        String en = "The name of " + who + " appears in " + f.en() + ": " + places(parts, 2, 3) + ". ";
        if (consent) {
            out.add(Rules.FIRST_NAMES_IN_TEXT, f.pointer(),
                    nl + "Toestemming om als maker genoemd te worden is geen toestemming om in de tekst beschreven te"
                            + " worden: beschrijf wat de leerling doet zonder naam (\"een leerling uit havo 4 legt"
                            + " uit\").",
                    en + "Consent to be credited as a maker is not consent to be described in the text: say what the"
                            + " pupil does without the name (\"a havo 4 pupil explains\").");
        } else {
            out.add(Rules.NAMES_IN_TEXT, f.pointer(),
                    nl + "Er is geen toestemming en makers zijn minderjarig: haal de naam uit de tekst of leg hun"
                            + " toestemming vast (toestemming: ja).",
                    en + "There is no consent and makers are minors: remove the name from the text or record their"
                            + " consent (consent: yes).");
        }
    }

    private static void words(Field f, Map<String, List<String[]>> words, Findings out) {
        List<String[]> all = new ArrayList<>();
        words.forEach((word, at) -> at.forEach(a -> all.add(new String[] {q(word) + " " + a[0], q(word) + " " + a[1]})));
        out.add(Rules.FIRST_NAMES_IN_TEXT, f.pointer(),
                "In " + f.nl() + " staat wat een voornaam lijkt: " + places(all, 0, -1) + ". Noem leerlingen niet bij"
                        + " naam in teksten die de school verlaten; is het geen leerling (een plant, een historische"
                        + " figuur), zet het woord dan onder allowedNames in catalog.json.",
                capitalized(f.en()) + " contains what looks like a first name: " + places(all, 1, -1) + ". Do not"
                        + " name pupils in texts that leave the school; if it is not a pupil (a plant, a historical"
                        + " figure), add the word to allowedNames in catalog.json.");
    }

    /** "first name at character 1, full name at character 40" from rows of {part, place} in two languages. */
    private static String places(List<String[]> rows, int a, int b) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < SHOWN; i++) {
            String[] r = rows.get(i);
            shown.add(b < 0 ? r[a] : r[a] + " " + r[b]);
        }
        String more = rows.size() > SHOWN ? " (+" + (rows.size() - SHOWN) + ")" : "";
        return String.join(", ", shown) + more;
    }

    private static String initial(String name) {
        String n = name == null ? "" : name.strip();
        return n.isEmpty() ? "?" : n.substring(0, n.offsetByCodePoints(0, 1)) + ".";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
