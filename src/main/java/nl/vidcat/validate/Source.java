package nl.vidcat.validate;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;

/**
 * Something to validate: the record files of a catalog, some record files, or the rows of a sheet. Items are
 * addressed by index so the validator can hand out batches to threads and still report in input order; an item is
 * read only when it is examined, so memory does not grow with the number of records.
 */
public abstract sealed class Source permits RecordFiles, SheetRows {

    /** What one item yielded: its report and the key of its (school, title) for the duplicate pass (0 = none). */
    record Examined(ItemReport report, long titleKey) {
    }

    /**
     * An item's title as the duplicate pass needs it.
     *
     * @param itemLine the sheet line of a row (null for record files)
     * @param location where the title is
     */
    record TitleRef(String school, String title, String file, Integer itemLine, String recordId, Location location) {
    }

    public static Source catalog(Catalog c) {
        return new RecordFiles(c.recordFiles(), CatalogContext.of(c));
    }

    public static Source records(List<Path> files, CatalogContext context) {
        return new RecordFiles(files, context);
    }

    /** A metadata sheet (CSV), read as ingest reads it; an unreadable sheet becomes a finding about the file. */
    public static Source sheet(Path csv, CatalogContext context) {
        return new SheetRows(csv, context);
    }

    abstract int size();

    abstract CatalogContext context();

    /** Findings about the input as a whole (sheet-level problems), reported before its items. */
    abstract List<ItemReport> preamble();

    abstract Examined examine(int index, RecordChecks checks);

    /** Reads item {@code index} again for the duplicate-title pass; null when it has no title now. */
    abstract TitleRef titleRef(int index, RecordChecks checks);

    /** The file of item {@code index} as findings show it. */
    abstract String file(int index);

    /** Turns the hits of one item into findings at their locations. */
    static List<Finding> bind(List<Findings.Hit> hits, java.util.function.Function<Findings.Hit, Location> where) {
        return hits.stream().map(h -> new Finding(h.rule(), h.severity(), where.apply(h), h.nl(), h.en())).toList();
    }
}
