package nl.vidcat.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.Rules.Limits;

/**
 * Length, subtitles and the files a record points at. Works from what the record says (ingest measured the video
 * once); it never opens a video, so validation stays fast and runs where the media are absent.
 */
final class MediaCheck implements Check {

    @Override
    public void check(Subject s, Findings out) {
        VideoRecord r = s.record();
        if (r != null) {
            length(r, out);
        }
        subtitles(s, out);
        if (r != null && s.catalog().mediaPresent() && out.wants(Rules.MEDIA_MISSING)) {
            files(r, s.catalog(), out);
        }
    }

    private static void length(VideoRecord r, Findings out) {
        double seconds = r.source() != null ? r.source().durationSeconds()
                : r.media().renditions().stream().mapToDouble(Rendition::durationSeconds).max().orElse(0);
        if (seconds > Limits.MAX_MINUTES * 60.0) {
            String len = String.format("%d:%02d", (long) seconds / 60, (long) seconds % 60);
            out.add(Rules.TOO_LONG, r.source() != null ? "/source/durationSeconds" : "/media/renditions",
                    "De video duurt " + len + " minuten. Uitlegvideo's werken het best onder de " + Limits.MAX_MINUTES
                            + " minuten; overweeg hem in delen te knippen.",
                    "The video runs " + len + " minutes. Instructional videos work best under " + Limits.MAX_MINUTES
                            + " minutes; consider splitting it into parts.");
        }
    }

    private static void subtitles(Subject s, Findings out) {
        Metadata m = s.metadata();
        boolean named = m != null && m.subtitles() != null && !m.subtitles().isBlank();
        VideoRecord r = s.record();
        boolean stored = r != null && (!r.media().subtitles().isEmpty()
                || (r.source() != null && r.source().subtitlesFile() != null));
        if (!named && !stored) {
            out.add(Rules.SUBTITLES, s.isSheetRow() ? "/metadata/subtitles" : "/media/subtitles",
                    "De video heeft geen ondertitels. Voeg een .srt- of .vtt-bestand toe (kolom ondertitels), zodat"
                            + " ook dove en slechthorende leerlingen hem kunnen volgen.",
                    "The video has no subtitles. Add an .srt or .vtt file (column subtitles) so deaf and"
                            + " hard-of-hearing students can follow it too.");
        }
    }

    private static void files(VideoRecord r, CatalogContext catalog, Findings out) {
        Map<String, String> refs = new LinkedHashMap<>(); // pointer -> catalog-relative path
        SourceFile src = r.source();
        if (src != null) {
            refs.put("/source/file", src.file());
            refs.put("/source/subtitlesFile", src.subtitlesFile());
        }
        Media media = r.media();
        for (int i = 0; i < media.renditions().size(); i++) {
            refs.put("/media/renditions/" + i + "/file", media.renditions().get(i).file());
        }
        for (int i = 0; i < media.subtitles().size(); i++) {
            refs.put("/media/subtitles/" + i + "/file", media.subtitles().get(i).file());
        }
        if (media.poster() != null) {
            refs.put("/media/poster/jpeg", media.poster().jpeg());
            refs.put("/media/poster/webp", media.poster().webp());
        }
        if (media.storyboard() != null) {
            refs.put("/media/storyboard/image", media.storyboard().image());
            refs.put("/media/storyboard/vtt", media.storyboard().vtt());
        }
        refs.forEach((pointer, rel) -> {
            if (rel == null) {
                return;
            }
            Path p = catalog.resolve(rel);
            if (p == null || !Files.isRegularFile(p)) {
                out.add(Rules.MEDIA_MISSING, pointer,
                        "Het bestand " + rel + " ontbreekt in de catalogus. Draai ingest/transcode opnieuw voor deze"
                                + " video of zet het bestand terug.",
                        "The file " + rel + " is missing from the catalog. Run ingest/transcode again for this video"
                                + " or restore the file.");
            }
        });
    }
}
