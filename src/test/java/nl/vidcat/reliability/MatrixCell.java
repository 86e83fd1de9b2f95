package nl.vidcat.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one cell of the fault matrix did.
 *
 * @param code     vidcat's exit code (-1 when the cell was skipped)
 * @param expected the documented exit codes
 * @param trace    a stack trace reached the console
 * @param lost     record files whose bytes are gone
 * @param unnamed  the kind of message a full disk or read-only catalog should have given and did not, or null
 * @param gist     the line that best says what vidcat printed
 * @param skipped  why the cell could not run here, or null
 */
record MatrixCell(Fault fault, MatrixCommand command, int code, Set<Integer> expected, boolean trace, List<String> lost,
        String unnamed, String gist, String skipped) {

    static MatrixCell skipped(Fault fault, MatrixCommand command, String why) {
        return new MatrixCell(fault, command, -1, Set.of(), false, List.of(), null, null, why);
    }

    boolean held() {
        return skipped == null && code != 3 && expected.contains(code) && !trace && lost.isEmpty() && unnamed == null;
    }

    boolean failed() {
        return skipped == null && !held();
    }

    private String expectedCodes() {
        return expected.stream().sorted().map(String::valueOf).collect(Collectors.joining("|"));
    }

    /** The grid's few characters: ✓, – (not run), or e.g. {@code 0≠1 TL} (see {@link MatrixTable}'s legend). */
    String tag() {
        if (skipped != null) {
            return "–";
        }
        if (held()) {
            return "✓";
        }
        String exit = expected.contains(code) ? "" : code + "≠" + expectedCodes();
        String marks = (trace ? "T" : "") + (lost.isEmpty() ? "" : "L") + (unnamed == null ? "" : "M");
        return (exit + " " + marks).strip();
    }

    /** Why the cell did not hold (or was not run), in words. */
    String reasons() {
        if (skipped != null) {
            return "not run: " + skipped;
        }
        List<String> why = new ArrayList<>();
        if (!expected.contains(code)) {
            why.add("exit " + code + (code == 3 ? " (internal error)" : "") + ", documented " + expectedCodes());
        }
        if (trace) {
            why.add("stack trace on the console");
        }
        if (!lost.isEmpty()) {
            why.add("record bytes lost: " + String.join(", ", lost));
        }
        if (unnamed != null) {
            why.add("no '" + unnamed + "' in the message");
        }
        return String.join("; ", why) + " — " + gist;
    }
}
