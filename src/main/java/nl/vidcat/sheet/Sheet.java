package nl.vidcat.sheet;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A metadata sheet as read, with what was detected about it and what was wrong with it.
 *
 * @param problems sheet-level findings with line numbers (malformed rows, unknown or duplicate columns)
 */
public record Sheet(Path file, Charset charset, char delimiter, List<Column> columns, List<SheetRow> rows,
                    List<Problem> problems) {

    /** A finding about the sheet itself. {@code warning} ones (unknown columns) do not reject anything. */
    public record Problem(int line, String code, String message, boolean warning) {
    }

    public Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
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
