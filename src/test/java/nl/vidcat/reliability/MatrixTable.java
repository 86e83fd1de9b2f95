package nl.vidcat.reliability;

import java.util.List;

/** The fault matrix as a console table: rows faults, columns commands, ✓ or a short reason, then the details. */
final class MatrixTable {

    private static final int WIDTH = 10;

    private MatrixTable() {
    }

    static String render(List<MatrixCell> cells) {
        StringBuilder sb = new StringBuilder("\nFault-injection matrix: exit code as documented (never 3), no stack trace"
                + " on the console, no record byte lost\n");
        int label = 2 + cells.stream().mapToInt(c -> c.fault().label().length()).max().orElse(10);
        sb.append(" ".repeat(label));
        for (MatrixCommand c : MatrixCommand.values()) {
            sb.append(pad(c.header()));
        }
        Fault row = null;
        for (MatrixCell c : cells) {
            if (c.fault() != row) {
                row = c.fault();
                sb.append('\n').append(String.format("%-" + label + "s", row.label()));
            }
            sb.append(pad(c.tag()));
        }
        sb.append("\n✓ held   a≠b exit a, documented b   T stack trace   L record bytes lost   M no 'out of disk space' or"
                + " 'read-only' in the message   – not run\n");
        List<MatrixCell> counted = cells.stream().filter(c -> c.fault() != Fault.NONE).toList();
        long skipped = counted.stream().filter(c -> c.skipped() != null).count();
        sb.append(String.format("cells held: %d / %d%s; control row (no fault): %d / %d%n",
                counted.stream().filter(MatrixCell::held).count(), counted.size(),
                skipped > 0 ? " (" + skipped + " not run)" : "",
                cells.stream().filter(c -> c.fault() == Fault.NONE && c.held()).count(),
                cells.stream().filter(c -> c.fault() == Fault.NONE).count()));
        for (MatrixCell c : cells) {
            if (!c.held()) {
                sb.append(String.format("  %s × %s: %s%n", c.fault().label(), c.command().header(), c.reasons()));
            }
        }
        return sb.toString();
    }

    private static String pad(String s) {
        return String.format("%-" + WIDTH + "s", s.length() > WIDTH - 1 ? s.substring(0, WIDTH - 2) + "…" : s);
    }
}
