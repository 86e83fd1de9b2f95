package nl.vidcat.sheet;

import java.util.ArrayList;
import java.util.List;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * {@code keuzelijsten.csv}: the values a coordinator may type in the sheet's vocabulary columns, to copy and paste.
 * They come from the vocabularies vidcat checks the sheet against ({@code catalog-schema/vocab/}), so the lists and
 * the checks cannot disagree. One value a line: the sheet column it goes in, the value as vidcat reads it, and what
 * it means.
 */
public final class PickLists {

    /** The file's name, next to the sheet; ingest does not take it for the metadata sheet. */
    public static final String FILE_NAME = "keuzelijsten.csv";
    public static final List<String> HEADER = List.of("kolom", "waarde", "omschrijving");

    private PickLists() {
    }

    /** The header and one record per value: subjects, levels, kerndoelen VO and PO, licences, languages. */
    public static List<List<String>> records() {
        Vocabularies v = Vocabularies.get();
        List<List<String>> out = new ArrayList<>();
        out.add(HEADER);
        for (Vocabulary.Entry e : v.subjects().entries()) {
            String also = e.aliases().isEmpty() ? "" : "ook goed: " + String.join(", ", e.aliases());
            out.add(List.of(Column.SUBJECT.dutch(), e.label(), also));
        }
        for (Vocabulary.Entry e : v.levels().entries()) {
            out.add(List.of(Column.LEVEL.dutch(), e.code(), e.label() + ", leerjaar 1 t/m " + v.maxYear(e.code())));
        }
        for (Vocabulary.Entry e : v.goalsVo().entries()) {
            String area = v.leergebied(Integer.parseInt(e.code())).map(a -> " (" + a + ")").orElse("");
            out.add(List.of(Column.GOALS.dutch(), "KD " + e.code(), goal(e) + area));
        }
        for (Vocabulary.Entry e : v.goalsPo().entries()) {
            out.add(List.of(Column.GOALS.dutch(), "PO " + e.code(), goal(e) + " (primair onderwijs)"));
        }
        for (Vocabulary.Entry e : v.licences().entries()) {
            out.add(List.of(Column.LICENCE.dutch(), e.label(), e.data().path("url").asText("")));
        }
        for (Vocabulary.Entry e : v.languages().entries()) {
            out.add(List.of(Column.LANGUAGE.dutch(), e.id(), e.label()));
        }
        return out;
    }

    /** "VO Kerndoel 22: Rekenstructuren doorzien…" without the number the value column already gives. */
    private static String goal(Vocabulary.Entry e) {
        return e.label().replaceFirst("^(VO|PO) [Kk]erndoel \\S+:\\s*", "");
    }
}
