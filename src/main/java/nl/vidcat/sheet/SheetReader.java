package nl.vidcat.sheet;

import nl.vidcat.io.CsvFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.io.VidcatException;

/**
 * Reads the metadata sheet the way Excel really writes it (see {@link CsvFile} for encodings and delimiters): the
 * header names the columns, in Dutch or English, in any order. Every row keeps the line number where it starts, so
 * findings point at the line a coordinator must fix.
 */
public final class SheetReader {

    private static final int MAX_MEGABYTES = 50;
    private static final String WHAT = "metadata sheet";

    private SheetReader() {
    }

    /** @throws VidcatException (usage) when the file cannot be read at all or has no recognizable header */
    public static Sheet read(Path file) {
        return read(file, bytes(file));
    }

    /**
     * The bytes of a sheet file, read once and size-checked, for {@link #read(Path, byte[])}: a caller that adds
     * rows keeps exactly the bytes it read.
     */
    public static byte[] bytes(Path file) {
        return CsvFile.bytes(file, WHAT, MAX_MEGABYTES);
    }

    /** The sheet in {@code bytes}, read from {@code file}; as {@link #read(Path)}. */
    public static Sheet read(Path file, byte[] bytes) {
        CsvFile csv = CsvFile.of(file, bytes, WHAT, h -> Column.forHeader(h).isPresent());
        List<Sheet.Problem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        Map<Integer, Column> columnAt = new HashMap<>();
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        CsvFile.Line header = csv.header();
        readHeader(header, columnAt, positions, problems);
        if (!positions.containsKey(Column.FILE) && !positions.containsKey(Column.TITLE)) {
            throw VidcatException.usage("the first line of " + file + " should name the columns ("
                    + "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;…), but it reads: "
                    + abbreviate(String.join(String.valueOf(csv.delimiter()), header.cells())));
        }
        int headerSize = header.cells().size();
        char delimiter = csv.delimiter();
        for (CsvFile.Line rec : csv.lines()) {
            if (rec.number() <= header.number() || rec.blank()) {
                continue;
            }
            int line = rec.number();
            List<String> cells = rec.cells();
            if (cells.size() > headerSize && cells.stream().skip(headerSize).anyMatch(v -> !v.isBlank())) {
                problems.add(new Sheet.Problem(line, "sheet.too-many-values", "line " + line + " has "
                        + cells.size() + " values but the header has " + headerSize + " columns; is a '" + delimiter
                        + "' inside a text missing its quotes? The row was skipped.", false));
                continue;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (Map.Entry<Integer, Column> e : columnAt.entrySet()) {
                if (e.getKey() < cells.size()) {
                    values.put(e.getValue(), cells.get(e.getKey()));
                }
            }
            rows.add(new SheetRow(line, values));
        }
        if (csv.brokenLine() > 0) {
            problems.add(new Sheet.Problem(csv.brokenLine(), "sheet.malformed",
                    "the sheet cannot be read from line " + csv.brokenLine() + ": a quote (\") is opened but never closed ("
                            + csv.brokenReason() + ")", false));
        }
        return new Sheet(file, csv.charset(), csv.bom(), delimiter, headerSize, positions, rows, problems);
    }

    private static void readHeader(CsvFile.Line rec, Map<Integer, Column> columnAt, Map<Column, Integer> positions,
                                   List<Sheet.Problem> problems) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < rec.cells().size(); i++) {
            String h = rec.cell(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            var c = Column.forHeader(h);
            if (c.isEmpty()) {
                unknown.add(h);
            } else if (positions.containsKey(c.get())) {
                problems.add(new Sheet.Problem(rec.number(), "sheet.duplicate-column", "column '" + h + "' appears twice;"
                        + " only the first one is used", true));
            } else {
                positions.put(c.get(), i);
                columnAt.put(i, c.get());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Sheet.Problem(rec.number(), "sheet.unknown-columns", "unknown column(s) ignored: "
                    + String.join(", ", unknown), true));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
