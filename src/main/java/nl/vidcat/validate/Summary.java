package nl.vidcat.validate;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of one validation run.
 *
 * @param items         record files and sheet rows looked at
 * @param failedItems   items with at least one error
 * @param byRule        rule id -> number of findings
 */
public record Summary(long items, long failedItems, long errors, long warnings, Map<String, Long> byRule,
                      Duration elapsed) {

    public Summary {
        byRule = Map.copyOf(byRule);
    }

    /** Whether anything reached {@code failOn}: the command exits 1 then. */
    public boolean fails(Severity failOn) {
        return errors > 0 || (failOn == Severity.WARNING && warnings > 0);
    }

    public double itemsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : items / s;
    }

    /** Accumulates totals on the one thread that hands reports to the formats. */
    static final class Counter {
        private long items;
        private long failedItems;
        private long errors;
        private long warnings;
        private final Map<String, Long> byRule = new TreeMap<>();

        void countItem() {
            items++;
        }

        /**
         * @param countedAsFailed the item already had an error in an earlier report (duplicate titles are reported
         *                        after the item itself), so it is not counted twice
         * @return whether the item has an error now
         */
        boolean add(ItemReport r, boolean countedAsFailed) {
            boolean failed = false;
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                    failed = true;
                } else {
                    warnings++;
                }
                byRule.merge(f.rule().id(), 1L, Long::sum);
            }
            if (failed && !countedAsFailed) {
                failedItems++;
            }
            return failed || countedAsFailed;
        }

        Summary done(Duration elapsed) {
            return new Summary(items, failedItems, errors, warnings, byRule, elapsed);
        }
    }
}
