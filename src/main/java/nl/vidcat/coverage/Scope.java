package nl.vidcat.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * What a coverage table counts: the whole school, or the videos of some subjects.
 *
 * @param subjects vakken-vo.json codes; empty for the whole school
 * @param po       show the PO kerndoelen even when no record carries one
 */
public record Scope(List<String> subjects, boolean po) {

    public static final Scope SCHOOL = new Scope(List.of(), false);

    public Scope {
        subjects = List.copyOf(subjects);
    }

    /**
     * The scope for subjects as people type them ({@code wis}, {@code Wiskunde}, an OBK id).
     *
     * @throws VidcatException (usage) for a subject the vocabulary does not know, with the closest ones
     */
    public static Scope of(List<String> typed, boolean po) {
        Vocabulary subjects = Vocabularies.get().subjects();
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String t : typed) {
            Optional<Vocabulary.Entry> e = subjects.lookup(t);
            if (e.isEmpty()) {
                List<String> close = subjects.suggest(t, 3);
                throw VidcatException.usage("--subject '" + t + "' is not a subject in vakken-vo.json"
                        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
            }
            codes.add(e.get().code());
        }
        return new Scope(new ArrayList<>(codes), po);
    }

    /** The Dutch label of a vakken-vo.json code ("Wiskunde"); the code itself if the vocabulary lacks it. */
    public static String label(String code) {
        return Vocabularies.get().subjects().lookup(code).map(Vocabulary.Entry::label).orElse(code);
    }

    public boolean school() {
        return subjects.isEmpty();
    }

    /** Whether the record belongs here: always for the whole school, else when its subject is one of ours. */
    boolean includes(VideoRecord r) {
        return school() || subjectCode(r).filter(subjects::contains).isPresent();
    }

    /** The record's subject as a vakken-vo.json code, when it has a known one. */
    static Optional<String> subjectCode(VideoRecord r) {
        if (r.metadata() == null || r.metadata().subject() == null) {
            return Optional.empty();
        }
        return Vocabularies.get().subjects().entryOf(r.metadata().subject()).map(Vocabulary.Entry::code);
    }
}
