package nl.vidcat.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;

/**
 * The findings of a whole catalog per record id, for the stages that act on them: export refuses records with
 * errors, index and the report page show them. One validator run, the same rules and catalog settings as
 * {@code vidcat validate}, so the stages never disagree with CI about what is wrong.
 */
public final class CatalogFindings {

    private final Map<String, List<Finding>> byRecord;
    private final Summary summary;

    private CatalogFindings(Map<String, List<Finding>> byRecord, Summary summary) {
        this.byRecord = byRecord;
        this.summary = summary;
    }

    public static CatalogFindings of(Catalog catalog, Progress progress) throws IOException {
        Map<String, List<Finding>> byRecord = new TreeMap<>();
        Summary[] summary = new Summary[1];
        new Validator(Validator.defaultThreads(), progress).validate(List.of(Source.catalog(catalog)),
                new ReportSink() {
                    @Override
                    public void begin(List<Rule> rules) {
                    }

                    @Override
                    public void item(ItemReport r) {
                        // The duplicate-title pass reports an item a second time: merge by record id. Only the
                        // record's own <id>.json speaks for it: a stray copy's findings (its file name, its
                        // duplicate title) must not keep the real record out; the stages report strays by name.
                        if (r.recordId() != null && !r.findings().isEmpty() && ownFile(r)) {
                            byRecord.computeIfAbsent(r.recordId(), k -> new ArrayList<>()).addAll(r.findings());
                        }
                    }

                    @Override
                    public void end(Summary s) {
                        summary[0] = s;
                    }
                });
        byRecord.replaceAll((k, v) -> List.copyOf(v));
        return new CatalogFindings(byRecord, summary[0]);
    }

    private static boolean ownFile(ItemReport r) {
        String name = r.recordId() + ".json";
        return r.file() == null || r.file().equals(name) || r.file().endsWith("/" + name);
    }

    /** The findings of one record, empty when it is clean or unknown. */
    public List<Finding> of(String recordId) {
        return byRecord.getOrDefault(recordId, List.of());
    }

    public boolean hasErrors(String recordId) {
        return of(recordId).stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public Summary summary() {
        return summary;
    }
}
