package nl.vidcat.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.vidcat.io.FileHash;
import nl.vidcat.io.Json;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.VideoStream;
import nl.vidcat.media.Profiles.Profile;
import nl.vidcat.media.Profiles.RenditionSpec;

/**
 * Decides which renditions of a profile a source gets, at what size, and whether it can be stream-copied.
 * Never upscales: a source gets the renditions whose short side it can fill; a source smaller than every
 * rendition still gets the smallest one, at its own (even) size, so every video has something to play.
 */
public final class RenditionPlanner {

    /** Bumped when the way vidcat builds ffmpeg arguments changes, so reruns redo old renditions. */
    static final int RECIPE_VERSION = 1;
    private static final Set<String> REMUX_PROFILES = Set.of("High", "Main");

    /**
     * @param shortSide target short side in pixels (even); the long side follows the display aspect ratio
     * @param width     expected width assuming square pixels (the written file's real size is verified)
     * @param file      catalog-relative output path
     * @param recipe    fingerprint of everything that shapes the output; a rerun redoes a rendition whose recipe changed
     */
    public record Plan(String profile, RenditionSpec spec, int shortSide, int width, int height, boolean remux,
                       String file, String recipe) {
        public String extension() {
            return spec.format();
        }
    }

    private RenditionPlanner() {
    }

    /**
     * @param mediaDir catalog-relative media directory of the record ({@code media/<id>})
     * @param allowRemux false to re-encode even sources that already fit (--no-remux)
     */
    public static List<Plan> plan(Profile profile, SourceFile source, String mediaDir, boolean allowRemux) {
        VideoStream v = source.video();
        int dw = v.displayWidth();
        int dh = v.displayHeight();
        int sourceShort = Math.min(dw, dh);
        List<Plan> plans = new ArrayList<>();
        for (RenditionSpec spec : profile.renditions()) {
            if (sourceShort >= spec.size()) {
                plans.add(plan(profile.name(), spec, spec.size(), source, mediaDir, allowRemux));
            }
        }
        if (plans.isEmpty()) {
            RenditionSpec smallest = profile.renditions().stream().min(Comparator.comparingInt(RenditionSpec::size))
                    .orElseThrow();
            plans.add(plan(profile.name(), smallest, Math.max(2, sourceShort & ~1), source, mediaDir, allowRemux));
        }
        return plans;
    }

    private static Plan plan(String profile, RenditionSpec spec, int shortSide, SourceFile source, String mediaDir,
                             boolean allowRemux) {
        VideoStream v = source.video();
        boolean landscape = v.displayWidth() >= v.displayHeight();
        double aspect = (double) v.displayWidth() / v.displayHeight();
        int w = landscape ? even(shortSide * aspect) : shortSide;
        int h = landscape ? shortSide : even(shortSide / aspect);
        boolean remux = allowRemux && fits(spec, source, w, h);
        String file = mediaDir + "/" + profile + "-" + spec.name() + "." + spec.format();
        return new Plan(profile, spec, shortSide, w, h, remux, file, recipe(spec, shortSide, remux));
    }

    /** The long side rounded down to even, as the scale expression in {@link EncodeCommand} does. */
    static int even(double x) {
        return Math.max(2, ((int) Math.floor(x + 1e-6)) & ~1);
    }

    /**
     * A source can be copied as is when it already is what the rendition would produce: H.264 High/Main, 8-bit
     * 4:2:0, exactly the rendition's size, nothing to rotate, AAC audio (or none), and not far above the
     * rendition's bitrate cap (a 40 Mb/s camera file is not web video even at the right size).
     */
    static boolean fits(RenditionSpec spec, SourceFile source, int w, int h) {
        VideoStream v = source.video();
        if (!spec.format().equals("mp4") || !spec.video().codec().equals("h264")) {
            return false;
        }
        boolean video = "h264".equals(v.codec()) && REMUX_PROFILES.contains(v.profile()) && v.bitDepth() == 8
                && "yuv420p".equals(v.pixelFormat()) && v.rotation() == 0 && v.width() == w && v.height() == h;
        boolean audio = source.audio() == null || "aac".equals(source.audio().codec());
        return video && audio && withinBitrate(spec, source);
    }

    private static boolean withinBitrate(RenditionSpec spec, SourceFile source) {
        long cap = bitsPerSecond(spec.video().maxBitrate());
        if (cap <= 0 || source.durationSeconds() <= 0) {
            return true;
        }
        double bitrate = source.size() * 8.0 / source.durationSeconds();
        return bitrate <= cap * 1.5;
    }

    /** "3000k" -> 3000000; "6M" -> 6000000; null or garbage -> 0. */
    static long bitsPerSecond(String rate) {
        if (rate == null || rate.isBlank()) {
            return 0;
        }
        String r = rate.strip().toLowerCase(java.util.Locale.ROOT);
        long mult = r.endsWith("k") ? 1_000 : r.endsWith("m") ? 1_000_000 : 1;
        try {
            return (long) (Double.parseDouble(mult == 1 ? r : r.substring(0, r.length() - 1)) * mult);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String recipe(RenditionSpec spec, int shortSide, boolean remux) {
        String text = new String(Json.pretty(spec), StandardCharsets.UTF_8) + "|" + shortSide + "|" + remux + "|"
                + RECIPE_VERSION;
        return FileHash.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
