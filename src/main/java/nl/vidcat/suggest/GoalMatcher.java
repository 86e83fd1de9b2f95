package nl.vidcat.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.vocab.GoalTexts;
import nl.vidcat.vocab.Vocabularies;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Signal (a), which needs no examples: a record's terms matched against the kerndoel texts in an in-memory Lucene
 * index (BM25). A goal with published text per subject is indexed once per such subject (law text, area and the goal's
 * elaboration + the subject's name and its text for that goal), so one match names a goal and a subject together.
 */
final class GoalMatcher {

    /** Terms of the record that make the query; the rest add little but time. */
    static final int QUERY_TERMS = 40;

    /** One indexed text: a goal, seen from one subject (or from none when the goal has no topic words). */
    private record Doc(GoalTexts.Goal goal, String subject, Set<String> terms) {
    }

    /** What matched: per goal code its best score and the record's words that led to it; per subject its best. */
    record Match(Map<String, Scored> goals, Map<String, Double> subjects) {
    }

    /** A score and the words behind it, heaviest first. */
    record Scored(double score, List<String> words) {
    }

    private final Analyzer analyzer;
    private final List<Doc> docs = new ArrayList<>();
    private final InMemoryIndex index;

    GoalMatcher(GoalTexts texts, Analyzer analyzer) {
        this.analyzer = analyzer;
        List<String> bodies = new ArrayList<>();
        for (GoalTexts.Goal g : texts.goals()) {
            String goal = g.text() + "\n" + g.area() + "\n" + g.elaboration();
            if (g.subjects().isEmpty()) {
                add(g, null, goal, bodies);
            }
            g.subjects().forEach((subject, words) -> add(g, subject,
                    goal + "\n" + subjectNames(subject) + "\n" + words, bodies));
        }
        index = new InMemoryIndex(analyzer, bodies, null);
    }

    private void add(GoalTexts.Goal g, String subject, String body, List<String> bodies) {
        TermBag bag = new TermBag();
        bag.add(analyzer, body, 1);
        Set<String> terms = new HashSet<>();
        bag.top(Integer.MAX_VALUE).forEach(e -> terms.add(e.term()));
        docs.add(new Doc(g, subject, terms));
        bodies.add(body);
    }

    /** A subject's code and school shorthand ("biologie bio bi biology"), so naming the subject counts. */
    private static String subjectNames(String code) {
        return Vocabularies.get().subjects().lookup(code)
                .map(e -> e.code() + " " + String.join(" ", e.aliases())).orElse(code);
    }

    /** The goals of {@code set} ("vo" or "po") and their subjects, scored against {@code bag}. */
    Match match(TermBag bag, String set) {
        List<TermBag.Entry> terms = bag.top(QUERY_TERMS);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (TermBag.Entry e : terms) {
            q.add(new BoostQuery(new TermQuery(new Term(InMemoryIndex.TEXT, e.term())), (float) e.weight()),
                    BooleanClause.Occur.SHOULD);
        }
        Map<String, Scored> goals = new LinkedHashMap<>();
        Map<String, Double> subjects = new LinkedHashMap<>();
        for (ScoreDoc hit : index.search(q.build(), index.size())) {
            Doc d = docs.get(hit.doc);
            if (!d.goal().set().equals(set)) {
                continue;
            }
            Scored old = goals.get(d.goal().code());
            if (old == null || hit.score > old.score()) {
                goals.put(d.goal().code(), new Scored(hit.score, words(terms, d.terms())));
            }
            if (d.subject() != null) {
                subjects.merge(d.subject(), (double) hit.score, Math::max);
            }
        }
        return new Match(goals, subjects);
    }

    /** The record's words in the goal's text, leaving out those of nearly every goal ("leerling", "leert"). */
    private List<String> words(List<TermBag.Entry> terms, Set<String> in) {
        List<String> out = new ArrayList<>();
        for (TermBag.Entry e : terms) {
            if (in.contains(e.term()) && !out.contains(e.word()) && index.docFreq(e.term()) * 4 < docs.size()) {
                out.add(e.word());
            }
        }
        return out;
    }
}
