package nl.vidcat.sheet;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A metadata sheet as read, with what was detected about it and what was wrong with it.
 *
 * @param bom       whether the file started with a byte order mark
 * @param width     how many cells the header line has, known columns or not
 * @param positions where each known column is in a line (0-based; the first of a doubled column)
 * @param problems  sheet-level findings with line numbers (malformed rows, unknown or duplicate columns)
 */
public record Sheet(Path file, Charset charset, boolean bom, char delimiter, int width, Map<Column, Integer> positions,
                    List<SheetRow> rows, List<Problem> problems) {

    /** A finding about the sheet itself. {@code warning} ones (unknown columns) do not reject anything. */
    public record Problem(int line, String code, String message, boolean warning) {
    }

    public Sheet {
        positions = Map.copyOf(positions);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The known columns, in the order of the header. */
    public List<Column> columns() {
        return positions.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    public String describeFormat() {
        String d = switch (delimiter) {
            case ';' -> "';'";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
        return charset.displayName() + ", " + d + "-separated, " + rows.size() + " rows";
    }
}
