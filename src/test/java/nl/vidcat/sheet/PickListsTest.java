package nl.vidcat.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.model.Term;
import nl.vidcat.vocab.Normalizer;
import nl.vidcat.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

/** The pick lists are the vocabularies, and every value in them is one the sheet's checks accept. */
class PickListsTest {

    private static final Vocabularies V = Vocabularies.get();

    @Test
    void everyVocabularyIsListedWhole() {
        List<List<String>> records = PickLists.records();
        assertEquals(PickLists.HEADER, records.get(0));
        Map<String, Long> perColumn = records.stream().skip(1)
                .collect(Collectors.groupingBy(r -> r.get(0), Collectors.counting()));
        assertEquals(Map.of(
                "vak", (long) V.subjects().entries().size(),
                "niveau", (long) V.levels().entries().size(),
                "kerndoelen", (long) (V.goalsVo().entries().size() + V.goalsPo().entries().size()),
                "licentie", (long) V.licences().entries().size(),
                "taal", (long) V.languages().entries().size()), perColumn);
        assertTrue(records.contains(List.of("kerndoelen", "KD 22",
                "Rekenstructuren doorzien en rekenbegrippen gebruiken (Wiskunde)")), "number, label and area");
        assertTrue(records.contains(List.of("niveau", "havo", "havo, leerjaar 1 t/m 5")));
        assertTrue(records.contains(List.of("taal", "nl", "Nederlands")));
    }

    @Test
    void everyValueIsAcceptedInItsColumn() {
        Normalizer n = Normalizer.standard();
        for (List<String> r : PickLists.records().subList(1, PickLists.records().size())) {
            Column column = Column.forHeader(r.get(0)).orElseThrow();
            List<Problem> problems = new ArrayList<>();
            Metadata m = new SheetRow(2, Map.of(column, r.get(1))).toMetadata(n, problems);
            boolean known = switch (column) {
                case SUBJECT -> m.subject().known();
                case LEVEL -> m.levels().size() == 1 && m.levels().get(0).known();
                case GOALS -> m.goals().size() == 1 && m.goals().get(0).known();
                case LICENCE -> m.licence().known();
                case LANGUAGE -> V.languages().lookup(m.language()).isPresent();
                default -> false;
            };
            assertTrue(known && problems.isEmpty(), r + " is not accepted in column " + column.dutch());
        }
    }

    @Test
    void goalValuesPointAtTheirOwnGoal() {
        Normalizer n = Normalizer.standard();
        Term vo = n.goal("KD 22");
        Term po = n.goal("PO 12");
        assertEquals("22", vo.code());
        assertEquals("po-12", po.code());
    }
}
