package nl.vidcat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.io.DecodedText;

/**
 * Subtitle files as people really have them: SubRip ({@code .srt}) or WebVTT, in UTF-8 with or without BOM,
 * UTF-16 (with BOM, or without as Windows Notepad sometimes saves) or Windows-1252 (Dutch Excel/Notepad). Reads
 * them into cues and writes clean WebVTT in UTF-8. Also the place to get cue text and times for search.
 */
public final class Subtitles {

    /** One cue: times in seconds, text with line breaks kept and markup as WebVTT allows ({@code <i> <b> <u>}). */
    public record Cue(double start, double end, String text) {
        /** The words only, tags removed and lines joined: what a search index wants. */
        public String plainText() {
            return TAG.matcher(text).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                    .replace("&lrm;", "").replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        }
    }

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d+:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3})\\s*-->\\s*((?:\\d+:)?\\d{1,2}:\\d{1,2}[,.]\\d{1,3})(.*)$");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private Subtitles() {
    }

    /** Reads and parses a .srt or .vtt file in any of the supported encodings. */
    public static List<Cue> read(Path file) throws IOException {
        return parse(DecodedText.of(Files.readAllBytes(file)).text());
    }

    /** Parses SubRip or WebVTT text (told apart by the cue timing lines, which both share). */
    public static List<Cue> parse(String text) {
        String t = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<Cue> cues = new ArrayList<>();
        for (String block : t.split("\n\\s*\n")) {
            String[] lines = block.strip().split("\n");
            int timing = -1;
            for (int i = 0; i < lines.length && i < 3; i++) {
                if (lines[i].contains("-->")) {
                    timing = i;
                    break;
                }
            }
            if (timing < 0) {
                continue; // WEBVTT header, NOTE, STYLE, REGION, or junk
            }
            Matcher m = TIMING.matcher(lines[timing]);
            if (!m.matches()) {
                continue;
            }
            double start = seconds(m.group(1));
            double end = seconds(m.group(2));
            if (end <= start) {
                continue;
            }
            List<String> body = new ArrayList<>();
            for (int i = timing + 1; i < lines.length; i++) {
                String line = clean(lines[i]);
                if (!line.isBlank()) {
                    body.add(line);
                }
            }
            if (!body.isEmpty()) {
                cues.add(new Cue(start, end, String.join("\n", body)));
            }
        }
        cues.sort((a, b) -> Double.compare(a.start(), b.start()));
        return cues;
    }

    /** WebVTT (UTF-8, no BOM, '\n' line ends). */
    public static String toWebVtt(List<Cue> cues) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        for (Cue c : cues) {
            sb.append('\n').append(timestamp(c.start())).append(" --> ").append(timestamp(c.end())).append('\n')
                    .append(c.text()).append('\n');
        }
        return sb.toString();
    }

    /** {@code HH:MM:SS.mmm}, as WebVTT requires. */
    public static String timestamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static double seconds(String time) {
        Matcher m = TIME.matcher(time.strip());
        if (!m.matches()) {
            return -1;
        }
        String frac = (m.group(4) + "00").substring(0, 3);
        return (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600) + Long.parseLong(m.group(2)) * 60
                + Long.parseLong(m.group(3)) + Integer.parseInt(frac) / 1000.0;
    }

    /**
     * Keeps the markup WebVTT understands (i, b, u), drops the rest (SubRip's {@code <font>}, ASS {@code {\an8}}),
     * and escapes what would break a WebVTT parser.
     */
    private static String clean(String line) {
        String s = line.replaceAll("\\{\\\\[^}]*}", "");
        s = s.replaceAll("(?i)<(?!/?[ibu]>)[^>]*>", "");
        for (String tag : List.of("i", "b", "u")) {
            s = s.replaceAll("(?i)<(/?)" + tag + ">", "\u0001$1" + tag + "\u0002");
        }
        s = s.replaceAll("&(?![a-zA-Z]+;|#\\d+;)", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        s = s.replace('\u0001', '<').replace('\u0002', '>');
        return s.replace("-->", "->").strip();
    }
}
