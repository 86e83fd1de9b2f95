package nl.vidcat.check;

import nl.vidcat.store.CatalogLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vidcat.check.Fault.Kind;
import nl.vidcat.index.IndexContents;

/**
 * The live search index against the records: the same ids, and no record changed since the build. A difference is
 * what search would get wrong (a video not found, a removed one still found, an old title), fixed by
 * {@code vidcat index}. Large differences are summed up in one line each, with the first few ids.
 */
final class IndexComparison {

    private static final int SHOWN = 5;
    private static final String WHERE = CatalogLayout.INDEX_DIR + "/";

    private IndexComparison() {
    }

    /**
     * @param ids     the ids of the readable records named after their id, in any order
     * @param changed those of them modified after the index was built
     * @param owners  every id a record file names, readable or not: an unreadable record is reported as such, not as
     *                an index entry without a record
     */
    static List<Fault> compare(IndexContents index, List<String> ids, List<String> changed, Set<String> owners) {
        List<Fault> out = new ArrayList<>();
        if (index.info() == null) {
            boolean none = index.problem().startsWith("no search index");
            out.add(new Fault(none ? Kind.INDEX_NONE : Kind.INDEX_UNREADABLE, WHERE, null, index.problem()
                    + (none ? "; 'vidcat index' builds it." : "; 'vidcat index --force' builds a new one.")));
            return out;
        }
        String[] records = ids.toArray(String[]::new);
        java.util.Arrays.sort(records);
        String[] indexed = index.ids();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < records.length || j < indexed.length) {
            int c = i == records.length ? 1 : j == indexed.length ? -1 : records[i].compareTo(indexed[j]);
            if (c < 0) {
                missing.add(records[i++]);
            } else if (c > 0) {
                if (!owners.contains(indexed[j])) {
                    extra.add(indexed[j]);
                }
                j++;
            } else {
                i++;
                j++;
            }
        }
        if (index.info().records() >= 0 && index.info().records() != indexed.length) {
            out.add(new Fault(Kind.INDEX_UNREADABLE, WHERE, null, "the live index build " + index.info().build()
                    + " says it holds " + index.info().records() + " records but has " + indexed.length
                    + "; 'vidcat index --force' builds a new one."));
        }
        summary(out, missing, "not in the search index", "'vidcat index' adds");
        summary(out, extra, "in the search index without a record", "'vidcat index' removes");
        summary(out, changed.stream().filter(id -> java.util.Arrays.binarySearch(indexed, id) >= 0).toList(),
                "out of date in the search index (changed since)", "'vidcat index' updates");
        return out;
    }

    private static void summary(List<Fault> out, List<String> ids, String what, String remedy) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> sorted = ids.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(SHOWN, sorted.size())))
                + (sorted.size() > SHOWN ? ", …" : "");
        out.add(new Fault(Kind.INDEX_OUT_OF_DATE, WHERE, sorted.size() == 1 ? sorted.get(0) : null,
                (sorted.size() == 1 ? "record " + shown + " is " : sorted.size() + " records are ") + what
                        + (sorted.size() == 1 ? "" : " (" + shown + ")") + "; " + remedy
                        + (sorted.size() == 1 ? " it." : " them.")));
    }
}
