package nl.vidcat.ingest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.vidcat.media.ProbeException;
import nl.vidcat.media.Prober;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.TitleGuess;

/**
 * What {@code vidcat sheet} fills in for one video: its file, a title guessed from the name, how long it plays and
 * the sidecar subtitle file ingest would take, so the coordinator recognises the video and types the rest.
 *
 * @param duration  "3:07", or "" when the file could not be probed
 * @param subtitles the sidecar subtitle file, relative to the folder, or ""
 * @param note      why the file could not be probed (ingest will reject it as it is), or null
 */
record VideoRow(String file, String title, String duration, String subtitles, String note) {

    /** Probes the file; a file that cannot be probed, for whatever reason, still gets its row. */
    static VideoRow of(ImportFolder folder, String relative, Path path) {
        String duration = "";
        String note = null;
        try {
            double seconds = Prober.probe(path).durationSeconds();
            duration = seconds > 0 ? clock(seconds) : "";
        } catch (ProbeException e) {
            note = e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            // the media libraries themselves did not load or failed: the sheet is still worth having
            note = "cannot be probed: " + e.getMessage();
        }
        String subtitles = folder.sidecarFor(path).map(folder::relative).orElse("");
        return new VideoRow(relative, TitleGuess.fromFileName(relative), duration, subtitles, note);
    }

    /** The cells of the row, by column; columns not given stay empty. */
    Map<Column, String> cells() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.FILE, file);
        cells.put(Column.TITLE, title);
        cells.put(Column.DURATION, duration);
        cells.put(Column.SUBTITLES, subtitles);
        return cells;
    }

    /** "0:42", "3:07", "1:02:03": how a player shows it, rounded to the second. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = s / 60 % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60) : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
    }
}
