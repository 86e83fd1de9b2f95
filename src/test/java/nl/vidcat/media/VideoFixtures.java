package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tiny test clips made with the bundled ffmpeg's lavfi sources, so no binaries are committed. Each takes well
 * under a second on 2 cores.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
public final class VideoFixtures {

    private VideoFixtures() {
    }

    /** Runs the bundled ffmpeg with {@code args} (after -y -hide_banner -loglevel error) and fails loudly. */
    public static void ffmpeg(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("-y", "-hide_banner", "-loglevel", "error", "-nostdin"));
        all.addAll(List.of(args));
        Process p = FFmpeg.command(all).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("ffmpeg " + all + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A test pattern with a moving element, H.264 High yuv420p, with a 440 Hz tone unless {@code audio} is false. */
    public static Path clip(Path out, int width, int height, double seconds, boolean audio) throws IOException {
        List<String> a = new ArrayList<>(List.of("-f", "lavfi", "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=25:duration=" + seconds));
        if (audio) {
            a.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds));
        }
        a.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p", "-g", "25"));
        if (audio) {
            a.addAll(List.of("-c:a", "aac", "-b:a", "64k", "-shortest"));
        }
        a.add(out.toString());
        ffmpeg(a.toArray(String[]::new));
        return out;
    }

    /** A phone-style portrait clip: landscape pixels plus a display matrix saying "turn 90 degrees". */
    public static Path portraitRotated(Path dir, String name) throws IOException {
        Path raw = clip(dir.resolve(".raw-" + name), 320, 180, 2, true);
        Path out = dir.resolve(name);
        ffmpeg("-display_rotation", "-90", "-i", raw.toString(), "-c", "copy", out.toString());
        Files.delete(raw);
        return out;
    }

    /** A QuickTime file carrying GPS coordinates the way phones write them. */
    public static Path gpsTaggedMov(Path out) throws IOException {
        ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
                "-metadata", "location=+52.0907+005.1214/",
                "-metadata", "com.apple.quicktime.location.ISO6709=+52.0907+005.1214/",
                "-movflags", "use_metadata_tags", out.toString());
        return out;
    }

    /** Sound only: must be rejected as a video. */
    public static Path audioOnly(Path out) throws IOException {
        ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2", "-c:a", "aac", out.toString());
        return out;
    }

    /** The first {@code fraction} of {@code source}'s bytes, as an interrupted copy leaves it. */
    public static Path truncated(Path source, Path out, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(out, java.util.Arrays.copyOf(all, (int) (all.length * fraction)));
        return out;
    }
}
