package nl.vidcat.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A small Lucene index in memory, BM25-scored: the kerndoel texts, or the catalogue's approved records as examples.
 * Document {@code i} is the {@code i}-th text given (one segment, no deletions), so callers keep what a document
 * stands for in a list of their own. Read-only once built; safe for concurrent searches.
 */
final class InMemoryIndex {

    static final String TEXT = "text";
    static final String ID = "id";

    private static final FieldType TEXT_TYPE = textType();

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** @param ids one per text, for excluding a document from its own neighbours; may be null */
    InMemoryIndex(Analyzer analyzer, List<String> texts, List<String> ids) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document d = new Document();
                    d.add(new Field(TEXT, texts.get(i), TEXT_TYPE));
                    if (ids != null) {
                        d.add(new StringField(ID, ids.get(i), Field.Store.NO));
                    }
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot fail
        }
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setTokenized(true);
        t.freeze();
        return t;
    }

    int size() {
        return reader.maxDoc();
    }

    DirectoryReader reader() {
        return reader;
    }

    /** The best {@code n} documents for {@code query}, best first. */
    ScoreDoc[] search(Query query, int n) {
        try {
            TopDocs top = searcher.search(query, Math.max(1, n));
            return top.scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents hold {@code term} in the text field. */
    int docFreq(String term) {
        try {
            return reader.docFreq(new org.apache.lucene.index.Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
