package nl.vidcat.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.vidcat.io.VidcatException;
import nl.vidcat.index.SearchResult.FacetValue;
import nl.vidcat.index.SearchResult.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code vidcat search}: answers queries from the live index build. Takes no lock: it opens whatever build
 * {@code index/CURRENT} names, and keeps reading that build even if a rebuild publishes a newer one meanwhile. One
 * instance serves many searches (the facet state is built once per open).
 */
public final class Searcher implements Closeable {

    /** Below this many exact hits, typo-tolerant matching is tried too. */
    static final int FUZZY_BELOW = 3;
    private static final int FACET_VALUES = 20;
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.VALID,
            IndexFields.DURATION, IndexFields.SHOW_SUBJECT, IndexFields.SHOW_LEVEL, IndexFields.SHOW_YEAR,
            IndexFields.SHOW_GOAL, IndexFields.SHOW_STATUS, IndexFields.SHOW_SCHOOL, IndexFields.SHOW_LICENCE, IndexFields.SHOW_ERRORS);
    private static final Set<String> HIGHLIGHTED_HIT_FIELDS = java.util.stream.Stream.of(HIT_FIELDS,
            Highlighting.FIELDS_READ, Set.of(IndexFields.CUES)).flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Query SEARCHABLE = new TermQuery(new Term(IndexFields.VALID, "1"));

    private final Directory dir;
    private final Path buildDir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final IndexInfo info;
    private final QueryFactory queries;
    private final DutchAnalysis analysis;
    private final Analyzer indexAnalyzer;
    private final Recent<Query, Query> rewrites = new Recent<>(512);
    /** Did-you-mean per query text and visible documents (what it may offer depends on both); empty: none. */
    private final Recent<Corrected, Optional<String>> corrections = new Recent<>(512);
    private Suggestions suggestions;
    private volatile String[][] leafIds;
    /** The visible documents of the last restricted search, by its predicate (one per published set). */
    private final Recent<Predicate<String>, VisibleDocs> visibleSets = new Recent<>(1);

    /** A query text and the documents it may see (null: all; else compared by identity, one per published set). */
    private record Corrected(String text, VisibleDocs visible) {
    }

    private Searcher(Path buildDir, String name, DutchAnalysis analysis) throws IOException {
        this.buildDir = buildDir;
        this.dir = FSDirectory.open(buildDir);
        try {
            this.reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            dir.close();
            throw e;
        }
        this.searcher = new IndexSearcher(reader);
        this.info = IndexInfo.fromUserData(name, reader.getIndexCommit().getUserData());
        this.facetState = reader.numDocs() == 0 ? null
                : new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
        this.queries = new QueryFactory(analysis);
        this.analysis = analysis;
        this.indexAnalyzer = IndexFields.perField(analysis.index(), analysis.exact());
    }

    /** Opens the live build of the index in {@code store}. */
    public static Searcher open(IndexStore store) {
        for (int attempt = 0; ; attempt++) {
            String name = store.current().orElseThrow(() -> VidcatException.usage("no search index in " + store.dir()
                    + " yet; build it with 'vidcat index'"));
            try {
                return new Searcher(store.buildDir(name), name, DutchAnalysis.standard());
            } catch (NoSuchFileException | IndexNotFoundException e) {
                if (attempt > 0) { // a rebuild replaced the build between reading CURRENT and opening it: once is normal
                    throw new VidcatException(VidcatException.FINDINGS, "index build " + name + " is missing files ("
                            + e.getMessage() + "); rebuild with 'vidcat index' or 'vidcat index --rollback'", e);
                }
            } catch (IOException e) {
                throw new VidcatException(VidcatException.FINDINGS, "index build " + name + " cannot be opened ("
                        + e.getMessage() + "); rebuild with 'vidcat index' or 'vidcat index --rollback'", e);
            }
        }
    }

    /** Opens a build directory directly (the smoke test of a build before it is published). */
    static Searcher openBuild(Path buildDir, DutchAnalysis analysis) throws IOException {
        return new Searcher(buildDir, IndexStore.nameOf(buildDir), analysis);
    }

    public IndexInfo info() {
        return info;
    }

    public SearchResult search(SearchRequest req) throws IOException {
        return search(req, null);
    }

    /**
     * {@link #search(SearchRequest)} over only the records whose id passes {@code visible} (null: all): hits, totals,
     * facet counts and did-you-mean alike, so nothing of another record shows ({@code vidcat serve}'s published ones).
     */
    public SearchResult search(SearchRequest req, Predicate<String> visible) throws IOException {
        VisibleDocs v = visible == null ? null : visibleDocs(visible);
        Query filter = v == null ? null : v.filter();
        String text = req.query().strip();
        boolean all = text.isEmpty() || text.equals("*");
        Outcome exact = run(req, base(req, all ? null : queries.build(text)), filter);
        Outcome used = exact;
        String mode = "exact";
        String didYouMean = null;
        Set<String> unknown = all || exact.total >= FUZZY_BELOW ? Set.of()
                : DidYouMean.unknownTerms(reader, analysis, text, v);
        if (!unknown.isEmpty()) {
            didYouMean = corrections.get(new Corrected(text, v),
                    k -> Optional.ofNullable(new DidYouMean(reader, analysis, v).suggest(text))).orElse(null);
            Outcome fuzzy = run(req, base(req, queries.build(text, unknown)), filter);
            if (didYouMean != null && fuzzy.total < FUZZY_BELOW) {
                // glued words ("breukenvereenvoudigen") are beyond typo matching: try the suggestion itself
                Query suggested = base(req, queries.build(didYouMean));
                if (total(req, suggested, filter) > fuzzy.total) {
                    fuzzy = run(req, suggested, filter);
                }
            }
            if (fuzzy.total > exact.total) {
                used = fuzzy;
                mode = "fuzzy";
            }
        }
        Query relaxed = all || used.total > 0 ? null : queries.relaxed(text);
        if (relaxed != null && total(req, base(req, relaxed), filter) > 0) {
            used = run(req, base(req, relaxed), filter);
            mode = "partial";
        }
        List<Hit> hits = hits(used, req);
        return new SearchResult(SearchResult.FORMAT, req.query(), mode, didYouMean, used.total, req.filters(), hits,
                used.facets, List.of(), info);
    }

    /** Completions of {@code prefix} from titles and keywords, most used first. */
    public List<String> suggest(String prefix, int n, boolean includeInvalid) throws IOException {
        if (suggestions == null) {
            suggestions = Suggestions.open(buildDir, DutchAnalysis.standard().exact());
        }
        return suggestions.lookup(prefix, n, includeInvalid);
    }

    /** How many documents with this id the query finds (the build smoke test). */
    long count(String text, String id) throws IOException {
        Query q = queries.build(text);
        return searcher.count(new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.FILTER).build());
    }

    long count(Query q) throws IOException {
        return searcher.count(q);
    }

    private record Outcome(Query query, long total, ScoreDoc[] docs, Map<String, List<FacetValue>> facets) {
    }

    private static Query base(SearchRequest req, Query user) {
        Query q = user == null ? MatchAllDocsQuery.INSTANCE : user;
        if (req.includeInvalid()) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(SEARCHABLE, Occur.FILTER).build();
    }

    private VisibleDocs visibleDocs(Predicate<String> visible) throws IOException {
        return visibleSets.get(visible, p -> VisibleDocs.of(ids(), p));
    }

    /** The record id of each document, read on the first restricted search of this build. */
    private String[][] ids() throws IOException {
        String[][] ids = leafIds;
        if (ids == null) {
            ids = VisibleDocs.ids(reader);
            leafIds = ids; // racing threads compute the same table: no lock needed
        }
        return ids;
    }

    private static Query restricted(Query base, Query filter) {
        return filter == null ? base : new BooleanQuery.Builder().add(base, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** How many records a fallback query finds under the filters: a count is cheaper than facets and hits. */
    private long total(SearchRequest req, Query base, Query filter) throws IOException {
        DrillDownQuery ddq = new DrillDownQuery(IndexFields.facetsConfig(), restricted(base, filter));
        req.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
        return searcher.count(ddq);
    }

    /** Runs {@code base} under the request's facet filters and {@code filter} (null: none). */
    private Outcome run(SearchRequest req, Query base, Query filter) throws IOException {
        if (facetState == null) {
            return new Outcome(base, 0, new ScoreDoc[0], Map.of());
        }
        // Rewritten once here: typo-tolerant words become their concrete terms, so neither the search nor the
        // highlighter (which would otherwise run a Levenshtein automaton over every word of the subtitles) redoes it.
        base = rewrites.get(base, searcher::rewrite);
        DrillDownQuery ddq = new DrillDownQuery(IndexFields.facetsConfig(), restricted(base, filter));
        req.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
        DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, IndexFields.facetsConfig(), facetState)
                .search(ddq, Math.max(1, req.offset() + req.limit()));
        return new Outcome(base, r.hits.totalHits.value(), r.hits.scoreDocs, facets(r.facets, req.includeInvalid()));
    }

    private Map<String, List<FacetValue>> facets(Facets facets, boolean includeInvalid) throws IOException {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            if (dim.equals(IndexFields.F_VALIDATION) && !includeInvalid) {
                continue; // every hit is "ok" there: nothing to choose
            }
            FacetResult fr;
            try {
                fr = facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // no document has this dimension
            }
            List<FacetValue> values = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            if (dim.equals(IndexFields.F_DURATION)) {
                values.sort(java.util.Comparator.comparingInt(v -> IndexFields.DURATION_BUCKETS.indexOf(v.value())));
            }
            out.put(dim, values);
        }
        return out;
    }

    private List<Hit> hits(Outcome o, SearchRequest req) throws IOException {
        int from = Math.min(req.offset(), o.docs.length);
        int n = Math.min(req.limit(), o.docs.length - from);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = o.docs[from + i].doc;
        }
        // each hit's stored fields are read once (a read decompresses the document's whole block): for the hit list,
        // the highlighter and the cue times alike
        Set<String> fields = req.highlight() ? HIGHLIGHTED_HIT_FIELDS : HIT_FIELDS;
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[n];
        for (int i = 0; i < n; i++) {
            docs[i] = stored.document(ids[i], fields);
        }
        Map<String, Object[]> hl = req.highlight() && n > 0
                ? new Highlighting(searcher, indexAnalyzer).highlight(o.query, ids, docs) : Map.of();
        List<Hit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Document d = docs[i];
            IndexableField dur = d.getField(IndexFields.DURATION);
            SearchResult.Highlights h = hl.isEmpty() ? null : new SearchResult.Highlights(
                    snippet(hl.get(IndexFields.TITLE)[i]), snippet(hl.get(IndexFields.DESCRIPTION)[i]),
                    cues(d, Highlighting.fragments(hl.get(IndexFields.SUBTITLES)[i])));
            hits.add(new Hit(d.get(IndexFields.ID), o.docs[from + i].score, d.get(IndexFields.TITLE),
                    d.get(IndexFields.SHOW_SUBJECT), List.of(d.getValues(IndexFields.SHOW_LEVEL)),
                    java.util.Arrays.stream(d.getFields(IndexFields.SHOW_YEAR)).map(f -> f.numericValue().intValue())
                            .toList(), List.of(d.getValues(IndexFields.SHOW_GOAL)),
                    dur == null ? null : dur.numericValue().doubleValue(), d.get(IndexFields.SHOW_STATUS),
                    d.get(IndexFields.SHOW_SCHOOL), d.get(IndexFields.SHOW_LICENCE), "1".equals(d.get(IndexFields.VALID)),
                    List.of(d.getValues(IndexFields.SHOW_ERRORS)), h));
        }
        return hits;
    }

    private static SearchResult.Snippet snippet(Object highlight) {
        List<Highlighting.Fragment> f = Highlighting.fragments(highlight);
        return f.isEmpty() ? null : new SearchResult.Snippet(f.get(0).text(), f.get(0).matches());
    }

    private static List<SearchResult.Cue> cues(Document doc, List<Highlighting.Fragment> fragments) {
        if (fragments.isEmpty()) {
            return List.of();
        }
        var bytes = doc.getBinaryValue(IndexFields.CUES);
        if (bytes == null) {
            return List.of();
        }
        CueTable table = CueTable.decode(bytes.bytes, bytes.offset, bytes.length);
        List<SearchResult.Cue> out = new ArrayList<>();
        for (Highlighting.Fragment f : fragments) {
            long[] t = table.timesAt(f.start());
            if (t != null) {
                out.add(new SearchResult.Cue(SubtitleCues.timestamp(t[0]), SubtitleCues.timestamp(t[1]), t[0] / 1000.0,
                        t[1] / 1000.0, f.text(), f.matches()));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            if (suggestions != null) {
                suggestions.close();
            }
        } finally {
            reader.close();
            dir.close();
        }
    }
}
