package nl.vidcat.suggest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.ingest.SheetUpdate;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.SheetRow;
import nl.vidcat.store.Catalog;
import nl.vidcat.vocab.Normalizer;

/**
 * {@code vidcat suggest --apply SHEET}: the accepted rows of a suggestion sheet applied as an ingest sheet update
 * ({@link SheetUpdate}), each change kept in the record's history as "suggest". Proposed keywords are added to the
 * record's own; every other empty cell changes nothing. Callers hold the catalog's write lock.
 */
public final class SuggestApply {

    /** The name of the versions this writes, in {@code vidcat history}. */
    public static final String CHANGE = "suggest";

    private SuggestApply() {
    }

    public static List<SheetUpdate.Outcome> apply(Catalog catalog, Path sheet, Clock clock) throws IOException {
        List<SheetUpdate.Row> rows = new ArrayList<>();
        for (SheetUpdate.Row r : SuggestSheet.accepted(sheet)) {
            rows.add(withOwnKeywords(catalog, r));
        }
        return SheetUpdate.apply(catalog, rows, clock, CHANGE);
    }

    /** The row with the record's keywords in front of the proposed ones, so accepting keywords only adds. */
    private static SheetUpdate.Row withOwnKeywords(Catalog catalog, SheetUpdate.Row r) {
        String proposed = r.row().get(Column.KEYWORDS);
        if (proposed.isEmpty() || !RecordIds.isValid(r.id())) {
            return r;
        }
        VideoRecord existing = catalog.find(r.id()).orElse(null);
        if (existing == null || existing.metadata() == null) {
            return r;
        }
        Set<String> all = new LinkedHashSet<>(existing.metadata().keywords());
        all.addAll(Normalizer.splitList(proposed));
        Map<Column, String> values = new EnumMap<>(Column.class);
        values.putAll(r.row().values());
        values.put(Column.KEYWORDS, String.join(", ", all));
        return new SheetUpdate.Row(r.id(), r.line(), new SheetRow(r.line(), values));
    }
}
