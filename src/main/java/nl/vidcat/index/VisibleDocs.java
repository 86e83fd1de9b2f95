package nl.vidcat.index;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents one search may see: those whose record id passes a predicate ({@code vidcat serve} shows only what
 * the export published). It restricts the query itself, not the hits afterwards, so totals, facet counts and the
 * words did-you-mean offers all come from visible records only: a hidden record shows up nowhere, not as a count and
 * not as a word.
 */
final class VisibleDocs {

    private final FixedBitSet[] perLeaf;
    private final int[] counts;
    private final Query filter = new Filter();

    private VisibleDocs(FixedBitSet[] perLeaf) {
        this.perLeaf = perLeaf;
        this.counts = java.util.Arrays.stream(perLeaf).mapToInt(FixedBitSet::cardinality).toArray();
    }

    /** The record id of every live document, per leaf (null for deleted ones): read once per opened build. */
    static String[][] ids(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        String[][] out = new String[leaves.size()][];
        for (LeafReaderContext ctx : leaves) {
            LeafReader leaf = ctx.reader();
            String[] ids = new String[leaf.maxDoc()];
            SortedDocValues dv = leaf.getSortedDocValues(IndexFields.ID);
            Bits live = leaf.getLiveDocs();
            for (int d = 0; dv != null && d < ids.length; d++) {
                if ((live == null || live.get(d)) && dv.advanceExact(d)) {
                    ids[d] = dv.lookupOrd(dv.ordValue()).utf8ToString();
                }
            }
            out[ctx.ord] = ids;
        }
        return out;
    }

    static VisibleDocs of(String[][] ids, Predicate<String> visible) {
        FixedBitSet[] bits = new FixedBitSet[ids.length];
        for (int leaf = 0; leaf < ids.length; leaf++) {
            String[] leafIds = ids[leaf];
            FixedBitSet b = new FixedBitSet(Math.max(1, leafIds.length));
            for (int d = 0; d < leafIds.length; d++) {
                if (leafIds[d] != null && visible.test(leafIds[d])) {
                    b.set(d);
                }
            }
            bits[leaf] = b;
        }
        return new VisibleDocs(bits);
    }

    /** Whether a visible document holds {@code term}. */
    boolean holds(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext ctx : reader.leaves()) {
            PostingsEnum pe = ctx.reader().postings(term, PostingsEnum.NONE);
            if (pe == null) {
                continue;
            }
            FixedBitSet b = perLeaf[ctx.ord];
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (d < b.length() && b.get(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A filter matching the visible documents of the searcher's own reader (leaves by their ord), the same object for
     * every search of this visible set. Only for that reader: the highlighter, which runs queries over
     * single-document readers of its own, gets the query without it.
     */
    Query filter() {
        return filter;
    }

    private final class Filter extends Query {
        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext ctx) {
                    FixedBitSet b = perLeaf[ctx.ord];
                    DocIdSetIterator it = new BitSetIterator(b, counts[ctx.ord]);
                    return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
                }

                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false; // already a bit set per leaf: Lucene's query cache would only copy it
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "visible-records";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
