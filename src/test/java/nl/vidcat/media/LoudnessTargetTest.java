package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Rendition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of source comes out within 0.5 LU of -16 LUFS, in the AAC and the Opus rendition, measured afterwards by
 * FFmpeg's ebur128 filter read here (not through the product's own parser). The quiet mono Opus WebM with loud
 * syllables is the one loudnorm's dynamic mode left 1-3 LU short.
 *
 * <p>Silence: digital silence (nothing above BS.1770's absolute gate of -70 LUFS) has no integrated loudness and is
 * not "within 0.5 LU" of anything; it must stay silent (no gain applied to it, none invented). Near silence (room tone
 * at -60 LUFS) does have a loudness and is normalized like any other audio.
 */
class LoudnessTargetTest {

    private static final Pattern SUMMARY_I = Pattern.compile("^\\s*I:\\s+(-?[0-9.]+|-inf) LUFS");
    private static final Pattern SUMMARY_PEAK = Pattern.compile("^\\s*Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    @TempDir
    Path tmp;

    /** 160x90 VP9 or H.264 for 8 s, so the test is about the audio. */
    private Path source(String name, String audioFilter, String audioCodec) throws IOException {
        Path out = tmp.resolve(name);
        boolean webm = name.endsWith(".webm");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x90:rate=25:duration=8",
                "-f", "lavfi", "-i", audioFilter, "-map", "0:v", "-map", "1:a",
                "-c:v", webm ? "libvpx-vp9" : "libx264", "-deadline", "realtime", "-c:a", audioCodec, "-shortest",
                out.toString());
        return out;
    }

    /** Pink noise shaped like syllables: loud peaks well above a soft body, as speech close to a phone's microphone. */
    private static String speech(double amplitude, int channels) {
        return "anoisesrc=color=pink:amplitude=" + amplitude + ":duration=8:sample_rate=48000:seed=7,"
                + "volume='0.02+pow(abs(sin(2*PI*t*2.3)*sin(2*PI*t*0.37)),4)':eval=frame,lowpass=4000,"
                + "aformat=channel_layouts=" + (channels == 1 ? "mono" : channels == 2 ? "stereo" : "5.1");
    }

    private Transcoder twoFormats(Catalog c) throws Exception {
        Path file = tmp.resolve("loud.json");
        Files.writeString(file, """
                {"version": 1, "profiles": {"loud": {"description": "test", "renditions": [
                  {"name": "a", "size": 90, "format": "mp4", "video": {"codec": "h264", "profile": "high",
                   "preset": "superfast", "crf": 35, "pixelFormat": "yuv420p", "keyframeSeconds": 2},
                   "audio": {"codec": "aac", "bitrate": "128k", "sampleRate": 48000, "channels": 2}},
                  {"name": "o", "size": 90, "format": "webm", "video": {"codec": "vp9", "crf": 50,
                   "pixelFormat": "yuv420p", "options": {"deadline": "realtime", "cpu-used": "8"}},
                   "audio": {"codec": "opus", "bitrate": "96k", "sampleRate": 48000, "channels": 2}}]}}}
                """);
        return new Transcoder(c, new Transcoder.Options(Profiles.load(c.dir(), file).get("loud"), false, false, 1,
                Shard.ALL));
    }

    @Tag("slow")
    @Test
    void everySourceLandsWithinHalfAnLuOfTheTarget() throws Exception {
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("quiet-mono-opus", source("quiet.webm", speech(0.08, 1), "libopus"));
        sources.put("loud-stereo-aac", source("loud.mp4", speech(1.0, 2) + ",volume=12dB,alimiter=level=disabled",
                "aac"));
        sources.put("mono-aac", source("mono.mp4", speech(0.3, 1), "aac"));
        sources.put("surround-aac", source("surround.mp4", speech(0.3, 6), "aac"));
        sources.put("steady-tone", source("tone.mp4",
                "sine=frequency=440:sample_rate=48000:duration=8,volume=-30dB", "aac"));
        sources.put("room-tone", source("room.mp4",
                "anoisesrc=color=brown:amplitude=0.002:duration=8:sample_rate=48000", "aac"));
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            MediaFixtures.add(c, e.getKey() + "-a1", e.getValue(), null);
        }
        MediaResult r = twoFormats(c).run(c.records(), Progress.NONE);
        assertEquals(List.of(), r.failures());

        List<String> off = new ArrayList<>();
        for (String name : sources.keySet()) {
            for (Rendition x : c.find(name + "-a1").orElseThrow().media().renditions()) {
                double[] m = ebur128(c.resolve(x.file()));
                String line = name + " " + x.name() + ": " + m[0] + " LUFS, peak " + m[1] + " dBFS";
                if (Math.abs(m[0] - LoudnessMeter.TARGET_I) > 0.5 || m[1] > LoudnessMeter.TARGET_TP + 0.5) {
                    off.add(line);
                }
            }
        }
        assertEquals(List.of(), off, "renditions off target (±0.5 LU, peaks under the ceiling)");
    }

    @Test
    void digitalSilenceStaysSilent() throws Exception {
        Path silent = source("silent.mp4", "anullsrc=r=48000:cl=stereo", "aac");
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        MediaFixtures.add(c, "silent-a1", silent, null);
        assertEquals(List.of(), twoFormats(c).run(c.records(), Progress.NONE).failures());
        assertEquals(null, c.find("silent-a1").orElseThrow().media().loudness(), "nothing measured to normalize");
        for (Rendition x : c.find("silent-a1").orElseThrow().media().renditions()) {
            assertTrue(ebur128(c.resolve(x.file()))[0] <= -70, x.name() + " stays silent");
        }
    }

    /** Integrated loudness and sample peak of the first audio stream, from ebur128's summary. */
    private static double[] ebur128(Path file) throws IOException, InterruptedException {
        Process p = FFmpeg.command(List.of("-hide_banner", "-nostdin", "-nostats", "-i", file.toString(),
                "-map", "0:a:0", "-af", "ebur128=peak=sample:framelog=verbose", "-f", "null", "-"))
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, log);
        String summary = log.substring(log.lastIndexOf("Summary:"));
        return new double[] {value(SUMMARY_I, summary), value(SUMMARY_PEAK, summary)};
    }

    private static double value(Pattern p, String summary) {
        for (String line : summary.split("\n")) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no " + p + " in " + summary);
    }
}
