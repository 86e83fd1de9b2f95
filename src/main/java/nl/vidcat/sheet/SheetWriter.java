package nl.vidcat.sheet;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.vidcat.io.DecodedText;

/**
 * The bytes of a metadata sheet with rows added: a new sheet with every column, or an existing one with the rows
 * at its end. An existing sheet keeps every byte it had (typed cells, the user's own columns, its quoting, its
 * trailing empty rows), unless it is converted to UTF-8, which keeps its text.
 */
public final class SheetWriter {

    private SheetWriter() {
    }

    /** A new sheet: every column in the documented order under its Dutch header, then {@code rows}. */
    public static byte[] create(SheetFormat format, List<Map<Column, String>> rows) {
        List<Column> all = Arrays.asList(Column.values());
        List<List<String>> records = new ArrayList<>();
        records.add(all.stream().map(Column::dutch).toList());
        for (Map<Column, String> r : rows) {
            records.add(all.stream().map(c -> r.getOrDefault(c, "")).toList());
        }
        return table(format, records);
    }

    /** A whole file of {@code records}, the first one the header. */
    public static byte[] table(SheetFormat format, List<List<String>> records) {
        return concat(format.bomBytes(), format.encode(format.lines(records)));
    }

    /**
     * The line the first row {@link #append} adds will be on: after the last line of the file, counting
     * line ends as {@link nl.vidcat.io.CsvFile} does ("\r\n", "\n" or a lone "\r").
     */
    public static int nextLine(byte[] bytes) {
        String text = DecodedText.of(bytes).text();
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        boolean open = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        return lines + (open ? 1 : 0) + 1;
    }

    /**
     * {@code rows} added at the end of {@code sheet}, each value under its column wherever the sheet has it; a
     * value for a column the sheet lacks is left out (the header is never changed).
     *
     * @param bytes  the file's bytes, from which {@code sheet} was read
     * @param format the sheet's own format ({@link SheetFormat#of}), or it in UTF-8 to convert the sheet
     */
    public static byte[] append(Sheet sheet, byte[] bytes, SheetFormat format, List<Map<Column, String>> rows) {
        List<List<String>> records = new ArrayList<>();
        for (Map<Column, String> r : rows) {
            List<String> cells = new ArrayList<>(Collections.nCopies(width(sheet), ""));
            sheet.positions().forEach((c, i) -> cells.set(i, r.getOrDefault(c, "")));
            records.add(cells);
        }
        return appendRecords(bytes, SheetFormat.of(sheet, bytes), format, records);
    }

    /**
     * {@code records} (cells in the file's column order) added at the end of any table file, keeping every byte it
     * had as {@link #append} does.
     *
     * @param own    the file's own format ({@link SheetFormat#of})
     * @param format {@code own}, or it in UTF-8 to convert the file
     */
    public static byte[] appendRecords(byte[] bytes, SheetFormat own, SheetFormat format, List<List<String>> records) {
        String text = DecodedText.of(bytes).text();
        String separator = text.endsWith("\n") || text.endsWith("\r") ? "" : format.lineEnd();
        String added = separator + format.lines(records);
        if (format.charset().equals(own.charset())) {
            return concat(bytes, format.encode(added));
        }
        return concat(format.bomBytes(), format.encode(text + added));
    }

    private static int width(Sheet sheet) {
        return Math.max(sheet.width(), sheet.positions().values().stream().mapToInt(i -> i + 1).max().orElse(0));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
