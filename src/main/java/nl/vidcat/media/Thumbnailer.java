package nl.vidcat.media;

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
import nl.vidcat.catalog.AtomicFiles;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.Poster;
import nl.vidcat.catalog.Progress;
import nl.vidcat.catalog.SourceFile;
import nl.vidcat.catalog.Storyboard;
import nl.vidcat.catalog.VideoRecord;
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

    public static final String STAGE = "thumbnails";
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
        return new MediaBatch(catalog, STAGE, options.jobs(), options.shard(), Clock.systemUTC())
                .run(records, progress, this::thumbnails);
    }

    private MediaBatch.Change thumbnails(VideoRecord r, DoubleConsumer position)
            throws MediaFailure, IOException, InterruptedException {
        SourceFile s = r.source();
        if (s == null || s.file() == null || s.video() == null) {
            throw new MediaFailure("the record has no probed source video (run 'vidcat ingest' first)");
        }
        Path src = catalog.resolve(s.file());
        if (!Files.isRegularFile(src)) {
            throw new MediaFailure("the source file " + s.file() + " is missing from the catalog");
        }
        String dir = "media/" + r.id();
        Transcoder.sweepTemps(catalog.resolve(dir));
        if (!options.force() && upToDate(r)) {
            return MediaBatch.Change.NONE;
        }
        double duration = Math.max(0.04, s.durationSeconds());
        int rotation = s.video().rotation();
        int upW = Math.min(POSTER_MAX_WIDTH, s.video().displayWidth()) & ~1;
        int upH = RenditionPlanner.even((double) upW * s.video().displayHeight() / s.video().displayWidth());
        double interval = Math.max(options.interval(), duration / MAX_TILES);
        int tiles = Math.max(1, (int) Math.ceil(duration / interval - 1e-6));
        int tileH = RenditionPlanner.even((double) TILE_WIDTH * upH / upW);
        int cols = Math.min(SPRITE_COLUMNS, tiles);
        BufferedImage sprite = new BufferedImage(TILE_WIDTH * cols, tileH * ((tiles + cols - 1) / cols),
                BufferedImage.TYPE_3BYTE_BGR);

        BufferedImage best = null;
        FrameScore bestScore = null;
        double bestTime = 0;
        FFmpeg.initLibraries();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(src.toFile());
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            g.setVideoOption("skip_frame", "nokey");
            g.setImageWidth(rotation % 180 == 0 ? upW : upH);
            g.setImageHeight(rotation % 180 == 0 ? upH : upW);
            g.setAudioStream(-1);
            g.start();
            Graphics2D sg = sprite.createGraphics();
            sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            for (int k = 0; k < tiles; k++) {
                Sample smp = grab(g, conv, k * interval, rotation);
                if (smp != null) {
                    sg.drawImage(smp.image(), k % cols * TILE_WIDTH, k / cols * tileH, TILE_WIDTH, tileH, null);
                }
                position.accept(k * interval / 2);
            }
            sg.dispose();
            for (int k = 0; k < POSTER_CANDIDATES; k++) {
                double t = duration * (0.05 + 0.9 * k / (POSTER_CANDIDATES - 1));
                Sample smp = grab(g, conv, t, rotation);
                if (smp == null) {
                    continue;
                }
                FrameScore sc = FrameScore.of(smp.image());
                if (bestScore == null || sc.score() > bestScore.score()) {
                    best = smp.image();
                    bestScore = sc;
                    bestTime = smp.time();
                }
                position.accept(duration / 2 + t / 2);
            }
        } catch (FrameGrabber.Exception e) {
            throw new MediaFailure("the video cannot be decoded: " + e.getMessage(), e);
        }
        if (best == null) {
            throw new MediaFailure("no frame of the video could be decoded");
        }
        Poster poster = writePoster(dir, best, bestTime, bestScore.score());
        Storyboard board = writeStoryboard(dir, sprite, interval, tileH, cols, tiles, duration);
        return new MediaBatch.Change(m -> m.withPoster(poster, board),
                String.format(Locale.ROOT, "poster at %.1f s, %d storyboard tiles", bestTime, tiles));
    }

    private record Sample(BufferedImage image, double time) {
    }

    /** The keyframe at or after {@code t} (the decoder only returns keyframes), upright; null past the end. */
    private static Sample grab(FFmpegFrameGrabber g, Java2DFrameConverter conv, double t, int rotation)
            throws FrameGrabber.Exception {
        g.setVideoTimestamp(Math.round(t * 1_000_000));
        Frame f = g.grabImage();
        if (f == null || f.image == null) {
            return null;
        }
        double time = f.timestamp / 1_000_000.0;
        BufferedImage img = copy(conv.getBufferedImage(f));
        return new Sample(rotate(img, rotation), time);
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
            FfmpegRun.Result res = FfmpegRun.run(List.of("-loglevel", "error", "-y", "-i", jpeg.toString(),
                    "-map_metadata", "-1", "-c:v", "libwebp", "-quality", "85", "-frames:v", "1", "-f", "webp",
                    temp.toString()), null);
            if (!res.ok()) {
                throw new MediaFailure("could not write the WebP poster: " + res.reason());
            }
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
