package nl.vidcat.review;

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
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.vidcat.catalog.VidcatException;

/**
 * A spreadsheet saved as CSV the way Excel really writes it: Dutch Excel's ';'-separated Windows-1252, "CSV UTF-8"
 * with a byte order mark, English Excel's ',', or "Unicode text" (UTF-16, tab-separated). The encoding is taken
 * from the BOM, else UTF-8 if the bytes are valid UTF-8, else Windows-1252; the delimiter is the one of ';' ','
 * or tab that occurs most often in the header line outside quotes.
 *
 * @param headers    the header cells, stripped
 * @param rows       data rows, blank ones left out, each with the 1-based line it starts on in the file
 * @param brokenLine when the file stops being readable CSV (an unclosed quote), the line where that starts; else 0
 */
public record CsvSheet(String encoding, char delimiter, List<String> headers, List<Row> rows, int brokenLine) {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** One data row; {@code cell(i)} is "" for a missing trailing cell. */
    public record Row(int line, List<String> cells) {
        public String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public static CsvSheet read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw VidcatException.usage(file + " is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB; is it really a CSV sheet?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw VidcatException.usage("no such file: " + file);
        } catch (IOException e) {
            throw VidcatException.usage("cannot read " + file + ": " + e.getMessage());
        }
        return parse(bytes, file.getFileName().toString());
    }

    static CsvSheet parse(byte[] bytes, String name) {
        String[] enc = new String[1];
        String text = decode(bytes, enc);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        int[] lineStarts = lineStarts(text);
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        int broken = 0;
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                int line = lineOf(lineStarts, r.getCharacterPosition());
                lastLine = line;
                Row row = new Row(line, r.stream().map(s -> s == null ? "" : s.strip()).toList());
                if (headers == null) {
                    if (!row.blank()) {
                        headers = row.cells();
                    }
                } else if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV stops at an unclosed quote; what was read before it is still good.
            broken = rows.isEmpty() ? lastLine : rows.get(rows.size() - 1).line() + 1;
        }
        if (headers == null) {
            throw VidcatException.usage(name + " is empty: expected a header line and one line per review");
        }
        return new CsvSheet(enc[0], delimiter, headers, List.copyOf(rows), broken);
    }

    static String decode(byte[] b, String[] encoding) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            encoding[0] = "UTF-8 (BOM)";
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            encoding[0] = "UTF-16LE";
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            encoding[0] = "UTF-16BE";
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
            encoding[0] = "UTF-8";
            return s;
        } catch (CharacterCodingException e) {
            encoding[0] = "Windows-1252";
            return new String(b, Charset.forName("windows-1252"));
        }
    }

    /** The most frequent of ';' ',' and tab outside quotes on the first non-blank line; ',' when none occurs. */
    static char delimiter(String text) {
        char[] candidates = {';', ',', '\t'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                seenContent |= !Character.isWhitespace(c);
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 1;
        for (int k = 0; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
