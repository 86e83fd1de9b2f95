package nl.vidcat.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.vidcat.io.CsvCell;
import nl.vidcat.io.DecodedText;
import nl.vidcat.io.VidcatException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV the way Excel really writes it: Dutch Excel's ';'-separated Windows-1252 ("CSV
 * (gescheiden door lijstscheidingsteken)"), "CSV UTF-8" with a BOM, English Excel's ',', tab-separated UTF-16
 * ("Unicode-tekst"). The one place that decodes and splits such files, for the metadata sheet and the review sheet
 * alike. The encoding comes from the BOM, else strict UTF-8, else Windows-1252; the delimiter is the one that makes
 * the header line name the most columns the caller knows. Every line keeps the 1-based line number where it
 * starts, so messages point at the line a coordinator must fix. A cell that vidcat wrote with a leading {@code '}
 * against formulas ({@link CsvCell}) is read without it.
 *
 * @param bom        true when the file started with a byte order mark
 * @param lines      every CSV record in order, the header included; lines with no text at all are left out
 * @param brokenLine when the file stops being readable CSV (a quote opened but never closed), the line where the
 *                   unreadable record starts; 0 when the whole file was read. The lines before it are good.
 */
public record CsvFile(Path file, Charset charset, boolean bom, char delimiter, List<Line> lines, int brokenLine,
                      String brokenReason) {

    private static final char[] DELIMITERS = {';', '\t', ','};

    /** One CSV record; {@code cell(i)} is "" for a missing trailing cell. */
    public record Line(int number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i) : "";
        }

        /** Excel writes ";;;;" for formatted but empty rows. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public CsvFile {
        lines = List.copyOf(lines);
    }

    /**
     * @param what        how messages name the file ("metadata sheet")
     * @param maxMegabytes larger files are refused: a sheet of that size is almost certainly the wrong file
     * @param knownHeader whether a header cell names a column the caller knows; decides the delimiter
     * @throws VidcatException (usage) when the file is missing, unreadable, too large, a workbook or empty
     */
    public static CsvFile read(Path file, String what, int maxMegabytes, Predicate<String> knownHeader) {
        return of(file, bytes(file, what, maxMegabytes), what, knownHeader);
    }

    /**
     * The bytes of {@code file}, read once, for a caller that must keep them exactly (appending to a sheet keeps
     * every byte it read) and parse them with {@link #of}.
     *
     * @throws VidcatException (usage) when the file is missing, unreadable or too large
     */
    public static byte[] bytes(Path file, String what, int maxMegabytes) {
        try {
            if (Files.size(file) > maxMegabytes * 1024L * 1024) {
                throw VidcatException.usage(what + " " + file + " is larger than " + maxMegabytes + " MB; is it really a "
                        + what + "?");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw VidcatException.usage(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw VidcatException.usage("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    /**
     * {@code bytes} as read from {@code file}, decoded and split.
     *
     * @throws VidcatException (usage) when they are a workbook or empty
     */
    public static CsvFile of(Path file, byte[] bytes, String what, Predicate<String> knownHeader) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw VidcatException.usage(file + " is an Excel workbook, not CSV; in Excel choose Bestand > Opslaan als >"
                    + " 'CSV UTF-8' or 'CSV (gescheiden door lijstscheidingsteken)'");
        }
        DecodedText decoded = DecodedText.of(bytes);
        if (decoded.text().isBlank()) {
            throw VidcatException.usage(what + " " + file + " is empty");
        }
        return parse(file, decoded.text(), decoded.charset(), decoded.bom(), knownHeader);
    }

    /** "UTF-8 (BOM)", "windows-1252", ...: how the file was decoded, for summaries. */
    public String describeEncoding() {
        return charset.displayName() + (bom && charset.equals(StandardCharsets.UTF_8) ? " (BOM)" : "");
    }

    /** The first line with any text: the header. */
    public Line header() {
        return lines.stream().filter(l -> !l.blank()).findFirst().orElse(new Line(1, List.of()));
    }

    private static CsvFile parse(Path file, String text, Charset charset, boolean bom, Predicate<String> knownHeader) {
        String headerLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = sniffDelimiter(headerLine, knownHeader);
        int[] lineStarts = lineStarts(text);
        List<Line> lines = new ArrayList<>();
        int broken = 0;
        String reason = null;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var it = parser.iterator();
            while (true) {
                CSVRecord rec;
                // line terminators consumed so far: the next record starts on the line after them
                long consumed = parser.getCurrentLineNumber();
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Commons CSV gives up at an unclosed quote; what was read before it is still good.
                    broken = (int) consumed + 1;
                    reason = rootMessage(e);
                    break;
                }
                lines.add(new Line(lineOf(lineStarts, firstContent(text, rec.getCharacterPosition())),
                        rec.stream().map(CsvCell::read).toList()));
            }
        } catch (IOException e) {
            throw VidcatException.usage("cannot parse " + file + ": " + e.getMessage());
        }
        return new CsvFile(file, charset, bom, delimiter, lines, broken, reason);
    }

    /** The delimiter that makes the header name the most known columns, then the most cells; ';' wins ties. */
    static char sniffDelimiter(String headerLine, Predicate<String> knownHeader) {
        char best = ';';
        long bestScore = -1;
        for (char d : DELIMITERS) {
            String[] cells = headerLine.split(Pattern.quote(String.valueOf(d)), -1);
            long known = Arrays.stream(cells).map(s -> s.strip().replace("\"", "")).filter(knownHeader).count();
            long score = known * 1000 + cells.length;
            if (score > bestScore && (known > 0 || cells.length > 1)) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** Where each line starts; '\n', "\r\n" and a lone '\r' (old Mac exports) each end a line. */
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

    private static int lineOf(int[] starts, long charPos) {
        int i = Arrays.binarySearch(starts, (int) charPos);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /**
     * Commons CSV gives a record's position before the empty lines it skipped; the record's line is the first one
     * with content.
     */
    private static long firstContent(String text, long pos) {
        long p = pos;
        while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) {
            p++;
        }
        return p;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
