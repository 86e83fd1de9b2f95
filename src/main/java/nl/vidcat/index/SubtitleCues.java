package nl.vidcat.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.io.Subtitles;

/**
 * The timed text of a video as search needs it: times in milliseconds and plain words (markup and entities gone).
 * Parsing and decoding are the media stage's ({@link Subtitles}), so what is indexed is exactly what the player shows.
 *
 * <p>The index reads the UTF-8 WebVTT the media stage wrote when there is one, else the record's stored sidecar as
 * the school supplied it (SubRip or WebVTT, in any of the encodings {@link Subtitles#read} accepts).
 */
public final class SubtitleCues {

    /** One timed piece of text; times in milliseconds from the start of the video. */
    public record Cue(long startMs, long endMs, String text) {
    }

    private SubtitleCues() {
    }

    public static List<Cue> read(Path file) throws IOException {
        return plain(Subtitles.read(file));
    }

    public static List<Cue> parse(String text) {
        return plain(Subtitles.parse(text));
    }

    /** "00:01:23.500" for a time in milliseconds (the WebVTT form). */
    public static String timestamp(long ms) {
        return Subtitles.timestamp(ms / 1000.0);
    }

    private static List<Cue> plain(List<Subtitles.Cue> cues) {
        return cues.stream()
                .map(c -> new Cue(Math.round(c.start() * 1000), Math.round(c.end() * 1000), c.plainText()))
                .filter(c -> !c.text().isEmpty())
                .toList();
    }
}
