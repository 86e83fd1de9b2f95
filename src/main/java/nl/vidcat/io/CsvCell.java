package nl.vidcat.io;

/**
 * A text cell of a sheet vidcat writes, made safe for a spreadsheet (OWASP "CSV Injection"), and read back. Excel
 * runs a cell that starts with {@code = + - @}, tab or carriage return as a formula ({@code =HYPERLINK(…)},
 * {@code =cmd|'/C calc'!A0}); such a cell gets a leading {@code '}, which makes it text. Reading takes that
 * {@code '} off again, so export, edit in Excel and import gives the text back exactly.
 * <p>
 * Exactly, also for text that already starts with {@code '} before such a character ({@code '=x}): it gets a second
 * {@code '} on writing and keeps its own on reading. Numbers ({@code -5}) are written as they are, never through
 * {@link #text}, so a numeric column stays numeric. Control characters are left out of written cells
 * (see {@link ControlCharacters}).
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** A text cell as written: without control characters, and with a {@code '} in front if a formula could start. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String s = ControlCharacters.strip(value);
        return needsPrefix(s, 0) ? "'" + s : s;
    }

    /** A cell as read from a sheet: the {@code '} that {@link #text} put in front taken off; other cells unchanged. */
    public static String read(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && needsPrefix(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether {@code s} from {@code from} on is any number of {@code '} followed by a formula start. */
    private static boolean needsPrefix(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && isFormulaStart(s.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
