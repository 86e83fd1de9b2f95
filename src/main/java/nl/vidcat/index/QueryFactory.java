package nl.vidcat.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a teacher or pupil types into a Lucene query. {@link SimpleQueryParser} never throws on odd input
 * (unbalanced quotes, a lone "-"), supports "phrases", -not, a|b and prefix*, and requires every word (AND) — each
 * word may match in any field. Two boosts make exact titles win: a phrase on the unstemmed title and a match of
 * the whole title.
 */
final class QueryFactory {

    private static final float EXACT_PHRASE_BOOST = 3f;
    private static final float EXACT_TITLE_BOOST = 6f;
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final Pattern OPERATORS = Pattern.compile("[\"+|\\-*~()\\\\]");

    private final DutchAnalysis analysis;
    private final Recent<Parse, Query> parsed = new Recent<>(512);

    /** What a query is parsed from: the text, its words to match typo-tolerantly, and whether one may be missing. */
    private record Parse(String text, Set<String> fuzzy, boolean allButOne) {
    }

    QueryFactory(DutchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query for {@code text} as typed. */
    Query build(String text) {
        return build(text, Set.of());
    }

    /**
     * The query for {@code text} where the analyzed words in {@code fuzzy} (words the index does not know) also match
     * terms within one or two typos. Known words stay exact: expanding them costs time and only adds noise.
     */
    Query build(String text, Set<String> fuzzy) {
        return build(text, fuzzy, false);
    }

    /**
     * The query for {@code text} where one of its words may be missing ("tutorial python": no video says tutorial),
     * for when all of them together find nothing; null when there is no word to spare.
     */
    Query relaxed(String text) {
        Query q = build(text, Set.of(), true);
        return q instanceof BooleanQuery ? q : null;
    }

    private Query build(String text, Set<String> fuzzy, boolean allButOne) {
        return parsed.get(new Parse(text, Set.copyOf(fuzzy), allButOne), k -> parse(k.text(), k.fuzzy(), k.allButOne()));
    }

    private Query parse(String text, Set<String> fuzzy, boolean allButOne) {
        SimpleQueryParser p = new Parser(analysis, fuzzy);
        p.setDefaultOperator(allButOne ? Occur.SHOULD : Occur.MUST);
        p.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query user = p.parse(quoteMultiWordSynonyms(text));
        if (allButOne) {
            user = allButOne(user);
            if (user == null) {
                return null;
            }
        }
        String plain = OPERATORS.matcher(text).replaceAll(" ");
        List<String> words = DutchAnalysis.tokens(analysis.exact(), plain);
        if (user instanceof MatchNoDocsQuery) {
            // only stop words ("één", "de"): those are indexed only in the exact title, so search them there
            if (words.isEmpty()) {
                return user;
            }
            user = words.size() == 1 ? new TermQuery(new Term(IndexFields.TITLE_EXACT, words.get(0)))
                    : new PhraseQuery(1, IndexFields.TITLE_EXACT, words.toArray(String[]::new));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, Occur.MUST);
        if (words.size() > 1) {
            b.add(new BoostQuery(new PhraseQuery(1, IndexFields.TITLE_EXACT, words.toArray(String[]::new)),
                    EXACT_PHRASE_BOOST), Occur.SHOULD);
        }
        if (!words.isEmpty()) {
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE_KEY, String.join(" ", words))),
                    EXACT_TITLE_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /** A query of two or more optional words, requiring all but one of them; null for any other query. */
    private static Query allButOne(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.clauses().size() < 2
                || bq.clauses().stream().anyMatch(c -> c.occur() != Occur.SHOULD)) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        bq.clauses().forEach(b::add);
        return b.setMinimumNumberShouldMatch(bq.clauses().size() - 1).build();
    }

    /**
     * The parser splits on whitespace before analysis, so a multi-word synonym ("lichamelijke opvoeding") would never
     * reach the synonym filter whole. Quoting it first makes it a phrase, which the synonym graph then expands.
     */
    String quoteMultiWordSynonyms(String text) {
        List<List<String>> multi = analysis.multiWordSynonyms();
        if (multi.isEmpty() || text.indexOf('"') >= 0) {
            return text;
        }
        String[] words = text.strip().split("\\s+");
        List<List<String>> analyzed = new ArrayList<>();
        for (String w : words) {
            analyzed.add(OPERATORS.matcher(w).find() ? null : analysis.preSynonymTokens(w));
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            int end = longestSynonymAt(analyzed, i, multi);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (end > i + 1) {
                out.append('"').append(String.join(" ", List.of(words).subList(i, end))).append('"');
                i = end;
            } else {
                out.append(words[i++]);
            }
        }
        return out.toString();
    }

    /** The end (exclusive) of the longest run of words from {@code start} whose tokens form a synonym, or start. */
    private static int longestSynonymAt(List<List<String>> analyzed, int start, List<List<String>> multi) {
        int best = start;
        List<String> tokens = new ArrayList<>();
        for (int j = start; j < analyzed.size() && analyzed.get(j) != null; j++) {
            tokens.addAll(analyzed.get(j));
            if (multi.contains(tokens)) {
                best = j + 1;
            }
        }
        return best;
    }

    private static final class Parser extends SimpleQueryParser {
        private final Set<String> fuzzy;

        Parser(DutchAnalysis analysis, Set<String> fuzzy) {
            super(analysis.query(), IndexFields.WEIGHTS);
            this.fuzzy = fuzzy;
        }

        /**
         * A fuzzy word also matches terms one or two edits away (longer words allow two), except in the subtitles and
         * descriptions: their large, noisy vocabularies make fuzzy expansion slow and mostly wrong.
         */
        @Override
        protected Query newTermQuery(Term term, float boost) {
            Query exact = super.newTermQuery(term, boost);
            String t = term.text();
            if (!fuzzy.contains(t) || term.field().equals(IndexFields.SUBTITLES)
                    || term.field().equals(IndexFields.DESCRIPTION) || t.length() < FUZZY_MIN_LENGTH
                    || t.chars().allMatch(Character::isDigit)) {
                return exact;
            }
            int edits = t.length() >= 8 ? 2 : 1;
            return new BooleanQuery.Builder()
                    .add(exact, Occur.SHOULD)
                    .add(new BoostQuery(new FuzzyQuery(term, edits, 1, 20, true), 0.5f), Occur.SHOULD)
                    .build();
        }
    }
}
