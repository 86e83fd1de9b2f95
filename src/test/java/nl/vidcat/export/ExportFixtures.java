package nl.vidcat.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.CatalogSettings;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RuleOverride;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;

/**
 * A catalog with records and small stand-in media files where transcode and thumbnails would put them.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}. Unlike the others this one is an instance: the
 * catalog it fills is replaced when a test changes its settings ({@link #rule}).
 */
public final class ExportFixtures {

    public static final String BASE = "https://video.hetbaken.nl/leerlingen";
    static final Instant APPROVED_AT = Instant.parse("2026-09-10T12:30:00Z");

    public Catalog catalog;

    public ExportFixtures(Path dir) throws IOException {
        this.catalog = Catalog.openOrCreate(dir.resolve("catalog"));
    }

    /** An approved record with a 720p and 360p rendition, poster and Dutch subtitles, files on disk. */
    public VideoRecord approved(String id) throws IOException {
        return save(published(RecordFixtures.sample(id)));
    }

    public VideoRecord approved(String id, String title, String subject, String levels, String years, String goals)
            throws IOException {
        return save(published(RecordFixtures.sample(id, title, subject, levels, years, goals)));
    }

    public VideoRecord published(VideoRecord r) throws IOException {
        String dir = "media/" + r.id() + "/";
        Rendition r720 = rendition(dir, "720p", 1280, 720);
        Rendition r360 = rendition(dir, "360p", 640, 360);
        Media media = new Media(List.of(r720, r360), new Poster(dir + "poster.jpg", dir + "poster.webp", 12.0, 0.8,
                1280, 720), null, List.of(new SubtitleTrack(dir + "subtitles.nl.vtt", "nl", "b".repeat(64))), null);
        file(dir + "720p.mp4", "fake 720p video of " + r.id());
        file(dir + "360p.mp4", "fake 360p video of " + r.id());
        file(dir + "poster.jpg", "fake jpeg of " + r.id());
        file(dir + "poster.webp", "fake webp of " + r.id());
        file(dir + "subtitles.nl.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDe teller en de noemer.\n");
        file(dir + "source.mp4", "ORIGINAL WITH GPS " + r.id());
        return r.withMedia(media, r.updatedAt())
                .withReview(new Review("dhr. Jansen", APPROVED_AT, Map.of("content", "4"), "approve", null),
                        ReviewStatus.APPROVED, r.updatedAt());
    }

    /** Sets a validation rule's severity in catalog.json, as a curator would, and reopens the catalog. */
    void rule(String id, String severity) throws IOException {
        CatalogSettings s = catalog.settings();
        Map<String, RuleOverride> rules = new TreeMap<>(s.rules());
        rules.put(id, new RuleOverride(null, severity));
        catalog = catalog.saveSettings(new CatalogSettings(s.schemaVersion(), s.name(), rules));
    }

    public VideoRecord save(VideoRecord r) throws IOException {
        catalog.save(r);
        return r;
    }

    void file(String rel, String content) throws IOException {
        Path p = catalog.dir().resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** The record as changed at {@code at} (its OAI-PMH datestamp). */
    public static VideoRecord withUpdatedAt(VideoRecord r, Instant at) {
        return r.withStatus(r.status(), at);
    }

    static VideoRecord withMetadata(VideoRecord r, Metadata m) {
        return r.withMetadata(m, r.origin(), r.updatedAt());
    }

    private static Rendition rendition(String dir, String name, int w, int h) {
        return new Rendition(name, "web", dir + name + ".mp4", w, h, "h264", "High", "yuv420p", "aac", 95.0,
                1_000_000L, 800_000L, "a".repeat(64), false, true);
    }
}
