package nl.vidcat.reliability;

import java.util.List;

/** The fault matrix as a console table: rows faults, columns commands, ✓ or why not, then the count and details. */
final class MatrixTable {

    private static final int WIDTH = 9;

    private MatrixTable() {
    }

    static String render(List<FaultMatrixTest.Cell> cells) {
        StringBuilder sb = new StringBuilder("\nFault-injection matrix (exit code as documented, no exit 3, no stack"
                + " trace, no record byte lost)\n");
        int label = 2 + cells.stream().mapToInt(c -> c.fault().label().length()).max().orElse(10);
        sb.append(" ".repeat(label));
        for (MatrixCommand c : MatrixCommand.values()) {
            sb.append(pad(c.header()));
        }
        sb.append('\n');
        Fault row = null;
        for (FaultMatrixTest.Cell c : cells) {
            if (c.fault() != row) {
                if (row != null) {
                    sb.append('\n');
                }
                row = c.fault();
                sb.append(String.format("%-" + label + "s", row.label()));
            }
            sb.append(pad(c.failure() == null ? "✓" : c.failure().equals("skipped") ? "–" : "✗ " + c.failure()));
        }
        sb.append('\n');
        long total = cells.stream().filter(c -> c.fault() != Fault.NONE).count();
        long skipped = cells.stream().filter(c -> c.fault() != Fault.NONE && "skipped".equals(c.failure())).count();
        long held = cells.stream().filter(c -> c.fault() != Fault.NONE && c.failure() == null).count();
        sb.append(String.format("cells held: %d / %d", held, total));
        sb.append(skipped > 0 ? " (" + skipped + " not run)" : "").append("  (control row: ")
                .append(cells.stream().filter(c -> c.fault() == Fault.NONE && c.failure() == null).count()).append(" / ")
                .append(cells.stream().filter(c -> c.fault() == Fault.NONE).count()).append(")\n");
        for (FaultMatrixTest.Cell c : cells) {
            if (c.failure() != null) {
                sb.append(String.format("  %s × %s: %s%s — %s%n", c.fault().label(), c.command().header(),
                        c.failure(), c.code() >= 0 ? " (exit " + c.code() + ")" : "", c.detail()));
            }
        }
        return sb.toString();
    }

    /** A cell cut to the column width, so the grid stays aligned; the full reason is listed below the grid. */
    private static String pad(String s) {
        String cut = s.length() > WIDTH - 1 ? s.substring(0, WIDTH - 2) + "…" : s;
        return String.format("%-" + WIDTH + "s", cut);
    }
}
