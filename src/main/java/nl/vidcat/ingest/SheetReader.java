package nl.vidcat.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.catalog.VidcatException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the metadata sheet the way Excel really writes it: Dutch Excel's ';'-separated Windows-1252 ("CSV
 * (gescheiden door lijstscheidingsteken)"), "CSV UTF-8" with a BOM, English Excel's ',', tab-separated UTF-16
 * ("Unicode-tekst"). The encoding is decided by trying strict UTF-8 first; the delimiter is the one that makes
 * the header line name the most known columns. Every row keeps the line number where it starts, so findings
 * point at the line a coordinator must fix.
 */
public final class SheetReader {

    private static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ','};

    private SheetReader() {
    }

    /** @throws VidcatException (usage) when the file cannot be read at all or has no recognizable header */
    public static Sheet read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw VidcatException.usage("sheet " + file + " is larger than 50 MB; is it really a metadata sheet?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw VidcatException.usage("metadata sheet " + file + " does not exist");
        } catch (IOException e) {
            throw VidcatException.usage("cannot read metadata sheet " + file + ": " + e.getMessage());
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw VidcatException.usage(file + " is an Excel workbook, not CSV; in Excel choose Bestand > Opslaan als >"
                    + " 'CSV UTF-8' or 'CSV (gescheiden door lijstscheidingsteken)'");
        }
        Charset[] detected = new Charset[1];
        String text = decode(bytes, detected);
        if (text.isBlank()) {
            throw VidcatException.usage("metadata sheet " + file + " is empty");
        }
        return parse(file, text, detected[0]);
    }

    static String decode(byte[] b, Charset[] detected) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            detected[0] = StandardCharsets.UTF_8;
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            detected[0] = StandardCharsets.UTF_16LE;
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            detected[0] = StandardCharsets.UTF_16BE;
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            detected[0] = StandardCharsets.UTF_8;
            return s;
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: what Dutch Excel writes by default.
            detected[0] = WINDOWS_1252;
            return new String(b, WINDOWS_1252);
        }
    }

    private static Sheet parse(Path file, String text, Charset charset) {
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = sniffDelimiter(headerLine);
        int[] lineStarts = lineStarts(text);
        List<Sheet.Problem> problems = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        Map<Integer, Column> columnAt = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        int headerSize = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            var it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    int line = (int) parser.getCurrentLineNumber();
                    problems.add(new Sheet.Problem(line, "sheet.malformed",
                            "the sheet cannot be read past line " + line + ": a quote (\") is opened but never closed ("
                                    + rootMessage(e) + ")", false));
                    break;
                }
                int line = lineOf(lineStarts, rec.getCharacterPosition());
                if (header) {
                    header = false;
                    headerSize = rec.size();
                    readHeader(rec, line, columnAt, columns, problems);
                    if (!columns.contains(Column.FILE) && !columns.contains(Column.TITLE)) {
                        throw VidcatException.usage("the first line of " + file + " should name the columns ("
                                + "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;…), but it reads: "
                                + abbreviate(headerLine));
                    }
                    continue;
                }
                if (rec.stream().allMatch(String::isBlank)) {
                    continue; // Excel writes ";;;;" for formatted but empty rows
                }
                if (rec.size() > headerSize && rec.stream().skip(headerSize).anyMatch(v -> !v.isBlank())) {
                    problems.add(new Sheet.Problem(line, "sheet.too-many-values", "line " + line + " has "
                            + rec.size() + " values but the header has " + headerSize + " columns; is a '" + delimiter
                            + "' inside a text missing its quotes? The row was skipped.", false));
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                for (Map.Entry<Integer, Column> e : columnAt.entrySet()) {
                    if (e.getKey() < rec.size()) {
                        values.put(e.getValue(), rec.get(e.getKey()));
                    }
                }
                rows.add(new SheetRow(line, values));
            }
        } catch (IOException e) {
            throw VidcatException.usage("cannot parse metadata sheet " + file + ": " + e.getMessage());
        }
        return new Sheet(file, charset, delimiter, columns, rows, problems);
    }

    private static void readHeader(CSVRecord rec, int line, Map<Integer, Column> columnAt, List<Column> columns,
                                   List<Sheet.Problem> problems) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < rec.size(); i++) {
            String h = rec.get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            var c = Column.forHeader(h);
            if (c.isEmpty()) {
                unknown.add(h);
            } else if (columns.contains(c.get())) {
                problems.add(new Sheet.Problem(line, "sheet.duplicate-column", "column '" + h + "' appears twice;"
                        + " only the first one is used", true));
            } else {
                columns.add(c.get());
                columnAt.put(i, c.get());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Sheet.Problem(line, "sheet.unknown-columns", "unknown column(s) ignored: "
                    + String.join(", ", unknown), true));
        }
    }

    /** The delimiter that makes the header name the most known columns; ';' wins ties (Dutch Excel). */
    static char sniffDelimiter(String headerLine) {
        char best = ';';
        long bestScore = -1;
        for (char d : DELIMITERS) {
            String[] cells = headerLine.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
            long known = Arrays.stream(cells).map(s -> s.strip().replace("\"", ""))
                    .filter(s -> Column.forHeader(s).isPresent()).count();
            long score = known * 1000 + cells.length;
            if (score > bestScore && (known > 0 || cells.length > 1)) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long charPos) {
        int i = Arrays.binarySearch(starts, (int) charPos);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
