package nl.vidcat.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.vidcat.io.Subtitles;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import org.apache.lucene.analysis.Analyzer;

/**
 * What suggestions are made from, and for an example what it teaches: the text of one record and the subject,
 * levels and kerndoelen it has (codes; empty when not known).
 *
 * @param subject   a subject code from vakken-vo.json, or null
 * @param levels    level codes (havo, vmbo-gt, …)
 * @param goals     kerndoel codes as {@link nl.vidcat.vocab.GoalTexts.Goal#code()} has them ({@code KD 22})
 * @param subtitles the spoken text, or ""
 */
public record SuggestInput(String id, String title, String description, List<String> keywords, String subtitles,
                           String subject, List<String> levels, List<String> goals) {

    /** Subtitle text beyond this adds little but time: the topic is named early. */
    static final int MAX_SUBTITLE_CHARS = 6_000;
    /** How much more a word counts in the title and in the keywords than in the description. */
    private static final double TITLE = 3, KEYWORDS = 2, DESCRIPTION = 1, SUBTITLES = 0.5;

    public SuggestInput {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        subtitles = subtitles == null ? "" : subtitles.length() > MAX_SUBTITLE_CHARS
                ? subtitles.substring(0, MAX_SUBTITLE_CHARS) : subtitles;
        levels = levels == null ? List.of() : List.copyOf(levels);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A record of the catalog with the text of its subtitles, when it has a readable subtitle file. */
    public static SuggestInput of(VideoRecord r, Catalog catalog) {
        Metadata m = r.metadata();
        if (m == null) {
            return new SuggestInput(r.id(), null, null, null, subtitles(r, catalog), null, null, null);
        }
        Term s = m.subject();
        return new SuggestInput(r.id(), m.title(), m.description(), m.keywords(), subtitles(r, catalog),
                s != null && s.known() ? s.code() : null,
                m.levels().stream().filter(Term::known).map(Term::code).toList(),
                m.goals().stream().filter(Term::known).map(SuggestInput::goalCode).toList());
    }

    /** "22" -> "KD 22", "po-12" -> "PO 12": the stored code of a known goal as the texts name it. */
    static String goalCode(Term goal) {
        String c = goal.code();
        return c.startsWith("po-") ? "PO " + c.substring(3) : "KD " + c;
    }

    private static String subtitles(VideoRecord r, Catalog catalog) {
        if (catalog == null || r.source() == null || r.source().subtitlesFile() == null) {
            return "";
        }
        try {
            Path file = catalog.resolve(r.source().subtitlesFile());
            if (!Files.isRegularFile(file)) {
                return "";
            }
            return Subtitles.read(file).stream().map(Subtitles.Cue::plainText).collect(Collectors.joining(" "));
        } catch (IOException | RuntimeException e) {
            return ""; // a suggestion without the spoken text beats none; validate reports the file itself
        }
    }

    /** The analysed terms, title and keywords weighing more than description and subtitles. */
    TermBag bag(Analyzer analyzer) {
        TermBag bag = new TermBag();
        bag.add(analyzer, title, TITLE);
        bag.add(analyzer, String.join(", ", keywords), KEYWORDS);
        bag.add(analyzer, description, DESCRIPTION);
        bag.add(analyzer, subtitles, SUBTITLES);
        return bag;
    }

    /** The same text as one string for an index of examples, title and keywords repeated to weigh as in {@link #bag}. */
    String weightedText() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < TITLE; i++) {
            parts.add(title);
        }
        for (int i = 0; i < KEYWORDS; i++) {
            parts.add(String.join(", ", keywords));
        }
        parts.add(description);
        parts.add(subtitles.substring(0, Math.min(subtitles.length(), MAX_SUBTITLE_CHARS / 3)));
        return String.join("\n", parts);
    }

    /** All text, for the words that mention a level or a school type. */
    String allText() {
        return title + "\n" + description + "\n" + String.join(", ", keywords);
    }
}
