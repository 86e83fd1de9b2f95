package nl.vidcat.ingest;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Problem;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.SheetRow;
import nl.vidcat.store.Catalog;
import nl.vidcat.vocab.Normalizer;

/**
 * Sheet rows that change records already in the catalog, named by id, as ingest changes a record whose sheet row
 * changed: the cells are read by the same {@link SheetRow} normalization against the vocabularies, and the record is
 * written with {@link Catalog#save(VideoRecord, String)}, which keeps the version it replaces ({@code vidcat
 * history}, {@code vidcat restore}). Only the row's non-empty cells change anything ({@link SheetRow#overlay});
 * everything else in the record, typed cells included, stays as it is. Callers hold the catalog's write lock.
 */
public final class SheetUpdate {

    /** One row for the record with id {@code id}, from sheet line {@code line}. */
    public record Row(String id, int line, SheetRow row) {
    }

    /**
     * What a row did.
     *
     * @param changed the sheet columns whose values changed the record; empty when it was unchanged
     * @param error   why the row was not applied, else null
     */
    public record Outcome(Row row, List<Column> changed, String error) {
    }

    private SheetUpdate() {
    }

    /** Applies {@code rows} in order; {@code change} names the new versions in {@code vidcat history}. */
    public static List<Outcome> apply(Catalog catalog, List<Row> rows, Clock clock, String change) throws IOException {
        Normalizer n = Normalizer.standard();
        List<Outcome> out = new ArrayList<>();
        for (Row r : rows) {
            Optional<VideoRecord> found = RecordIds.isValid(r.id()) ? catalog.find(r.id()) : Optional.empty();
            if (found.isEmpty()) {
                out.add(new Outcome(r, List.of(), "no record with id '" + r.id() + "' in the catalog"));
                continue;
            }
            VideoRecord existing = found.get();
            List<Problem> problems = new ArrayList<>();
            Metadata updated = r.row().overlay(existing.metadata(), n, problems);
            if (!problems.isEmpty()) {
                out.add(new Outcome(r, List.of(), problems.get(0).message()));
                continue;
            }
            List<Column> changed = changed(existing.metadata(), updated);
            if (!changed.isEmpty()) {
                catalog.save(existing.withMetadata(updated, existing.origin(), clock.instant()), change);
            }
            out.add(new Outcome(r, changed, null));
        }
        return out;
    }

    /** Each sheet column with the part of the metadata it fills. */
    private static final Map<Column, Function<Metadata, Object>> FIELDS = fields();

    private static Map<Column, Function<Metadata, Object>> fields() {
        Map<Column, Function<Metadata, Object>> f = new EnumMap<>(Column.class);
        f.put(Column.TITLE, Metadata::title);
        f.put(Column.DESCRIPTION, Metadata::description);
        f.put(Column.SUBJECT, Metadata::subject);
        f.put(Column.LEVEL, Metadata::levels);
        f.put(Column.YEAR, Metadata::years);
        f.put(Column.GOALS, Metadata::goals);
        f.put(Column.KEYWORDS, Metadata::keywords);
        f.put(Column.MAKERS, Metadata::makers);
        f.put(Column.CONSENT, Metadata::consent);
        f.put(Column.TEACHER, Metadata::teacher);
        f.put(Column.SCHOOL, Metadata::school);
        f.put(Column.LICENCE, Metadata::licence);
        f.put(Column.LANGUAGE, Metadata::language);
        f.put(Column.SUBTITLES, Metadata::subtitles);
        return f;
    }

    /** The columns whose values changed, in sheet order. */
    private static List<Column> changed(Metadata before, Metadata after) {
        return FIELDS.entrySet().stream()
                .filter(e -> !Objects.equals(e.getValue().apply(before), e.getValue().apply(after)))
                .map(Map.Entry::getKey).toList();
    }
}
