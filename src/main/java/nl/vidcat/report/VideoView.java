package nl.vidcat.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Media;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.Finding;
import nl.vidcat.validate.Location;
import nl.vidcat.validate.Rule;
import nl.vidcat.validate.Severity;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One record as the report shows it: its validation findings and the media files the pages link to, resolved inside
 * the catalog and checked to exist. Media that are absent (no media stage run yet, a file removed) are simply left
 * out: the validator reports missing files, and the pages show a placeholder. The original source file is never
 * linked: it may carry GPS tags; only renditions (written without source metadata) are played.
 *
 * @param findings   what {@code vidcat validate} reports for the record, errors first
 * @param poster     the poster JPEG, or null when there is none on disk
 * @param posterWebp the poster WebP, or null
 * @param video      the rendition file the player uses (720p if there is one), or null
 * @param subtitles  the subtitle track file in the video's language (else the first), or null
 * @param storyboard the storyboard WebVTT, or null
 */
record VideoView(VideoRecord record, List<Finding> findings, Path poster, Path posterWebp, Rendition rendition,
                 Path video, SubtitleTrack subtitleTrack, Path subtitles, Path storyboard) {

    static final String PLAYER_RENDITION = "720p";
    private static final Logger LOG = LogManager.getLogger(VideoView.class);
    /** Shown instead of the findings when the validator failed on one record, so the rest of the report survives. */
    static final Rule CHECK_FAILED = new Rule("report.check-failed", Severity.ERROR,
            "De controle van deze video mislukte; zie het logbestand.", "Checking this video failed; see the log.");

    static VideoView of(Catalog catalog, VideoRecord r, Function<String, List<Finding>> validation) {
        List<Finding> findings = new ArrayList<>(safe(validation, r));
        findings.sort(Comparator.comparing(Finding::severity));
        Media m = r.media();
        Path poster = m.poster() == null ? null : existing(catalog, r, m.poster().jpeg());
        Path webp = poster == null ? null : existing(catalog, r, m.poster().webp());
        Rendition rendition = m.renditions().stream().filter(x -> PLAYER_RENDITION.equals(x.name())).findFirst()
                .orElseGet(() -> m.renditions().stream()
                        .min(Comparator.comparingInt(x -> Math.abs(x.height() - 720))).orElse(null));
        Path video = rendition == null ? null : existing(catalog, r, rendition.file());
        String language = r.metadata() == null ? null : r.metadata().language();
        SubtitleTrack track = m.subtitles().stream().filter(s -> s.language() != null && s.language().equals(language))
                .findFirst().orElse(m.subtitles().isEmpty() ? null : m.subtitles().get(0));
        Path subtitles = track == null ? null : existing(catalog, r, track.file());
        Path storyboard = m.storyboard() == null ? null : existing(catalog, r, m.storyboard().vtt());
        if (storyboard != null && existing(catalog, r, m.storyboard().image()) == null) {
            storyboard = null; // previews without their sprite would show nothing
        }
        return new VideoView(r, List.copyOf(findings), poster, webp, video == null ? null : rendition, video,
                subtitles == null ? null : track, subtitles, storyboard);
    }

    /** A validator that throws must not cost the coordinator the whole report: the record shows the failure. */
    private static List<Finding> safe(Function<String, List<Finding>> validation, VideoRecord r) {
        try {
            return validation.apply(r.id());
        } catch (RuntimeException e) {
            LOG.error("checking {} failed", r.id(), e);
            return List.of(new Finding(CHECK_FAILED, CHECK_FAILED.severity(), new Location(null, null, null),
                    CHECK_FAILED.nl() + " (" + e.getMessage() + ")", CHECK_FAILED.en() + " (" + e.getMessage() + ")"));
        }
    }

    /** The file inside the catalog, or null when the record names none, it is missing, or it points outside. */
    private static Path existing(Catalog catalog, VideoRecord r, String relative) {
        if (relative == null || relative.isBlank()) {
            return null;
        }
        try {
            Path p = catalog.resolve(relative);
            return Files.isRegularFile(p) ? p : null;
        } catch (VidcatException outside) {
            LOG.warn("{}: not linking '{}': {}", r.id(), relative, outside.getMessage());
            return null;
        }
    }

    String id() {
        return record.id();
    }

    String title() {
        return record.metadata() == null || record.metadata().title() == null ? record.id() : record.metadata().title();
    }

    long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "fout", "waarschuwing" or "ok": the worst finding, for the card badge and the filter. */
    String check() {
        return count(Severity.ERROR) > 0 ? "fout" : count(Severity.WARNING) > 0 ? "waarschuwing" : "ok";
    }

    double durationSeconds() {
        if (rendition != null && rendition.durationSeconds() > 0) {
            return rendition.durationSeconds();
        }
        return record.source() == null ? 0 : record.source().durationSeconds();
    }
}
