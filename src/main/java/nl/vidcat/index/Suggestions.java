package nl.vidcat.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Autocompletion of titles and keywords: an {@link AnalyzingInfixSuggester} (so "vereenv" completes "Breuken
 * vereenvoudigen" too) in {@code <build>/suggest}, built from the main index's suggest terms after every build. Each
 * entry weighs as many records as carry it; entries of invalid records carry the context "invalid" so ordinary
 * lookups skip them.
 */
final class Suggestions implements Closeable {

    static final String DIR = "suggest";
    private static final BytesRef VALID = new BytesRef("valid");
    private static final BytesRef INVALID = new BytesRef("invalid");
    private static final int MIN_PREFIX_CHARS = 3;

    private final AnalyzingInfixSuggester suggester;

    private Suggestions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    static Suggestions open(Path buildDir, Analyzer analyzer) throws IOException {
        return new Suggestions(newSuggester(buildDir, analyzer));
    }

    private static AnalyzingInfixSuggester newSuggester(Path buildDir, Analyzer analyzer) throws IOException {
        return new AnalyzingInfixSuggester(FSDirectory.open(buildDir.resolve(DIR)), analyzer, analyzer,
                MIN_PREFIX_CHARS, true, true, true, true);
    }

    /** Builds the suggester of a build from its (committed) main index. */
    static long build(IndexReader reader, Path buildDir, Analyzer analyzer) throws IOException {
        List<Entry> entries = new ArrayList<>();
        collect(reader, IndexFields.SUGGEST, VALID, entries);
        collect(reader, IndexFields.SUGGEST_INVALID, INVALID, entries);
        try (AnalyzingInfixSuggester s = newSuggester(buildDir, analyzer)) {
            s.build(new ListIterator(entries.iterator()));
            return s.getCount();
        }
    }

    /** Up to {@code n} completions of {@code prefix}, most used first. */
    List<String> lookup(String prefix, int n, boolean includeInvalid) throws IOException {
        if (prefix == null || prefix.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        Set<BytesRef> contexts = includeInvalid ? null : Set.of(VALID);
        Set<String> out = new LinkedHashSet<>();
        for (Lookup.LookupResult r : suggester.lookup(prefix, contexts, n * 2, true, false)) {
            out.add(r.key.toString());
        }
        return out.stream().limit(n).toList();
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    private record Entry(BytesRef text, long weight, BytesRef context) {
    }

    private static void collect(IndexReader reader, String field, BytesRef context, List<Entry> out) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            long n = te.docFreq();
            if (live != null) { // incremental builds: deleted documents stay in the terms until merged away
                n = 0;
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live.get(d)) {
                        n++;
                    }
                }
            }
            if (n > 0) {
                out.add(new Entry(BytesRef.deepCopyOf(t), n, context));
            }
        }
    }

    private static final class ListIterator implements InputIterator {
        private final Iterator<Entry> it;
        private Entry current;

        ListIterator(Iterator<Entry> it) {
            this.it = it;
        }

        @Override
        public BytesRef next() {
            current = it.hasNext() ? it.next() : null;
            return current == null ? null : current.text();
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return Set.of(current.context());
        }

        @Override
        public boolean hasContexts() {
            return true;
        }
    }
}
