package nl.vidcat.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Signal (b): the catalogue's own approved records as examples. A record's nearest neighbours are found with a
 * more-like-this query (as Lucene's {@link MoreLikeThis} makes one) over an in-memory BM25 index of the examples, and vote for their kerndoelen, subject and levels in
 * proportion to their similarity (k-nearest neighbours). One neighbour search serves all three votes, which is why
 * this is not lucene-classification's single-label classifier run three times.
 */
final class ExampleMatcher {

    static final int NEIGHBOURS = 10;
    /** Terms of an example kept to explain a vote: the heaviest ones, enough to name what the two share. */
    private static final int KEPT_TERMS = 30;

    /** The votes of the neighbours: per value its share of the neighbours' similarity, and the shared words. */
    record Votes(Map<String, GoalMatcher.Scored> goals, Map<String, Double> subjects, Map<String, Double> levels,
                 int neighbours) {
        static final Votes NONE = new Votes(Map.of(), Map.of(), Map.of(), 0);
    }

    private final Analyzer analyzer;
    private final List<SuggestInput> examples;
    private final List<Set<String>> terms = new ArrayList<>();
    private final InMemoryIndex index;

    ExampleMatcher(List<SuggestInput> examples, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.examples = List.copyOf(examples);
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (SuggestInput e : this.examples) {
            texts.add(e.weightedText());
            ids.add(e.id());
            Set<String> kept = new HashSet<>();
            e.bag(analyzer).top(KEPT_TERMS).forEach(t -> kept.add(t.term()));
            terms.add(kept);
        }
        index = new InMemoryIndex(analyzer, texts, ids);
    }

    int size() {
        return examples.size();
    }

    /** The votes of the nearest examples to {@code input}, leaving out an example with the same id. */
    Votes vote(SuggestInput input, TermBag bag) {
        if (examples.isEmpty() || bag.isEmpty()) {
            return Votes.NONE;
        }
        ScoreDoc[] hits = index.search(query(input, bag), NEIGHBOURS);
        if (hits.length == 0) {
            return Votes.NONE;
        }
        double total = 0;
        Map<String, Double> goalWeight = new LinkedHashMap<>();
        Map<String, Set<String>> goalTerms = new LinkedHashMap<>();
        Map<String, Double> subjects = new LinkedHashMap<>();
        Map<String, Double> levels = new LinkedHashMap<>();
        for (ScoreDoc hit : hits) {
            // the closest neighbours count most: weight by the square of the similarity relative to the best
            double w = Math.pow(hit.score / hits[0].score, 2);
            total += w;
            SuggestInput e = examples.get(hit.doc);
            for (String g : e.goals()) {
                goalWeight.merge(g, w, Double::sum);
                goalTerms.computeIfAbsent(g, k -> new HashSet<>()).addAll(terms.get(hit.doc));
            }
            if (e.subject() != null) {
                subjects.merge(e.subject(), w, Double::sum);
            }
            e.levels().forEach(l -> levels.merge(l, w, Double::sum));
        }
        List<TermBag.Entry> top = bag.top(GoalMatcher.QUERY_TERMS);
        Map<String, GoalMatcher.Scored> goals = new LinkedHashMap<>();
        for (Map.Entry<String, Double> g : goalWeight.entrySet()) {
            List<String> words = new ArrayList<>();
            top.stream().filter(t -> goalTerms.get(g.getKey()).contains(t.term())).map(TermBag.Entry::word)
                    .distinct().forEach(words::add);
            goals.put(g.getKey(), new GoalMatcher.Scored(g.getValue() / total, words));
        }
        double sum = total;
        subjects.replaceAll((k, v) -> v / sum);
        levels.replaceAll((k, v) -> v / sum);
        return new Votes(goals, subjects, levels, hits.length);
    }

    /**
     * A more-like-this query, built as Lucene's {@link MoreLikeThis} builds one (the terms with the highest tf·idf
     * against the examples, each boosted by its score relative to the best), but from the terms already analysed for
     * the text match, so a record's text goes through the analysis chain once. The record itself is left out.
     */
    private Query query(SuggestInput input, TermBag bag) {
        int n = index.size();
        List<TermBag.Entry> candidates = bag.top(GoalMatcher.QUERY_TERMS * 2);
        double[] score = new double[candidates.size()];
        double best = 0;
        for (int i = 0; i < score.length; i++) {
            int df = index.docFreq(candidates.get(i).term());
            score[i] = df == 0 ? 0 : candidates.get(i).weight() * Math.log((double) n / df + 1);
            best = Math.max(best, score[i]);
        }
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (int k = 0; k < Math.min(GoalMatcher.QUERY_TERMS, order.length) && score[order[k]] > 0; k++) {
            like.add(new BoostQuery(new TermQuery(new Term(InMemoryIndex.TEXT, candidates.get(order[k]).term())),
                    (float) (score[order[k]] / best)), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(like.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(InMemoryIndex.ID, input.id() == null ? "" : input.id())),
                        BooleanClause.Occur.MUST_NOT)
                .build();
    }
}
