package nl.vidcat.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.vidcat.io.CsvCell;
import nl.vidcat.io.CsvFile;
import nl.vidcat.io.DecodedText;

/**
 * How a sheet's bytes are laid out: encoding, byte order mark, delimiter and line end. {@link #EXCEL_NL} is what
 * Dutch Excel opens correctly with a double-click ("CSV (gescheiden door lijstscheidingsteken)"); its
 * {@link #utf8()} is Excel's "CSV UTF-8", which holds every character.
 */
public record SheetFormat(Charset charset, boolean bom, char delimiter, String lineEnd) {

    public static final SheetFormat EXCEL_NL = new SheetFormat(DecodedText.WINDOWS_1252, false, ';', "\r\n");

    /**
     * The format of an existing sheet, so rows added to it look like the rows Excel wrote. A sheet of plain ASCII
     * without a byte order mark reads as UTF-8 and as Windows-1252 alike; Excel opens it as Windows-1252, so an
     * added "é" must be written that way too.
     *
     * @param bytes the file's bytes, from which {@code sheet} was read
     */
    public static SheetFormat of(Sheet sheet, byte[] bytes) {
        return of(sheet.charset(), sheet.bom(), sheet.delimiter(), bytes);
    }

    /** The format of any other table vidcat wrote and a user may have saved again in Excel; as {@link #of(Sheet, byte[])}. */
    public static SheetFormat of(CsvFile table, byte[] bytes) {
        return of(table.charset(), table.bom(), table.delimiter(), bytes);
    }

    private static SheetFormat of(Charset charset, boolean bom, char delimiter, byte[] bytes) {
        boolean ascii = !bom && isAscii(bytes);
        return new SheetFormat(ascii ? DecodedText.WINDOWS_1252 : charset, bom, delimiter,
                lineEndOf(DecodedText.of(bytes).text()));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == 0) {
                return false; // a NUL byte: UTF-16
            }
        }
        return true;
    }

    /** This format in UTF-8 with a byte order mark, delimiter and line end kept; itself when it is UTF-8 already. */
    public SheetFormat utf8() {
        return charset.equals(StandardCharsets.UTF_8) ? this
                : new SheetFormat(StandardCharsets.UTF_8, true, delimiter, lineEnd);
    }

    /** "windows-1252, ';'-separated": for the console. */
    public String describe() {
        String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return charset.displayName() + (bom && charset.equals(StandardCharsets.UTF_8) ? " (BOM)" : "") + ", " + d
                + "-separated";
    }

    /**
     * Records as text: every cell made safe against formulas ({@link CsvCell#text}), quoted when it holds the
     * delimiter, a quote or a line break (as Excel does), and every record ended by the line end.
     */
    public String lines(List<List<String>> records) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : records) {
            sb.append(r.stream().map(c -> quoted(CsvCell.text(c))).collect(Collectors.joining(String.valueOf(delimiter))));
            sb.append(lineEnd);
        }
        return sb.toString();
    }

    private String quoted(String cell) {
        boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The characters of {@code text} this encoding cannot hold, each once, in order; "" when it holds them all. */
    public String unencodable(String text) {
        CharsetEncoder enc = charset.newEncoder();
        return text.codePoints().filter(cp -> !enc.canEncode(new String(Character.toChars(cp)))).distinct()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * {@code text} in this encoding, without a byte order mark.
     *
     * @throws IllegalArgumentException when a character cannot be held: callers check {@link #unencodable} first
     */
    public byte[] encode(String text) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOf(b.array(), b.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(charset + " cannot hold '" + unencodable(text) + "'", e);
        }
    }

    /** The byte order mark of this format, or none. */
    public byte[] bomBytes() {
        if (!bom) {
            return new byte[0];
        }
        return "\uFEFF".getBytes(charset);
    }

    /** The first line end in {@code text} ("\r\n", "\n" or a lone "\r"); Excel's "\r\n" when there is none. */
    static String lineEndOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\r\n";
    }
}
