package nl.vidcat.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The Dutch analysis chain, in the four variants the index and search need. All share DutchAnalyzer's steps
 * (standard tokenizer, lower case, Dutch stop words, its stem overrides, Snowball Dutch stemmer) with ASCII folding
 * added right after lower-casing, so "geïntegreerd", "geintegreerd" and "Geïntegreerd" are one term and a pupil who
 * cannot type the trema still finds the video.
 *
 * <p>Synonyms are applied at query time only (so editing {@code catalog-schema/synonyms-nl.txt} needs no rebuild);
 * they sit after the stop filter and before the stemmer, so both sides of a synonym are stemmed like indexed text.
 * The OpenSearch mapping of the export mirrors this chain; keep the two in step and bump {@link #VERSION} whenever
 * index-time analysis changes, which makes the next {@code vidcat index} a full rebuild.
 */
public final class DutchAnalysis {

    /** Version of the index-time analysis and document layout; stored in every index commit. */
    public static final int VERSION = 4;

    static final String SYNONYMS_RESOURCE = "/catalog-schema/synonyms-nl.txt";
    /** Generated from OpenTaal's word list by catalog-schema/compounds/generate.py. */
    static final String COMPOUND_PARTS_RESOURCE = "/catalog-schema/compounds/woorddelen-nl.txt.gz";
    private static final int COMPOUND_MIN_WORD = 6, COMPOUND_MIN_PART = 3, COMPOUND_MAX_PART = 20;

    private static final CharArraySet STOP_WORDS = foldedStopWords();
    private static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES = stemOverrides();
    private static final CharArraySet COMPOUND_PARTS = compoundParts();
    private static final Analyzer PRE_SYNONYMS = new Chain(null, false, false);

    private final Analyzer index = new Chain(null, true, true);
    private final Analyzer words = new Chain(null, true, false);
    private final Analyzer query;
    private final Analyzer exact = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };
    private final List<List<String>> multiWordSynonyms;

    private DutchAnalysis(SynonymMap synonyms, List<List<String>> multiWordSynonyms) {
        this.query = new Chain(synonyms, true, false);
        this.multiWordSynonyms = multiWordSynonyms;
    }

    private static final class Holder {
        static final DutchAnalysis STANDARD = load();
    }

    /** The chain with the synonyms shipped in the jar. */
    public static DutchAnalysis standard() {
        return Holder.STANDARD;
    }

    /** For tests: the chain with other synonym rules (Solr format). */
    static DutchAnalysis withSynonyms(String rules) {
        try {
            return create(rules);
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("bad synonym rules: " + e.getMessage(), e);
        }
    }

    private static DutchAnalysis load() {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS_RESOURCE + " is missing from the jar");
            }
            return create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS_RESOURCE + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    private static DutchAnalysis create(String rules) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, PRE_SYNONYMS);
        parser.parse(new StringReader(rules));
        List<List<String>> multi = new ArrayList<>();
        for (String line : rules.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            for (String entry : l.split(",|=>")) {
                List<String> tokens = tokens(PRE_SYNONYMS, entry);
                if (tokens.size() > 1 && !multi.contains(tokens)) {
                    multi.add(tokens);
                }
            }
        }
        return new DutchAnalysis(parser.build(), List.copyOf(multi));
    }

    /** Title, description, keywords, classification and subtitle text at index time. */
    public Analyzer index() {
        return index;
    }

    /** The index chain without compound parts: the terms a typed word is looked up as. */
    Analyzer words() {
        return words;
    }

    /** The same chain without compound parts, plus the query-time synonyms. */
    public Analyzer query() {
        return query;
    }

    /** Folding without stop words or stemming: the exact-title field and the suggester. */
    public Analyzer exact() {
        return exact;
    }

    /**
     * Multi-word synonym entries ("lichamelijke opvoeding"), as the tokens the chain produces before synonyms. The
     * query parser splits on whitespace before analysis, so these must be recognized in the raw query first.
     */
    List<List<String>> multiWordSynonyms() {
        return multiWordSynonyms;
    }

    /** The tokens of {@code text} after folding and stop words, before synonyms and stemming. */
    static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    List<String> preSynonymTokens(String text) {
        return tokens(PRE_SYNONYMS, text);
    }

    /**
     * tokenizer → lower case → ASCII folding → stop words → [compound parts] → [synonyms] → [stem overrides →
     * Snowball Dutch]. Compound parts (index time only) are extra tokens at the compound's position, so "klok" finds
     * "klokkijken" while the whole word still ranks exact matches first; they are stemmed like any word.
     */
    private static final class Chain extends Analyzer {
        private final SynonymMap synonyms;
        private final boolean stem;
        private final boolean decompound;

        Chain(SynonymMap synonyms, boolean stem, boolean decompound) {
            this.synonyms = synonyms;
            this.stem = stem;
            this.decompound = decompound;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new ASCIIFoldingFilter(ts);
            ts = new StopFilter(ts, STOP_WORDS);
            if (decompound) {
                ts = new DutchCompounds(ts, COMPOUND_PARTS, STOP_WORDS, COMPOUND_MIN_WORD, COMPOUND_MIN_PART,
                        COMPOUND_MAX_PART);
            }
            if (synonyms != null && synonyms.fst != null) {
                ts = new SynonymGraphFilter(ts, synonyms, true);
            }
            if (stem) {
                ts = new StemmerOverrideFilter(ts, STEM_OVERRIDES);
                ts = new DutchStemEndings(ts);
            }
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static CharArraySet compoundParts() {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(COMPOUND_PARTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(COMPOUND_PARTS_RESOURCE + " is missing from the jar");
            }
            String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            CharArraySet out = new CharArraySet(32_000, false);
            text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(out::add);
            return CharArraySet.unmodifiableSet(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet out = new CharArraySet(DutchAnalyzer.getDefaultStopSet().size(), false);
        for (Object w : DutchAnalyzer.getDefaultStopSet()) {
            String s = new String((char[]) w);
            out.add(s);
            out.add(fold(s));
        }
        return CharArraySet.unmodifiableSet(out);
    }

    /** DutchAnalyzer's own overrides (its table is private): words the Snowball stemmer gets wrong. */
    private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides() {
        CharArrayMap<String> dict = new CharArrayMap<>(4, false);
        dict.put("fiets", "fiets");
        dict.put("bromfiets", "bromfiets");
        dict.put("ei", "eier");
        dict.put("kind", "kinder");
        StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
        CharsRefBuilder spare = new CharsRefBuilder();
        for (var it = dict.entrySet().iterator(); it.hasNext(); ) {
            char[] key = it.nextKey();
            spare.copyChars(key, 0, key.length);
            b.add(spare.get(), it.currentValue());
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower case and ASCII folding of a whole string, as the chains do per token (facet filter values, keys). */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n);
    }
}
