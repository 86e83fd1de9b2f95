package nl.vidcat.validate;

import static nl.vidcat.validate.Messages.didYouMeanEn;
import static nl.vidcat.validate.Messages.didYouMeanNl;
import static nl.vidcat.validate.Messages.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;
import nl.vidcat.validate.Rules.Limits;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * Subject, levels, school years, kerndoelen and language against the Edurep/OBK vocabularies, and against each
 * other: a kerndoel of another learning area, onderbouw goals on an upper-secondary video, a year the level lacks.
 */
final class ClassificationCheck implements Check {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final int SUGGESTIONS = 2;

    private final Vocabularies vocab;
    private final int goalCount;

    ClassificationCheck(Vocabularies vocab) {
        this.vocab = vocab;
        this.goalCount = vocab.goalsVo().entries().size();
    }

    @Override
    public void check(Subject s, Findings out) {
        Metadata m = s.metadata();
        if (m == null) {
            return;
        }
        Optional<Vocabulary.Entry> subject = subject(m.subject(), out);
        List<Vocabulary.Entry> levels = levels(m.levels(), out);
        years(m.years(), levels, out);
        goals(m.goals(), m.years(), subject, out);
        language(m.language(), out);
    }

    private Optional<Vocabulary.Entry> subject(Term t, Findings out) {
        if (t == null) {
            return Optional.empty();
        }
        Optional<Vocabulary.Entry> e = vocab.subjects().entryOf(t);
        if (e.isEmpty()) {
            List<String> close = vocab.subjects().suggest(t.input(), SUGGESTIONS);
            out.add(Rules.SUBJECT_UNKNOWN, "/metadata/subject",
                    "Het vak " + q(t.input()) + " staat niet in de vakkenlijst (VO) van Edurep." + didYouMeanNl(close),
                    "The subject " + q(t.input()) + " is not in the Edurep list of VO subjects." + didYouMeanEn(close));
        }
        return e;
    }

    private List<Vocabulary.Entry> levels(List<Term> terms, Findings out) {
        List<Vocabulary.Entry> known = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            Optional<Vocabulary.Entry> e = vocab.levels().entryOf(t);
            if (e.isPresent()) {
                known.add(e.get());
            } else {
                List<String> close = vocab.levels().suggest(t.input(), SUGGESTIONS);
                out.add(Rules.LEVEL_UNKNOWN, "/metadata/levels/" + i,
                        "Niveau " + q(t.input()) + " bestaat niet; gebruik vmbo-b, vmbo-k, vmbo-gt, havo, vwo of"
                                + " praktijkonderwijs." + didYouMeanNl(close),
                        "Level " + q(t.input()) + " does not exist; use vmbo-b, vmbo-k, vmbo-gt, havo, vwo or"
                                + " praktijkonderwijs." + didYouMeanEn(close));
            }
        }
        return known;
    }

    private void years(List<Integer> years, List<Vocabulary.Entry> levels, Findings out) {
        int max = levels.isEmpty() ? 6 : 0;
        for (Vocabulary.Entry l : levels) {
            max = Math.max(max, vocab.maxYear(l.code()));
        }
        for (int i = 0; i < years.size(); i++) {
            int y = years.get(i);
            if (y >= 1 && y <= max) {
                continue;
            }
            if (levels.isEmpty() || y < 1) {
                out.add(Rules.YEAR_LEVEL, "/metadata/years/" + i,
                        "Leerjaar " + y + " bestaat niet in het voortgezet onderwijs (leerjaar 1 t/m 6).",
                        "School year " + y + " does not exist in secondary education (years 1 to 6).");
            } else {
                // the level list is spelled out only for a finding: most records have none
                String levelNames = levels.stream()
                        .map(l -> l.code() + " (t/m " + vocab.maxYear(l.code()) + ")").toList().toString();
                String levelNamesEn = levels.stream()
                        .map(l -> l.code() + " (up to " + vocab.maxYear(l.code()) + ")").toList().toString();
                out.add(Rules.YEAR_LEVEL, "/metadata/years/" + i,
                        "Leerjaar " + y + " bestaat niet bij " + strip(levelNames) + ". Controleer leerjaar en niveau.",
                        "School year " + y + " does not exist at " + strip(levelNamesEn) + ". Check year and level.");
            }
        }
    }

    private void goals(List<Term> goals, List<Integer> years, Optional<Vocabulary.Entry> subject, Findings out) {
        boolean onderbouwGoal = false;
        for (int i = 0; i < goals.size(); i++) {
            Term t = goals.get(i);
            Optional<Vocabulary.Entry> vo = vocab.goalsVo().entryOf(t);
            if (vo.isEmpty() && vocab.goalsPo().byId(t.id()).isPresent()) {
                continue; // a PO goal: the leergebied mapping covers VO only
            }
            if (vo.isEmpty()) {
                unknownGoal(t, "/metadata/goals/" + i, out);
                continue;
            }
            onderbouwGoal = true;
            int number = Integer.parseInt(vo.get().code());
            if (subject.isPresent() && out.wants(Rules.GOAL_SUBJECT) && !vocab.teaches(subject.get().code(), number)) {
                String area = vocab.leergebied(number).orElse("?");
                out.add(Rules.GOAL_SUBJECT, "/metadata/goals/" + i,
                        "Kerndoel " + number + " hoort bij het leergebied " + area + ", niet bij het vak "
                                + subject.get().label() + ". Klopt het vak of het kerndoel?",
                        "Kerndoel " + number + " belongs to the learning area " + area + ", not to the subject "
                                + subject.get().label() + ". Is the subject or the kerndoel wrong?");
            }
        }
        if (onderbouwGoal && !years.isEmpty() && youngest(years) >= Limits.BOVENBOUW_FROM) {
            out.add(Rules.GOAL_BOVENBOUW, "/metadata/goals",
                    "De kerndoelen onderbouw gelden voor leerjaar 1-3, maar deze video is alleen voor leerjaar "
                            + years + ". Laat de kerndoelen weg of voeg een onderbouwjaar toe.",
                    "The kerndoelen onderbouw are for years 1-3, but this video is only for year(s) " + years
                            + ". Drop the kerndoelen or add a lower-secondary year.");
        }
    }

    private static int youngest(List<Integer> years) {
        int min = Integer.MAX_VALUE;
        for (int y : years) {
            min = Math.min(min, y);
        }
        return min;
    }

    private void unknownGoal(Term t, String pointer, Findings out) {
        String in = t.input() == null ? String.valueOf(t.id()) : t.input();
        Matcher n = NUMBER.matcher(in);
        String hintNl;
        String hintEn;
        if (n.find() && !in.contains("-")) {
            hintNl = " Kerndoelen onderbouw VO lopen van 1 t/m " + goalCount + " (bijv. 22, KD22 of 'kerndoel 22').";
            hintEn = " Kerndoelen onderbouw VO run from 1 to " + goalCount + " (e.g. 22, KD22 or 'kerndoel 22').";
        } else {
            List<String> close = vocab.goalsVo().suggest(in, SUGGESTIONS);
            hintNl = close.isEmpty() ? " Gebruik het nummer (1-" + goalCount + ") of het OBK-id." : didYouMeanNl(close);
            hintEn = close.isEmpty() ? " Use the number (1-" + goalCount + ") or the OBK id." : didYouMeanEn(close);
        }
        out.add(Rules.GOAL_UNKNOWN, pointer, "Kerndoel " + q(in) + " bestaat niet." + hintNl,
                "Kerndoel " + q(in) + " does not exist." + hintEn);
    }

    private void language(String code, Findings out) {
        if (code == null || vocab.languages().byId(code).isPresent()) {
            return;
        }
        List<String> close = vocab.languages().lookup(code).map(e -> List.of(e.id()))
                .orElseGet(() -> vocab.languages().suggest(code, SUGGESTIONS).stream()
                        .map(label -> vocab.languages().lookup(label).map(Vocabulary.Entry::id).orElse(label)).toList());
        out.add(Rules.LANGUAGE_UNKNOWN, "/metadata/language",
                "Taal " + q(code) + " is geen bekende taalcode (ISO 639-1, bijv. nl, en, de)." + didYouMeanNl(close),
                "Language " + q(code) + " is not a known language code (ISO 639-1, e.g. nl, en, de)."
                        + didYouMeanEn(close));
    }

    private static String strip(String listText) {
        return listText.substring(1, listText.length() - 1);
    }
}
