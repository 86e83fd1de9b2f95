package nl.vidcat.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from a file as people save it on school computers: UTF-8 with or without BOM, UTF-16 (Notepad's "Unicode",
 * with or without BOM) or Windows-1252 (Dutch Excel's default CSV). One decision for sheets and subtitle files: a
 * BOM decides; else NUL bytes in ASCII-heavy text mean UTF-16; else strict UTF-8 when the bytes are valid UTF-8
 * (Windows-1252 text with accents almost never is), else Windows-1252.
 *
 * @param charset how the bytes were decoded
 * @param bom     whether they started with a byte order mark
 */
public record DecodedText(String text, Charset charset, boolean bom) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static DecodedText of(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(b, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(b, 2, n - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(b, 2, n - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        int evenNul = 0;
        int oddNul = 0;
        int sample = Math.min(n, 4096);
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        if (sample >= 4 && oddNul + evenNul > sample / 8) {
            Charset cs = oddNul >= evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new DecodedText(new String(b, cs), cs, false);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new DecodedText(s, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new DecodedText(new String(b, WINDOWS_1252), WINDOWS_1252, false);
        }
    }
}
