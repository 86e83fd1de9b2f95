package nl.vidcat.media;

import nl.vidcat.store.CatalogLayout;
import nl.vidcat.io.Subtitles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.model.Poster;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.StageId;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.VideoRecord;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * {@code vidcat thumbnails}: a poster (JPEG at most 1280 wide, and WebP) and a storyboard (sprite sheet + WebVTT with
 * {@code #xywh=}) per video.
 *
 * <p>In-process with JavaCV rather than the ffmpeg executable: every sample is a seek plus one decoded frame that
 * Java must look at (to score it, to place it in the sprite), so the per-process start-up and the pixel round trip
 * through a pipe would cost more than the work. The decoder is told to skip everything but keyframes
 * ({@code skip_frame=nokey}), so a seek lands on a keyframe and costs one decode, never a run through the GOP; the
 * whole file is never decoded (compare {@code ffmpeg -vf thumbnail}, which decodes every frame).
 */
public final class Thumbnailer {

    /** Seconds between storyboard tiles unless the user chooses otherwise. */
    public static final double DEFAULT_INTERVAL = 5;

    static final int POSTER_MAX_WIDTH = 1280;
    static final int POSTER_CANDIDATES = 10;
    static final int TILE_WIDTH = 160;
    static final int SPRITE_COLUMNS = 10;
    static final int MAX_TILES = 100;

    /** @param interval storyboard seconds per tile (raised for long videos to keep at most {@value #MAX_TILES} tiles) */
    public record Options(double interval, boolean force, int jobs, Shard shard) {
    }

    private final Catalog catalog;
    private final Options options;

    public Thumbnailer(Catalog catalog, Options options) {
        this.catalog = catalog;
        this.options = options;
    }

    public MediaResult run(List<VideoRecord> records, Progress progress) throws InterruptedException {
        return new MediaBatch(catalog, StageId.THUMBNAILS.label(), options.jobs(), options.shard(), Clock.systemUTC())
                .run(records, progress, this::thumbnails);
    }

    private MediaBatch.Change thumbnails(VideoRecord r, DoubleConsumer position)
            throws MediaFailure, IOException, InterruptedException {
        Path src = MediaBatch.prepare(catalog, r);
        SourceFile s = r.source();
        String dir = CatalogLayout.mediaFolder(r.id());
        if (!options.force() && upToDate(r)) {
            return MediaBatch.Change.NONE;
        }
        double duration = Math.max(0.04, s.durationSeconds());
        int rotation = s.video().rotation();
        int upW = Math.min(POSTER_MAX_WIDTH, s.video().displayWidth()) & ~1;
        int upH = RenditionPlanner.even((double) upW * s.video().displayHeight() / s.video().displayWidth());
        Rendition small = smallestAtLeast(r, upW, upH);
        if (small != null) {
            // A rendition as large as the poster looks the same, is already upright, and has a keyframe every
            // 2 s: seeking to keyframes finds every tile and candidate without decoding a long GOP of 1080p.
            src = catalog.resolve(small.file());
            rotation = 0;
        }
        double interval = Math.max(options.interval(), duration / MAX_TILES);
        int tiles = Math.max(1, (int) Math.ceil(duration / interval - 1e-6));
        int tileH = RenditionPlanner.even((double) TILE_WIDTH * upH / upW);
        int cols = Math.min(SPRITE_COLUMNS, tiles);
        BufferedImage sprite = storyboardSprite(new Frames(src, TILE_WIDTH, tileH, rotation), interval, tiles, cols,
                position);
        Best best = bestPoster(new Frames(src, upW, upH, rotation), duration, position);
        Poster poster = writePoster(dir, best.image, best.time, best.score.score());
        Storyboard board = writeStoryboard(dir, sprite, interval, tileH, cols, tiles, duration);
        return new MediaBatch.Change(m -> m.withPoster(poster, board),
                String.format(Locale.ROOT, "poster at %.1f s, %d storyboard tiles", best.time, tiles));
    }

    /** The storyboard: a tile every {@code interval} seconds, {@code cols} to a row, in one sprite image. */
    private static BufferedImage storyboardSprite(Frames tileFrames, double interval, int tiles, int cols,
                                                  DoubleConsumer position) throws MediaFailure {
        int tileH = tileFrames.height();
        BufferedImage sprite = new BufferedImage(TILE_WIDTH * cols, tileH * ((tiles + cols - 1) / cols),
                BufferedImage.TYPE_3BYTE_BGR);
        List<Double> tileTimes = new ArrayList<>();
        for (int k = 0; k < tiles; k++) {
            tileTimes.add(k * interval);
        }
        Graphics2D sg = sprite.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Tiles are scaled by the decoder's scaler straight to tile size (area averaging, no aliasing): a tenth of the
        // pixels to convert and copy compared with full-size frames drawn small.
        int missing = drawTiles(tileFrames, tileTimes, true, sg, cols, tileH, position);
        if (missing > tiles / 2) {
            // Keyframes are rarer than tiles (long GOPs): decode to each tile's time instead.
            drawTiles(tileFrames, tileTimes, false, sg, cols, tileH, position);
        }
        sg.dispose();
        return sprite;
    }

    /** The best-scoring of {@value #POSTER_CANDIDATES} frames spread over the video. */
    private static Best bestPoster(Frames frames, double duration, DoubleConsumer position) throws MediaFailure {
        List<Double> posterTimes = new ArrayList<>();
        for (int k = 0; k < POSTER_CANDIDATES; k++) {
            posterTimes.add(duration * (0.05 + 0.9 * k / (POSTER_CANDIDATES - 1)));
        }
        Best best = new Best();
        frames.sample(posterTimes, true, smp -> best.offer(smp, position, duration));
        if (best.count < Math.min(3, POSTER_CANDIDATES) && (duration > 2 || best.count == 0)) {
            // Too few keyframes to choose from (one GOP for the whole clip, or a clip shorter than its first GOP):
            // decode to the exact times instead.
            frames.sample(posterTimes, false, smp -> best.offer(smp, position, duration));
        }
        if (best.image == null) {
            throw new MediaFailure("no frame of the video could be decoded");
        }
        return best;
    }

    /** The smallest rendition on disk at least {@code w} x {@code h} (upright), or null. */
    private Rendition smallestAtLeast(VideoRecord r, int w, int h) {
        Rendition best = null;
        for (Rendition x : r.media() == null ? List.<Rendition>of() : r.media().renditions()) {
            if (x.width() >= w && x.height() >= h && Files.isRegularFile(catalog.resolve(x.file()))
                    && (best == null || (long) x.width() * x.height() < (long) best.width() * best.height())) {
                best = x;
            }
        }
        return best;
    }

    /** Draws one tile per time; returns how many times had no frame of their own (past the last keyframe). */
    private static int drawTiles(Frames frames, List<Double> times, boolean keyframesOnly, Graphics2D sg, int cols,
                                 int tileH, DoubleConsumer position) throws MediaFailure {
        BufferedImage[] previous = {null};
        int[] k = {0};
        int[] missing = {0};
        frames.sample(times, keyframesOnly, smp -> {
            if (smp == null) {
                missing[0]++;
            }
            BufferedImage tile = smp != null ? smp.image() : previous[0]; // the keyframe before covers this slot
            if (tile != null) {
                sg.drawImage(tile, k[0] % cols * TILE_WIDTH, k[0] / cols * tileH, TILE_WIDTH, tileH, null);
                previous[0] = tile;
            }
            position.accept(times.get(k[0]++) / 2);
        });
        return missing[0];
    }

    private record Sample(BufferedImage image, double time) {
    }

    /** The best-scoring poster candidate so far. */
    private static final class Best {
        BufferedImage image;
        FrameScore score;
        double time;
        int count;

        void offer(Sample smp, DoubleConsumer position, double duration) {
            if (smp == null) {
                return;
            }
            count++;
            FrameScore sc = FrameScore.of(smp.image());
            if (score == null || sc.score() > score.score()) {
                image = smp.image();
                score = sc;
                time = smp.time();
            }
            position.accept(duration / 2 + smp.time() / 2);
        }
    }

    /** Upright frames of one video at given times, decoded in-process. */
    private record Frames(Path src, int width, int height, int rotation) {

        interface Sink {
            void accept(Sample s);
        }

        /**
         * Gives {@code sink} one sample per time, in order (null where there is none). With {@code keyframesOnly} the
         * decoder drops every non-key frame unseen, so JavaCV's seek returns the first keyframe at or after the time
         * (null past the last keyframe) at the cost of one decode; otherwise it decodes up to the exact time.
         */
        void sample(List<Double> times, boolean keyframesOnly, Sink sink) throws MediaFailure {
            FFmpeg.initLibraries();
            try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(src.toFile());
                 Java2DFrameConverter conv = new Java2DFrameConverter()) {
                if (keyframesOnly) {
                    g.setVideoOption("skip_frame", "nokey");
                }
                g.setImageScalingFlags(swscale.SWS_AREA);
                g.setImageWidth(rotation % 180 == 0 ? width : height);
                g.setImageHeight(rotation % 180 == 0 ? height : width);
                g.start();
                for (double t : times) {
                    g.setVideoTimestamp(Math.round(t * 1_000_000));
                    Frame f = g.grabImage();
                    sink.accept(f == null || f.image == null ? null
                            : new Sample(rotate(copy(conv.getBufferedImage(f)), rotation), f.timestamp / 1_000_000.0));
                }
            } catch (FrameGrabber.Exception e) {
                throw new MediaFailure("the video cannot be decoded: " + e.getMessage(), e);
            }
        }
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Turns the frame clockwise by {@code degrees} (what a player would do with the display matrix). */
    static BufferedImage rotate(BufferedImage img, int degrees) {
        if (degrees % 360 == 0) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean swap = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        AffineTransform at = new AffineTransform();
        at.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        at.rotate(Math.toRadians(degrees));
        at.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, at, null);
        g.dispose();
        return out;
    }

    private Poster writePoster(String dir, BufferedImage img, double time, double score)
            throws IOException, InterruptedException, MediaFailure {
        Path jpeg = catalog.resolve(dir + "/poster.jpg");
        AtomicFiles.replace(jpeg, t -> writeJpeg(img, t, 0.9f));
        Path webp = catalog.resolve(dir + "/poster.webp");
        Path temp = ChildProcesses.temp(AtomicFiles.tempFor(webp));
        try {
            FfmpegRun.run(List.of("-loglevel", "error", "-y", "-i", jpeg.toString(), "-map_metadata", "-1", "-c:v",
                    "libwebp", "-quality", "85", "-frames:v", "1", "-f", "webp", temp.toString()), null)
                    .orFail("could not write the WebP poster");
            AtomicFiles.replace(webp, t -> Files.move(temp, t));
        } finally {
            ChildProcesses.discard(temp);
        }
        return new Poster(catalog.relativize(jpeg), catalog.relativize(webp), Math.round(time * 1000) / 1000.0,
                Math.round(score * 1000) / 1000.0, img.getWidth(), img.getHeight(), FileHash.sha256(jpeg));
    }

    private Storyboard writeStoryboard(String dir, BufferedImage sprite, double interval, int tileH, int cols,
                                       int tiles, double duration) throws IOException {
        Path image = catalog.resolve(dir + "/storyboard.jpg");
        AtomicFiles.replace(image, t -> writeJpeg(sprite, t, 0.8f));
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int k = 0; k < tiles; k++) {
            double start = k * interval;
            double end = Math.min(duration, (k + 1) * interval);
            vtt.append('\n').append(Subtitles.timestamp(start)).append(" --> ").append(Subtitles.timestamp(end))
                    .append('\n').append(String.format(Locale.ROOT, "storyboard.jpg#xywh=%d,%d,%d,%d%n",
                            k % cols * TILE_WIDTH, k / cols * tileH, TILE_WIDTH, tileH));
        }
        Path vttFile = catalog.resolve(dir + "/storyboard.vtt");
        AtomicFiles.write(vttFile, vtt.toString().getBytes(StandardCharsets.UTF_8));
        return new Storyboard(catalog.relativize(image), catalog.relativize(vttFile), Math.round(interval * 1000) / 1000.0,
                TILE_WIDTH, tileH, cols, tiles, FileHash.sha256(image));
    }

    private static void writeJpeg(BufferedImage img, Path file, float quality) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
    }

    private boolean upToDate(VideoRecord r) throws IOException {
        Poster p = r.media().poster();
        Storyboard s = r.media().storyboard();
        return p != null && s != null && FileHash.matches(catalog.resolve(p.jpeg()), p.sha256())
                && Files.isRegularFile(catalog.resolve(p.webp())) && FileHash.matches(catalog.resolve(s.image()), s.sha256())
                && Files.isRegularFile(catalog.resolve(s.vtt()));
    }
}
