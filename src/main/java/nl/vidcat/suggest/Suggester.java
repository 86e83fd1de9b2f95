package nl.vidcat.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vidcat.index.DutchAnalysis;
import nl.vidcat.vocab.GoalTexts;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;
import org.apache.lucene.analysis.Analyzer;

/**
 * Proposes kerndoelen, subject, levels and keywords for a record from two signals: its text matched against the
 * kerndoel texts ({@link GoalMatcher}, works from the first record on) and the votes of its nearest approved records
 * ({@link ExampleMatcher}), which take over as the catalogue grows: with {@code n} examples the votes weigh
 * {@code n / (n + }{@value #EXAMPLES_HALF_WAY}{@code )}. Built once, then safe to use from many threads.
 */
public final class Suggester {

    /**
     * With this many examples both signals weigh the same: about five per onderbouw kerndoel, fewer leave most goals
     * with one or two examples, too few to outvote the texts.
     */
    static final int EXAMPLES_HALF_WAY = 300;
    /** A text match this strong (BM25) is as likely right as not; weaker ones get lower confidence. */
    private static final double MATCH_HALF_WAY = 8;
    static final int GOALS = 3;
    private static final int KEYWORDS = 5;
    private static final int MIN_KEYWORD_LENGTH = 4;
    /** A level or subject vote below this is not proposed. */
    private static final double MIN_CONFIDENCE = 0.3;
    /** Primary school, as records say it: "groep 7", "basisschool", "bovenbouw po". */
    private static final Pattern PRIMARY = Pattern.compile(
            "(?iu)\\b(groep\\s*[1-8](\\s*[-/]\\s*[1-8])?|basisschool|basisonderwijs|primair onderwijs|po)\\b");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}/-]+");

    private final Analyzer analyzer;
    private final GoalMatcher goals;
    private final ExampleMatcher examples;
    private final Vocabularies vocab = Vocabularies.get();

    Suggester(GoalTexts texts, List<SuggestInput> examples, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.goals = new GoalMatcher(texts, analyzer);
        this.examples = new ExampleMatcher(examples, analyzer);
    }

    /** The shipped kerndoel texts and the Dutch analysis chain, with {@code examples} (approved records with goals). */
    public static Suggester of(List<SuggestInput> examples) {
        return new Suggester(GoalTexts.standard(), examples, DutchAnalysis.standard().index());
    }

    /** Without examples: what a new catalogue without approved records gets. */
    public static Suggester withoutExamples() {
        return of(List.of());
    }

    public int examples() {
        return examples.size();
    }

    public Suggestion suggest(SuggestInput in) {
        TermBag bag = in.bag(analyzer);
        ExampleMatcher.Votes votes = examples.vote(in, bag);
        double share = votes.neighbours() == 0 ? 0 : (double) examples.size() / (examples.size() + EXAMPLES_HALF_WAY);
        String set = set(in);
        GoalMatcher.Match match = goals.match(bag, set);
        List<Suggestion.Proposal> goalList = top(blend(scaled(match.goals()), inSet(votes.goals(), set), share),
                GOALS, true);
        Map<String, GoalMatcher.Scored> subjects = blend(scaled(plain(match.subjects())), plain(votes.subjects()), share);
        Suggestion.Proposal subject = top(subjects, 1, false).stream().findFirst().orElse(null);
        String reason = subjectReason(in, subject, goalList);
        return new Suggestion(in.id(), in.title(), goalList, !in.goals().isEmpty(),
                reason == null ? null : subject, reason,
                in.levels().isEmpty() ? levels(in, votes, share) : List.of(), keywords(in, bag));
    }

    /**
     * "po" when the record is primary school by its own words ("groep 7", "basisschool") or goals, else "vo". The
     * neighbours do not decide this: a video for groep 6 about breuken is close to the VO ones about breuken.
     */
    private static String set(SuggestInput in) {
        boolean primary = in.goals().stream().anyMatch(g -> g.startsWith("PO "))
                || in.levels().isEmpty() && PRIMARY.matcher(in.allText()).find();
        return primary ? "po" : "vo";
    }

    /** The votes for goals of {@code set} only. */
    private static Map<String, GoalMatcher.Scored> inSet(Map<String, GoalMatcher.Scored> votes, String set) {
        Map<String, GoalMatcher.Scored> out = new LinkedHashMap<>(votes);
        out.keySet().removeIf(code -> code.startsWith("PO ") != set.equals("po"));
        return out;
    }

    /** Text-match scores as confidences: relative to the best, times how strong the best is. */
    private static Map<String, GoalMatcher.Scored> scaled(Map<String, GoalMatcher.Scored> scores) {
        double best = scores.values().stream().mapToDouble(GoalMatcher.Scored::score).max().orElse(0);
        Map<String, GoalMatcher.Scored> out = new LinkedHashMap<>();
        if (best <= 0) {
            return out;
        }
        double strength = best / (best + MATCH_HALF_WAY);
        scores.forEach((k, v) -> out.put(k, new GoalMatcher.Scored(
                strength * Math.pow(v.score() / best, 2), v.words())));
        return out;
    }

    private static Map<String, GoalMatcher.Scored> plain(Map<String, Double> scores) {
        Map<String, GoalMatcher.Scored> out = new LinkedHashMap<>();
        scores.forEach((k, v) -> out.put(k, new GoalMatcher.Scored(v, List.of())));
        return out;
    }

    /** {@code (1 - share) * text + share * votes}, the words of both (votes' first when they lead). */
    private static Map<String, GoalMatcher.Scored> blend(Map<String, GoalMatcher.Scored> text,
                                                        Map<String, GoalMatcher.Scored> votes, double share) {
        Map<String, GoalMatcher.Scored> out = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>(text.keySet());
        keys.addAll(votes.keySet());
        for (String k : keys) {
            GoalMatcher.Scored t = text.get(k);
            GoalMatcher.Scored v = votes.get(k);
            double c = (1 - share) * (t == null ? 0 : t.score()) + share * (v == null ? 0 : v.score());
            List<String> words = new ArrayList<>();
            for (GoalMatcher.Scored s : share >= 0.5 ? new GoalMatcher.Scored[] {v, t} : new GoalMatcher.Scored[] {t, v}) {
                if (s != null) {
                    s.words().stream().filter(w -> !words.contains(w)).forEach(words::add);
                }
            }
            out.put(k, new GoalMatcher.Scored(c, words));
        }
        return out;
    }

    /** The {@code n} best, best first; ties by code so the output is the same on every run. */
    private List<Suggestion.Proposal> top(Map<String, GoalMatcher.Scored> scores, int n, boolean goalLabels) {
        return scores.entrySet().stream().filter(e -> e.getValue().score() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, GoalMatcher.Scored> e) -> e.getValue().score())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(n)
                .map(e -> new Suggestion.Proposal(e.getKey(), goalLabels ? goalLabel(e.getKey()) : "",
                        e.getValue().score(), e.getValue().words().stream().limit(5).toList()))
                .toList();
    }

    /** "Rekenstructuren doorzien en rekenbegrippen gebruiken": Edurep's short label of a goal. */
    private String goalLabel(String code) {
        boolean po = code.startsWith("PO ");
        Vocabulary set = po ? vocab.goalsPo() : vocab.goalsVo();
        return set.lookup(code.replaceFirst("^\\D+", "")).map(e -> e.label().replaceFirst("^(VO|PO) [Kk]erndoel \\S+:\\s*", ""))
                .orElse("");
    }

    /**
     * Why a subject is proposed: the record has none, or its subject teaches none of the likely goals while another
     * subject is likelier. Null when the record's subject fits.
     */
    private String subjectReason(SuggestInput in, Suggestion.Proposal best, List<Suggestion.Proposal> goalList) {
        if (best == null) {
            return null;
        }
        if (in.subject() == null) {
            return "empty";
        }
        if (best.code().equals(in.subject()) || best.confidence() < MIN_CONFIDENCE * 2) {
            return null;
        }
        boolean teachesOne = goalList.stream().filter(g -> g.code().startsWith("KD "))
                .anyMatch(g -> vocab.teaches(in.subject(), Integer.parseInt(g.code().substring(3))));
        return teachesOne ? null : in.subject() + " teaches none of the likely kerndoelen";
    }

    /** Levels the text names ("havo", "mavo", "vmbo-tl") and, with examples, those the neighbours have. */
    private List<Suggestion.Proposal> levels(SuggestInput in, ExampleMatcher.Votes votes, double share) {
        Map<String, GoalMatcher.Scored> found = new LinkedHashMap<>();
        String[] words = WORDS.split(in.allText().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            for (String w : i + 1 < words.length ? List.of(words[i] + " " + words[i + 1], words[i]) : List.of(words[i])) {
                for (String part : w.split("/")) {
                    vocab.levels().lookup(part).filter(e -> part.length() > 2)
                            .ifPresent(e -> found.put(e.code(), new GoalMatcher.Scored(0.9, List.of(part))));
                }
            }
        }
        Map<String, GoalMatcher.Scored> vote = blend(Map.of(), plain(votes.levels()), share);
        vote.forEach((k, v) -> found.merge(k, v, (a, b) -> a.score() >= b.score() ? a : b));
        return top(found, found.size(), false).stream().filter(p -> p.confidence() >= MIN_CONFIDENCE).toList();
    }

    /** The heaviest words of the text that are not keywords yet (by their analysed form). */
    private List<String> keywords(SuggestInput in, TermBag bag) {
        TermBag existing = new TermBag();
        existing.add(analyzer, String.join(", ", in.keywords()), 1);
        List<String> out = new ArrayList<>();
        for (TermBag.Entry e : bag.top(GoalMatcher.QUERY_TERMS)) {
            String w = e.word().toLowerCase(Locale.ROOT);
            if (out.size() < KEYWORDS && existing.get(e.term()) == null && w.length() >= MIN_KEYWORD_LENGTH
                    && !out.contains(w) && w.chars().allMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }
}
