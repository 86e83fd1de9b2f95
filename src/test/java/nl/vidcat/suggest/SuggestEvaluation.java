package nl.vidcat.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vidcat.index.DutchAnalysis;
import nl.vidcat.vocab.GoalTexts;

/**
 * Accuracy of {@link Suggester} on the labelled set in src/test/resources/suggest (its README says how it is scored):
 * zero-shot (kerndoel texts only) and leave-one-out (every other record an approved example). Shared by
 * {@code SuggestAccuracyTest}, which guards the recorded values, and {@code SuggestBench} (src/bench,
 * {@code bench/suggest}), which adds the speed.
 */
final class SuggestEvaluation {

    static final String RESOURCES = "/suggest/";

    /** One labelled record: the input vidcat sees (no labels) and the right answers. */
    record Labelled(SuggestInput input, String subject, List<String> levels, List<String> goals) {
        /** The record as an approved example carries its labels. */
        SuggestInput example() {
            return new SuggestInput(input.id(), input.title(), input.description(), input.keywords(),
                    input.subtitles(), subject, levels, goals);
        }
    }

    /** Accuracies in [0, 1] over {@code records} records, and the proposals that missed. */
    record Scores(int records, double goalTop1, double goalTop3, double subjectTop1, List<String> misses) {
    }

    private SuggestEvaluation() {
    }

    static List<Labelled> load() {
        try (InputStream in = SuggestEvaluation.class.getResourceAsStream(RESOURCES + "records.tsv")) {
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 8);
                SuggestInput input = new SuggestInput(f[0], f[4], f[5], list(f[6], ";"),
                        f[7] == null ? "" : f[7].replace("|", "\n"), null, null, null);
                out.add(new Labelled(input, f[1], list(f[2], ","), list(f[3], ",")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String cell, String separator) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Zero-shot: the law texts with SLO's published elaboration, no examples, none of vidcat's own words. */
    static Suggester zeroShot() {
        return new Suggester(GoalTexts.standard().published(), List.of(), DutchAnalysis.standard().index());
    }

    /** Only the law texts, without any elaboration. */
    static Suggester lawTextsOnly() {
        return new Suggester(GoalTexts.standard().lawTextsOnly(), List.of(), DutchAnalysis.standard().index());
    }

    /**
     * As shipped without examples: the published texts and vidcat's own topic words, whose author also wrote this
     * set, so the set flatters them: not zero-shot.
     */
    static Suggester shipped() {
        return Suggester.withoutExamples();
    }

    /** Every record an example, on the published texts only; suggesting for one leaves itself out (same id). */
    static Suggester leaveOneOutPublished(List<Labelled> set) {
        return new Suggester(GoalTexts.standard().published(), set.stream().map(Labelled::example).toList(),
                DutchAnalysis.standard().index());
    }

    /** Every record an example; suggesting for one leaves itself out (same id). */
    static Suggester leaveOneOut(List<Labelled> set) {
        return Suggester.of(set.stream().map(Labelled::example).toList());
    }

    static Scores score(List<Labelled> set, Suggester suggester) {
        int top1 = 0, top3 = 0, subject = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled l : set) {
            Suggestion s = suggester.suggest(l.input());
            List<String> proposed = s.goals().stream().map(Suggestion.Proposal::code).toList();
            boolean first = !proposed.isEmpty() && l.goals().contains(proposed.get(0));
            boolean any = proposed.stream().anyMatch(l.goals()::contains);
            boolean subjectRight = s.subject() != null && s.subject().code().equals(l.subject());
            top1 += first ? 1 : 0;
            top3 += any ? 1 : 0;
            subject += subjectRight ? 1 : 0;
            if (!any || !subjectRight) {
                misses.add(l.input().id() + " " + l.goals() + "/" + l.subject() + " -> " + proposed + "/"
                        + (s.subject() == null ? null : s.subject().code()));
            }
        }
        double n = set.size();
        return new Scores(set.size(), top1 / n, top3 / n, subject / n, misses);
    }
}
