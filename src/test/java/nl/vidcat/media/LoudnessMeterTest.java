package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.Loudness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ebur128 measurement against loudnorm's own first pass, and the two kinds of second pass. */
class LoudnessMeterTest {

    @TempDir
    static Path tmp;

    /** Speech-like audio: a tone switched on and off, at {@code volume}, {@code seconds} long. */
    private static Path audio(String name, String volume, double seconds) throws Exception {
        Path out = tmp.resolve(name + ".m4a");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + seconds,
                "-af", "volume='if(lt(mod(t,1),0.6),1,0.1)':eval=frame,volume=" + volume, "-ac", "2",
                "-c:a", "aac", "-b:a", "128k", out.toString());
        return out;
    }

    private static Map<String, Double> loudnormFirstPass(Path file) throws Exception {
        FfmpegRun.Result r = FfmpegRun.run(List.of("-loglevel", "info", "-i", file.toString(), "-vn",
                "-af", "loudnorm=I=-16:TP=-1.5:LRA=11:print_format=summary", "-f", "null", "-"), null);
        assertTrue(r.ok(), r.reason());
        Map<String, Double> out = new java.util.HashMap<>();
        for (String line : r.stderr()) {
            String[] p = line.strip().split(":\\s+", 2);
            if (p.length == 2 && (p[0].equals("Input Integrated") || p[0].equals("Input True Peak"))) {
                out.put(p[0], Double.parseDouble(p[1].split("\\s+")[0]));
            }
        }
        return out;
    }

    @Test
    void measuresWhatLoudnormMeasures() throws Exception {
        Path quiet = audio("quiet", "-30dB", 6);
        Loudness l = LoudnessMeter.measure(quiet).orElseThrow();
        Map<String, Double> ref = loudnormFirstPass(quiet);
        // both print one decimal
        assertEquals(ref.get("Input Integrated"), l.inputI(), 0.15, "integrated loudness");
        assertEquals(ref.get("Input True Peak"), l.inputTp(), 0.15, "true peak");
        assertTrue(l.inputThresh() < l.inputI(), "gate threshold below the programme loudness");
    }

    @Test
    void silenceHasNothingToNormalize() throws Exception {
        Path silent = tmp.resolve("silent.m4a");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo", "-t", "3", "-c:a", "aac", silent.toString());
        assertTrue(LoudnessMeter.measure(silent).isEmpty());
    }

    @Test
    void aGainThatKeepsThePeaksUnderTheCeilingIsAPlainVolumeChange() {
        Loudness quiet = new Loudness(-30.0, -20.0, 3.0, -40.0, 0.0, -16.0, -1.5);
        assertEquals("volume=14.00dB", LoudnessMeter.secondPass(quiet, 0, 10));
        assertEquals("aformat=channel_layouts=stereo,volume=14.00dB", LoudnessMeter.secondPass(quiet, 2, 10));
        Loudness peaky = new Loudness(-30.0, -5.0, 3.0, -40.0, 1.25, -16.0, -1.5);
        String f = LoudnessMeter.secondPass(peaky, 0, 10);
        assertTrue(f.startsWith("volume=15.25dB,alimiter=limit=0.7499:level=disabled:latency=1")
                && f.endsWith(",atrim=duration=10.000"), f);
    }

    /** Audio is copied as it is only when it is within 0.5 LU: a copy at -16.8 LUFS would miss the promise. */
    @Test
    void onlyAudioWithinHalfAnLuIsLeftAsItIs() {
        assertTrue(LoudnessMeter.onTarget(new Loudness(-16.4, -3.0, 5.0, -26.0, 0.0, -16.0, -1.5)));
        assertTrue(!LoudnessMeter.onTarget(new Loudness(-16.8, -3.0, 5.0, -26.0, 0.0, -16.0, -1.5)));
        assertTrue(!LoudnessMeter.onTarget(new Loudness(-15.2, -3.0, 5.0, -26.0, 0.0, -16.0, -1.5)));
        assertTrue(!LoudnessMeter.onTarget(new Loudness(-16.0, -1.0, 5.0, -26.0, 0.0, -16.0, -1.5)), "peak over");
    }

    /** A gain alone reaches the target; measured again afterwards. */
    @Test
    void theLinearPassReachesTheTarget() throws Exception {
        Path in = audio("linear", "-30dB", 6);
        String filter = LoudnessMeter.secondPass(LoudnessMeter.measure(in).orElseThrow(), 0, 6);
        assertTrue(filter.startsWith("volume="), filter);
        Loudness after = LoudnessMeter.measure(normalized(in, filter)).orElseThrow();
        assertEquals(LoudnessMeter.TARGET_I, after.inputI(), 0.5, "integrated loudness after");
        assertTrue(after.inputTp() <= LoudnessMeter.TARGET_TP + 0.5, "true peak after: " + after.inputTp());
    }

    /**
     * A quiet tone with loud clicks: the gain to -16 LUFS would push the clicks past full scale, so the limiter holds
     * them under the ceiling, and the calibration raises the gain by what the limiter took, so the loudness still
     * reaches the target (loudnorm's dynamic mode, used before, stopped short of it).
     */
    @Test
    void peaksThatAGainWouldClipGoThroughTheLimiterAndStillReachTheTarget() throws Exception {
        Path in = tmp.resolve("clicks.m4a");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i",
                "aevalsrc=0.05*sin(2*PI*440*t)+if(lt(mod(t\\,0.5)\\,0.003)\\,0.85*sin(2*PI*2000*t)\\,0):s=48000:d=6",
                "-ac", "2", "-c:a", "aac", "-b:a", "192k", in.toString());
        Loudness before = LoudnessMeter.measure(in).orElseThrow();
        assertTrue(LoudnessMeter.needsLimiter(before), before.toString());
        Loudness calibrated = LoudnessMeter.calibrated(in, before, 2, 2, 6);
        assertTrue(calibrated.targetOffset() > 0, "the limiter took loudness that the gain gives back: " + calibrated);
        String filter = LoudnessMeter.secondPass(calibrated, 2, 6);
        assertTrue(filter.contains(",alimiter="), filter);
        Loudness after = LoudnessMeter.measure(normalized(in, filter)).orElseThrow();
        assertTrue(after.inputTp() <= LoudnessMeter.TARGET_TP + 0.5, "true peak after: " + after.inputTp());
        assertEquals(LoudnessMeter.TARGET_I, after.inputI(), 0.5, "integrated loudness after");
    }

    private static Path normalized(Path in, String filter) throws Exception {
        Path out = tmp.resolve(in.getFileName() + "-normalized.m4a");
        VideoFixtures.ffmpeg("-i", in.toString(), "-af", filter, "-ar", "48000", "-c:a", "aac", "-b:a", "128k",
                out.toString());
        return out;
    }

    @Test
    void readsTheSummaryNotTheLinesBeforeIt() {
        List<String> log = List.of("[Parsed_ebur128_0 @ 0x1] t: 0.1 TARGET:-23 LUFS M: -120.7 S:-120.7 I: -70.0 LUFS",
                "[Parsed_ebur128_0 @ 0x1] Summary:", "", "  Integrated loudness:", "    I:         -45.6 LUFS",
                "    Threshold: -55.6 LUFS", "", "  Loudness range:", "    LRA:         0.0 LU",
                "    Threshold: -65.6 LUFS", "", "  True peak:", "    Peak:       -inf dBFS");
        Map<String, Double> s = LoudnessMeter.summary(log);
        assertEquals(-45.6, s.get("I"));
        assertEquals(-55.6, s.get("Threshold"));
        assertEquals(0.0, s.get("LRA"));
        assertEquals(Double.NEGATIVE_INFINITY, s.get("Peak"));
    }
}
