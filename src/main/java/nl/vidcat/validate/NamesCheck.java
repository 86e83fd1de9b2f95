package nl.vidcat.validate;

import static nl.vidcat.validate.Messages.q;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.SubtitleTrack;
import nl.vidcat.catalog.VideoRecord;
import nl.vidcat.media.Subtitles;
import nl.vidcat.vocab.FirstNames;

/**
 * Names of pupils in the texts that leave the school: title, description, keywords and subtitles. A maker without
 * consent named there is an error; a common first name, or a consenting maker's name, is a warning. Error messages
 * name the maker by number and initial, never in full, because validation reports end up in CI logs.
 */
final class NamesCheck implements Check {

    private static final int SHOWN = 5;

    private final FirstNames firstNames;

    NamesCheck(FirstNames firstNames) {
        this.firstNames = firstNames;
    }

    /** One text the rules look at, and how a finding says where in it a name is. */
    private record Field(String pointer, String nl, String en, boolean timed) {
    }

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
        NamePhrases makers = NamePhrases.makers(m.makers(), firstNames);
        NameScan scan = new NameScan(makers, s.catalog().allowedNames(), firstNames, warnings);
        text(scan, m.title(), new Field("/metadata/title", "de titel", "the title", false), m, consent, out);
        text(scan, m.description(), new Field("/metadata/description", "de beschrijving", "the description", false),
                m, consent, out);
        for (int i = 0; i < m.keywords().size(); i++) {
            text(scan, m.keywords().get(i), new Field("/metadata/keywords/" + i, "trefwoord " + (i + 1),
                    "keyword " + (i + 1), false), m, consent, out);
        }
        VideoRecord r = s.record();
        if (r != null && s.catalog().mediaPresent()) {
            subtitles(scan, r, s.catalog(), m, consent, out);
        }
    }

    private void text(NameScan scan, String text, Field f, Metadata m, boolean consent, Findings out) {
        if (text == null || text.isBlank()) {
            return;
        }
        NameScan.Hits hits = new NameScan.Hits();
        scan.scan(text, hits, at -> new String[] {"bij teken " + (at + 1), "at character " + (at + 1)});
        report(hits, f, m, consent, out);
    }

    /**
     * The subtitles as published: the WebVTT tracks transcode made, else the stored sidecar (the same text, not yet
     * converted). Read only here, so a record without makers and with the warning switched off costs no file read.
     */
    private void subtitles(NameScan scan, VideoRecord r, CatalogContext catalog, Metadata m, boolean consent,
                           Findings out) {
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
            report(hits, new Field(pointer, "de ondertitels (" + name + ")", "the subtitles (" + name + ")", true),
                    m, consent, out);
        });
    }

    private static void report(NameScan.Hits hits, Field f, Metadata m, boolean consent, Findings out) {
        hits.makers.forEach((maker, parts) -> {
            String who = "maker " + (maker + 1) + " (" + initial(m.makers().get(maker)) + ")";
            String nl = "De naam van " + who + " staat in " + f.nl() + ": " + places(parts, 0, 1) + ". ";
            String en = "The name of " + who + " appears in " + f.en() + ": " + places(parts, 2, 3) + ". ";
            if (consent) {
                out.add(Rules.FIRST_NAMES_IN_TEXT, f.pointer(),
                        nl + "Toestemming om als maker genoemd te worden is geen toestemming om in de tekst beschreven"
                                + " te worden: beschrijf wat de leerling doet zonder naam (\"een leerling uit havo 4 legt"
                                + " uit\").",
                        en + "Consent to be credited as a maker is not consent to be described in the text: say what"
                                + " the pupil does without the name (\"a havo 4 pupil explains\").");
            } else {
                out.add(Rules.NAMES_IN_TEXT, f.pointer(),
                        nl + "Er is geen toestemming en makers zijn minderjarig: haal de naam uit de tekst of leg hun"
                                + " toestemming vast (toestemming: ja).",
                        en + "There is no consent and makers are minors: remove the name from the text or record"
                                + " their consent (consent: yes).");
            }
        });
        if (!hits.words.isEmpty()) {
            List<String[]> all = new ArrayList<>();
            hits.words.forEach((word, at) -> at.forEach(a -> all.add(new String[] {q(word) + " " + a[0],
                    q(word) + " " + a[1]})));
            String nl = places(all, 0, -1);
            String en = places(all, 1, -1);
            out.add(Rules.FIRST_NAMES_IN_TEXT, f.pointer(),
                    "In " + f.nl() + " staat wat een voornaam lijkt: " + nl + ". Noem leerlingen niet bij naam in"
                            + " teksten die de school verlaten; is het geen leerling (een plant, een historische"
                            + " figuur), zet het woord dan onder allowedNames in catalog.json.",
                    capitalized(f.en()) + " contains what looks like a first name: " + en + ". Do not name pupils in"
                            + " texts that leave the school; if it is not a pupil (a plant, a historical figure), add"
                            + " the word to allowedNames in catalog.json.");
        }
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
