package nl.vidcat.index;

import static nl.vidcat.index.IndexFields.*;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one catalog record (plus its subtitle cues) into the Lucene document described by {@link IndexFields}.
 * Makers and teacher are deliberately not indexed: they are personal data of minors and their teachers.
 */
final class RecordDocuments {

    private static final int MAX_SUGGESTION_CHARS = 120;
    /**
     * Title, description and subtitles are the highlighted fields: their postings carry offsets, so the highlighter
     * reads matches from the index instead of re-running the whole chain (compound splitting included) over the
     * stored text of every hit.
     */
    private static final FieldType HIGHLIGHTED = highlighted();

    private RecordDocuments() {
    }

    private static FieldType highlighted() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    static Document build(RecordSource.Loaded in) throws IOException {
        VideoRecord r = in.record();
        Metadata m = r.metadata();
        Document doc = new Document();
        doc.add(new StringField(ID, r.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(r.id())));
        doc.add(new BinaryDocValuesField(HASH, new BytesRef(in.hash())));
        doc.add(new StringField(VALID, in.valid() ? "1" : "0", Field.Store.YES));
        String suggestField = in.valid() ? SUGGEST : SUGGEST_INVALID;
        if (in.valid()) {
            doc.add(new SortedSetDocValuesFacetField(F_VALIDATION, VALIDATION_OK));
        }
        for (String rule : in.errors()) {
            doc.add(new SortedSetDocValuesFacetField(F_VALIDATION, rule));
            doc.add(new StoredField(SHOW_ERRORS, rule));
        }

        String title = m == null || m.title() == null ? "" : m.title().strip();
        doc.add(new Field(TITLE, title, HIGHLIGHTED));
        doc.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
        doc.add(new StringField(TITLE_KEY, titleKey(title), Field.Store.NO));
        addSuggestion(doc, suggestField, title);
        if (m != null) {
            addMetadata(doc, m, suggestField);
        }
        doc.add(new SortedSetDocValuesFacetField(F_STATUS, r.status().code()));
        doc.add(new StoredField(SHOW_STATUS, r.status().code()));
        if (r.source() != null && r.source().durationSeconds() > 0) {
            doc.add(new StoredField(DURATION, r.source().durationSeconds()));
            doc.add(new SortedSetDocValuesFacetField(F_DURATION, durationBucket(r.source().durationSeconds())));
        }
        if (!in.cues().isEmpty()) {
            doc.add(new Field(SUBTITLES, CueTable.text(in.cues()), HIGHLIGHTED));
            doc.add(new StoredField(CUES, CueTable.encode(in.cues())));
        }
        return IndexFields.facetsConfig().build(doc);
    }

    private static void addMetadata(Document doc, Metadata m, String suggestField) {
        if (m.description() != null) {
            doc.add(new Field(DESCRIPTION, m.description(), HIGHLIGHTED));
        }
        for (String k : m.keywords()) {
            doc.add(new TextField(KEYWORDS, k, Field.Store.YES));
            addSuggestion(doc, suggestField, k);
        }
        Set<String> words = new LinkedHashSet<>();
        if (known(m.subject())) {
            words.add(m.subject().label());
            words.add(m.subject().code());
            doc.add(new SortedSetDocValuesFacetField(F_SUBJECT, m.subject().code()));
            doc.add(new StoredField(SHOW_SUBJECT, m.subject().label()));
        }
        for (Term level : m.levels()) {
            if (known(level)) {
                words.add(level.code());
                words.add(level.label());
                doc.add(new SortedSetDocValuesFacetField(F_LEVEL, level.code()));
                doc.add(new StoredField(SHOW_LEVEL, level.code()));
                for (Integer y : m.years()) {
                    words.add(level.code() + " " + y + " " + level.code() + y); // "havo 1" and "havo1"
                }
            }
        }
        for (Integer y : m.years()) {
            words.add("leerjaar " + y + " klas " + y);
            doc.add(new SortedSetDocValuesFacetField(F_YEAR, String.valueOf(y)));
            doc.add(new StoredField(SHOW_YEAR, y));
        }
        for (Term goal : m.goals()) {
            if (known(goal)) {
                words.add("kerndoel " + goal.code() + " kd" + goal.code() + " " + goal.label());
                doc.add(new SortedSetDocValuesFacetField(F_GOAL, goal.code()));
                doc.add(new StoredField(SHOW_GOAL, goal.code()));
            }
        }
        if (known(m.licence())) {
            doc.add(new SortedSetDocValuesFacetField(F_LICENCE, m.licence().code()));
            doc.add(new StoredField(SHOW_LICENCE, m.licence().code()));
        }
        if (m.language() != null && !m.language().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(F_LANGUAGE, m.language()));
        }
        if (m.school() != null && !m.school().isBlank()) {
            words.add(m.school());
            doc.add(new SortedSetDocValuesFacetField(F_SCHOOL, m.school().strip()));
            doc.add(new StoredField(SHOW_SCHOOL, m.school().strip()));
        }
        words.remove(null);
        for (String w : words) {
            doc.add(new TextField(CLASSIFICATION, w, Field.Store.NO));
        }
    }

    private static void addSuggestion(Document doc, String field, String text) {
        String s = text == null ? "" : text.strip();
        if (!s.isEmpty() && s.length() <= MAX_SUGGESTION_CHARS) {
            doc.add(new StringField(field, s, Field.Store.NO));
        }
    }

    private static boolean known(Term t) {
        return t != null && t.known();
    }

    /** The exact-title key: folded, single-spaced. The query side builds the same key from the user's text. */
    static String titleKey(String text) {
        return String.join(" ", DutchAnalysis.tokens(DutchAnalysis.standard().exact(), text));
    }
}
