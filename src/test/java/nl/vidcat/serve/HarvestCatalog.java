package nl.vidcat.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.vidcat.io.Json;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;

/**
 * A catalog of many approved, publishable records for harvest tests, written straight to the record files (no
 * history versions, no media files: export reads neither), so a thousand records take a second, not an ingest.
 * Records {@code video-0000}… rotate over six subjects and three levels, so sets have members.
 */
final class HarvestCatalog {

    /** Long before any wall clock a test runs at: a harvest {@code from} now never includes untouched records. */
    static final Instant APPROVED = Instant.parse("2024-03-01T09:00:00Z");

    private static final String[][] TOPICS = {
        {"Breuken vereenvoudigen", "wiskunde", "KD22, KD23"},
        {"Een betoog schrijven", "nederlands", "KD1, KD4"},
        {"Irregular verbs oefenen", "engels", "KD11, KD13"},
        {"Fotosynthese in het blad", "biologie", "KD30, KD34"},
        {"De Gouden Eeuw en de VOC", "geschiedenis", "KD37, KD39"},
        {"Klimaatzones van de aarde", "aardrijkskunde", "KD43, KD45"},
    };
    private static final String[] LEVELS = {"havo", "vwo", "vmbo-gt"};

    private final Catalog catalog;

    private HarvestCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A new catalog in {@code dir} with {@code n} approved records. */
    static HarvestCatalog create(Path dir, int n) throws IOException {
        HarvestCatalog c = new HarvestCatalog(Catalog.openOrCreate(dir));
        IntStream.range(0, n).parallel().forEach(i -> c.write(c.record(i, APPROVED)));
        return c;
    }

    Catalog catalog() {
        return catalog;
    }

    static String id(int i) {
        return "video-%04d".formatted(i);
    }

    /** Record {@code i} with a new title, changed at {@code at} (its exported content and datestamp change). */
    void change(int i, Instant at) {
        VideoRecord r = record(i, at);
        write(r.withMetadata(new nl.vidcat.model.Metadata(r.metadata().title() + " (herzien)",
                r.metadata().description(), r.metadata().keywords(), r.metadata().subject(), r.metadata().levels(),
                r.metadata().years(), r.metadata().goals(), r.metadata().language(), r.metadata().licence(),
                r.metadata().school(), r.metadata().teacher(), r.metadata().makers(), r.metadata().consent(),
                r.metadata().subtitles()), r.origin(), at));
    }

    /** Record {@code i} taken back to draft: no longer published, so OAI-PMH lists it as deleted. */
    void withdraw(int i, Instant at) {
        write(record(i, at).withStatus(ReviewStatus.DRAFT, at));
    }

    private VideoRecord record(int i, Instant at) {
        String[] t = TOPICS[i % TOPICS.length];
        String id = id(i);
        VideoRecord r = RecordFixtures.sample(id, t[0] + " (deel " + (i + 1) + ")", t[1], LEVELS[i / 6 % 3], "1",
                t[2]);
        String dir = "media/" + id + "/";
        Media media = new Media(List.of(new Rendition("720p", "web", dir + "720p.mp4", 1280, 720, "h264", "High",
                "yuv420p", "aac", 95.0, 1_000_000L, 800_000L, "a".repeat(64), false, true)),
                new Poster(dir + "poster.jpg", dir + "poster.webp", 12.0, 0.8, 1280, 720), null,
                List.of(new SubtitleTrack(dir + "subtitles.nl.vtt", "nl", "b".repeat(64))), null);
        return r.withMedia(media, at).withReview(new Review("dhr. Jansen", at, Map.of("content", "4"), "approve", null),
                ReviewStatus.APPROVED, at);
    }

    private void write(VideoRecord r) {
        try {
            Files.write(catalog.recordFile(r.id()), Json.pretty(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
