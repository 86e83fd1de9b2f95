package nl.vidcat.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timed text of a WebVTT or SubRip file into cues, for indexing what is said in a video. Only what search
 * needs: times and plain text (styling tags, voice spans, cue settings, NOTE/STYLE/REGION blocks dropped).
 *
 * <p>The index reads the UTF-8 WebVTT the media stage wrote when there is one, else the record's stored sidecar as
 * the school supplied it. Kept small on purpose: the media stage has its own subtitle model (it converts sidecars to
 * WebVTT); once both are on main this class should delegate to it.
 */
public final class SubtitleCues {

    /** One timed piece of text; times in milliseconds from the start of the video. */
    public record Cue(long startMs, long endMs, String text) {
    }

    // 00:01:02.500 or 01:02.500 (WebVTT), 00:01:02,500 (SRT); the hours part may have more digits
    private static final String TIME = "(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[.,](\\d{1,3})";
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + ".*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SubtitleCues() {
    }

    /** Reads a .vtt or .srt file. UTF-8 (with or without BOM); SRT files saved as Windows-1252 are read as such. */
    public static List<Cue> read(Path file) throws IOException {
        return parse(decode(Files.readAllBytes(file)));
    }

    /** Parses WebVTT or SRT text; both use the same "start --> end" timing line, which is all that matters here. */
    public static List<Cue> parse(String text) {
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher m = TIMING.matcher(lines[i]);
            if (!m.matches()) {
                i++; // header, cue number/identifier, NOTE/STYLE blocks, stray text
                continue;
            }
            long start = millis(m, 1);
            long end = millis(m, 5);
            StringBuilder body = new StringBuilder();
            i++;
            while (i < lines.length && !lines[i].isBlank() && !TIMING.matcher(lines[i]).matches()) {
                body.append(' ').append(lines[i]);
                i++;
            }
            String clean = SPACES.matcher(unescape(TAG.matcher(body).replaceAll(""))).replaceAll(" ").strip();
            if (!clean.isEmpty() && end >= start) {
                cues.add(new Cue(start, end, clean));
            }
        }
        return cues;
    }

    /** "00:01:23.500" for a time in milliseconds (the WebVTT form). */
    public static String timestamp(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static long millis(Matcher m, int group) {
        long h = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        long min = Long.parseLong(m.group(group + 1));
        long s = Long.parseLong(m.group(group + 2));
        String frac = m.group(group + 3);
        long ms = Long.parseLong(frac) * (frac.length() == 1 ? 100 : frac.length() == 2 ? 10 : 1);
        return ((h * 60 + min) * 60 + s) * 1000 + ms;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * Sidecars come as people saved them: UTF-8 (BOM or not), UTF-16 (Notepad's "Unicode", usually with BOM) or
     * Windows-1252. The converted WebVTT of the media stage is always UTF-8.
     */
    private static String decode(byte[] bytes) {
        int n = bytes.length;
        int b0 = n > 0 ? bytes[0] & 0xff : -1;
        int b1 = n > 1 ? bytes[1] & 0xff : -1;
        if (b0 == 0xff && b1 == 0xfe) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (b0 == 0xfe && b1 == 0xff) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 4 && (b1 == 0 || b0 == 0) && (bytes[3] == 0 || bytes[2] == 0)) {
            // subtitle text is ASCII-heavy: a NUL in every other byte means UTF-16 without a BOM
            return new String(bytes, b1 == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        int skip = n >= 3 && b0 == 0xef && b1 == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, n - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, skip, n - skip, WINDOWS_1252);
        }
    }
}
