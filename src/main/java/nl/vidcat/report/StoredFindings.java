package nl.vidcat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.catalog.Problem;
import nl.vidcat.catalog.Term;
import nl.vidcat.catalog.VideoRecord;

/**
 * Findings from what is already in the record: the problems the stages stored, and vocabulary values ingest could
 * not match (Term.known() false), explained in Dutch. Used until the validate stage's validator is plugged in.
 */
public final class StoredFindings implements Findings {

    /** Dutch titles for stored problem codes the report knows; others get a title from their stage. */
    private static final Map<String, String> TITLES = Map.of(
            "sheet.bad-year", "Onleesbaar leerjaar");

    private static final Map<String, String> STAGES = Map.of(
            "sheet", "metadata-sheet",
            "ingest", "importeren",
            "transcode", "omzetten naar webvideo",
            "thumbnails", "poster en storyboard",
            "media", "video",
            "validate", "controle",
            "index", "zoekindex",
            "export", "export");

    @Override
    public List<Finding> of(VideoRecord r) {
        List<Finding> out = new ArrayList<>();
        Metadata m = r.metadata();
        if (m != null) {
            unknown(out, m.subject(), "vocab.unknown-subject", "Onbekend vak",
                    "Vak ‘%s’ staat niet in de vakkenlijst voor het voortgezet onderwijs. Vul in de kolom ‘vak’ een"
                            + " vak uit de lijst in, bijvoorbeeld ‘wiskunde’ of ‘Lichamelijke opvoeding’.");
            for (Term t : m.levels()) {
                unknown(out, t, "vocab.unknown-level", "Onbekend niveau",
                        "Niveau ‘%s’ is onbekend. Gebruik in de kolom ‘niveau’ vmbo-b, vmbo-k, vmbo-gt, havo, vwo of"
                                + " praktijkonderwijs.");
            }
            for (Term t : m.goals()) {
                unknown(out, t, "vocab.unknown-goal", "Onbekend kerndoel",
                        "Kerndoel ‘%s’ bestaat niet. Gebruik in de kolom ‘kerndoelen’ een kerndoelnummer (bijvoorbeeld"
                                + " 22 of KD22) of de OBK-code.");
            }
            unknown(out, m.licence(), "vocab.unknown-licence", "Onbekende licentie",
                    "Licentie ‘%s’ is geen bekende Creative Commons-licentie. Gebruik in de kolom ‘licentie’"
                            + " bijvoorbeeld ‘CC BY-SA 4.0’.");
        }
        for (Problem p : r.problems()) {
            String stage = p.code().contains(".") ? p.code().substring(0, p.code().indexOf('.')) : p.code();
            String title = TITLES.getOrDefault(p.code(), "Melding bij " + STAGES.getOrDefault(stage, stage));
            out.add(new Finding(Finding.Severity.ERROR, p.code(), title, p.message()));
        }
        return out;
    }

    private static void unknown(List<Finding> out, Term t, String code, String title, String message) {
        if (t != null && !t.known()) {
            out.add(new Finding(Finding.Severity.ERROR, code, title, message.formatted(t.input())));
        }
    }
}
