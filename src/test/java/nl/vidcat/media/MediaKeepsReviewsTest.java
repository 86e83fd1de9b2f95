package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.RecordHistory;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** transcode and thumbnails rewrite records: they keep the reviews and approval, and history names them. */
class MediaKeepsReviewsTest {

    @Test
    void transcodeAndThumbnailsKeepReviewsAndApproval(@TempDir Path tmp) throws Exception {
        Catalog catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Path clip = VideoFixtures.clip(tmp.resolve("clip.mp4"), 320, 240, 1, true);
        VideoRecord r = MediaFixtures.add(catalog, "breuken-00000001", clip, null);
        Review approval = new Review("J. de Vries", Instant.parse("2026-10-01T09:00:00Z"),
                Map.of("content", "4", "didactics", "4", "usability", "4", "copyright", "ok"), "approve", null);
        catalog.save(r.withReview(approval, ReviewStatus.APPROVED, Instant.parse("2026-10-01T09:00:00Z")), "review");

        MediaResult t = new Transcoder(catalog, new Transcoder.Options(Profiles.builtIn().get("web"), true, false, 1,
                Shard.ALL)).run(catalog.records(), Progress.NONE);
        MediaResult th = new Thumbnailer(catalog, new Thumbnailer.Options(1, false, 1, Shard.ALL))
                .run(catalog.records(), Progress.NONE);
        assertTrue(t.failures().isEmpty() && th.failures().isEmpty(), t + " " + th);

        VideoRecord after = catalog.find("breuken-00000001").orElseThrow();
        assertEquals(List.of(approval), after.reviews());
        assertEquals(ReviewStatus.APPROVED, after.status());
        assertEquals(List.of("thumbnails", "transcode", "review", "vidcat"), catalog.history().versions(after.id())
                .stream().map(RecordHistory.Version::writtenBy).toList());
    }
}
