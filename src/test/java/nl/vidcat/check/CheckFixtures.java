package nl.vidcat.check;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.io.Json;
import nl.vidcat.model.Media;
import nl.vidcat.model.Poster;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;

/**
 * Catalogs whose records name real files (random bytes, their true sizes and SHA-256) as ingest, transcode and
 * thumbnails record them: what check looks at needs no video to decode. Also used by bench/check's generator.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
public final class CheckFixtures {

    private CheckFixtures() {
    }

    /**
     * Writes record {@code id} and its source, one rendition, poster, storyboard and subtitles.
     *
     * @param sourceBytes size of the source file; the others are a fraction of it (at least a few bytes)
     */
    public static VideoRecord add(Catalog c, String id, int sourceBytes, long seed) throws IOException {
        return add(c, id, sourceBytes, seed, false);
    }

    /**
     * @param sparse files of the right size without content (no disk blocks) and made-up hashes: for a quick check of
     *               a large catalog, which compares sizes only
     */
    public static VideoRecord add(Catalog c, String id, int sourceBytes, long seed, boolean sparse)
            throws IOException {
        SplittableRandom rnd = sparse ? null : new SplittableRandom(seed);
        String dir = "media/" + id + "/";
        SourceFile s0 = RecordFixtures.sample(id).source();
        String[] src = file(c, dir + "source.mp4", sourceBytes, rnd);
        SourceFile s = new SourceFile(s0.originalPath(), dir + "source.mp4", Long.parseLong(src[1]), src[0],
                s0.container(), s0.durationSeconds(), s0.video(), s0.audio(), List.of(), null);
        String[] web = file(c, dir + "web-720p.mp4", Math.max(16, sourceBytes / 2), rnd);
        Rendition r = new Rendition("720p", "web", dir + "web-720p.mp4", 1280, 720, "h264", "High", "yuv420p", "aac",
                95.0, Long.parseLong(web[1]), 2_000_000, web[0], false, true, "0123456789abcdef");
        String[] jpg = file(c, dir + "poster.jpg", Math.max(16, sourceBytes / 50), rnd);
        file(c, dir + "poster.webp", Math.max(16, sourceBytes / 60), rnd);
        Poster p = new Poster(dir + "poster.jpg", dir + "poster.webp", 12.0, 0.8, 1280, 720, jpg[0]);
        String[] sprite = file(c, dir + "storyboard.jpg", Math.max(16, sourceBytes / 40), rnd);
        file(c, dir + "storyboard.vtt", 64, rnd);
        Storyboard b = new Storyboard(dir + "storyboard.jpg", dir + "storyboard.vtt", 5, 160, 90, 10, 19, sprite[0]);
        String[] vtt = file(c, dir + "subtitles.nl.vtt", 256, rnd);
        Media m = new Media(List.of(r), p, b, List.of(new SubtitleTrack(dir + "subtitles.nl.vtt", "nl", vtt[0])),
                null);
        VideoRecord rec = RecordFixtures.sample(id).withSource(s, RecordFixtures.T0).withMedia(m, RecordFixtures.T0);
        Files.write(c.recordFile(id), Json.pretty(rec)); // as save() writes it, without a sync per record
        return rec;
    }

    /** Writes random bytes (or, without {@code rnd}, a sparse file); returns {sha256, size}. */
    private static String[] file(Catalog c, String rel, int size, SplittableRandom rnd) throws IOException {
        Path p = c.resolve(rel);
        Files.createDirectories(p.getParent());
        if (rnd == null) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(size);
            }
            return new String[] {"%064x".formatted(rel.hashCode() & 0xffffffffL), Integer.toString(size)};
        }
        byte[] bytes = new byte[size];
        rnd.nextBytes(bytes);
        Files.write(p, bytes);
        return new String[] {FileHash.sha256(bytes), Integer.toString(size)};
    }
}
