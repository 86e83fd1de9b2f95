package nl.vidcat.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.Media;
import nl.vidcat.catalog.Rendition;
import nl.vidcat.catalog.SubtitleTrack;
import nl.vidcat.catalog.VidcatException;
import nl.vidcat.catalog.VideoRecord;

/**
 * One record as the report shows it: its findings (validation plus what is missing on disk) and the media files
 * the pages link to, resolved inside the catalog and checked to exist. The original source file is never linked:
 * it may carry GPS tags; only renditions (written without source metadata) are played.
 *
 * @param poster     the poster JPEG, or null when there is none on disk
 * @param video      the rendition file the player uses (720p if there is one), or null
 * @param subtitles  the subtitle track file in the video's language (else the first), or null
 * @param storyboard the storyboard WebVTT, or null
 */
record VideoView(VideoRecord record, List<Finding> findings, Path poster, Rendition rendition, Path video,
                 SubtitleTrack subtitleTrack, Path subtitles, Path storyboard) {

    static final String PLAYER_RENDITION = "720p";

    static VideoView of(Catalog catalog, VideoRecord r, Findings validation) {
        List<Finding> findings = new ArrayList<>(safe(validation, r));
        Media m = r.media();
        Path poster = null;
        if (m.poster() == null || m.poster().jpeg() == null) {
            findings.add(new Finding(Finding.Severity.WARNING, "report.no-poster", "Nog geen poster",
                    "Er is nog geen poster gemaakt. Maak die met ‘vidcat thumbnails’."));
        } else {
            poster = existing(catalog, m.poster().jpeg(), findings, "report.poster-missing", "Poster ontbreekt");
        }
        Rendition rendition = m.renditions().stream().filter(x -> PLAYER_RENDITION.equals(x.name())).findFirst()
                .orElseGet(() -> m.renditions().stream()
                        .min(Comparator.comparingInt(x -> Math.abs(x.height() - 720))).orElse(null));
        Path video = null;
        if (rendition == null) {
            findings.add(new Finding(Finding.Severity.WARNING, "report.no-rendition", "Nog geen webversie",
                    "Er is nog geen webversie van deze video. Maak die met ‘vidcat transcode’."));
        } else {
            video = existing(catalog, rendition.file(), findings, "report.rendition-missing", "Webversie ontbreekt");
        }
        String language = r.metadata() == null ? null : r.metadata().language();
        SubtitleTrack track = m.subtitles().stream().filter(s -> s.language() != null && s.language().equals(language))
                .findFirst().orElse(m.subtitles().isEmpty() ? null : m.subtitles().get(0));
        Path subtitles = track == null ? null
                : existing(catalog, track.file(), findings, "report.subtitles-missing", "Ondertitels ontbreken");
        Path storyboard = m.storyboard() == null || m.storyboard().vtt() == null ? null
                : existing(catalog, m.storyboard().vtt(), findings, "report.storyboard-missing", "Storyboard ontbreekt");
        findings.sort(Comparator.comparing(Finding::severity));
        return new VideoView(r, List.copyOf(findings), poster, rendition, video, track, subtitles, storyboard);
    }

    /** A validator that throws must not cost the coordinator the whole report: the record shows the failure. */
    private static List<Finding> safe(Findings validation, VideoRecord r) {
        try {
            return validation.of(r);
        } catch (RuntimeException e) {
            org.apache.logging.log4j.LogManager.getLogger(VideoView.class).error("checking {} failed", r.id(), e);
            return List.of(new Finding(Finding.Severity.ERROR, "report.check-failed", "Controle mislukt",
                    "De controle van deze video mislukte (" + e.getMessage() + "); zie het logbestand."));
        }
    }

    private static Path existing(Catalog catalog, String relative, List<Finding> findings, String code, String title) {
        Path p;
        try {
            p = catalog.resolve(relative);
        } catch (VidcatException outside) {
            findings.add(new Finding(Finding.Severity.ERROR, "report.path-outside", "Pad buiten de catalogus",
                    "Het record verwijst naar ‘" + relative + "’, buiten de catalogusmap; dat bestand wordt niet getoond."));
            return null;
        }
        if (!Files.isRegularFile(p)) {
            findings.add(new Finding(Finding.Severity.ERROR, code, title, "Het bestand ‘" + relative
                    + "’ ontbreekt in de catalogus. Maak het opnieuw (‘vidcat transcode’ of ‘vidcat thumbnails’)."));
            return null;
        }
        return p;
    }

    String id() {
        return record.id();
    }

    String title() {
        return record.metadata() == null || record.metadata().title() == null ? record.id() : record.metadata().title();
    }

    long count(Finding.Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "fout", "waarschuwing" or "ok": the worst finding, for the card badge and the filter. */
    String check() {
        return count(Finding.Severity.ERROR) > 0 ? "fout" : count(Finding.Severity.WARNING) > 0 ? "waarschuwing" : "ok";
    }

    double durationSeconds() {
        if (rendition != null && rendition.durationSeconds() > 0) {
            return rendition.durationSeconds();
        }
        return record.source() == null ? 0 : record.source().durationSeconds();
    }
}
