package nl.vidcat.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vidcat.model.Loudness;

/**
 * EBU R128 loudness normalization in two passes, as FFmpeg's {@code loudnorm} documentation recommends: pass one
 * measures the whole programme (this class), pass two applies one linear gain computed from those values, which
 * keeps the dynamics of speech intact instead of riding the gain like the one-pass (dynamic) mode does.
 *
 * <p>Pass one uses FFmpeg's {@code ebur128} filter (BS.1770 integrated loudness, loudness range and true peak by
 * oversampling) instead of loudnorm's own first pass: the same measurement (equal to 0.05 LU on the test clips), but
 * loudnorm first resamples everything to 192 kHz, which makes measuring several times slower. Pass two, when the gain
 * keeps the true peak under the ceiling, is a plain {@code volume} change: exactly what loudnorm's linear mode does,
 * without its 192 kHz round trip. Audio whose peaks the gain would push over the ceiling gets a look-ahead limiter
 * after the gain, and the gain is calibrated on the limited result ({@link #calibrated}); loudnorm's own answer for
 * such audio, its dynamic mode, missed the target by 1-3 LU on quiet speech.
 */
public final class LoudnessMeter {

    public static final double TARGET_I = -16.0;
    public static final double TARGET_TP = -1.5;
    /** Audio within this many LU of the target (and under the true-peak ceiling) is left as it is. */
    static final double TOLERANCE_LU = 0.5;
    /** Calibration stops this close to the target (the lossy encode moves it by about 0.1 LU more). */
    private static final double CLOSE_LU = 0.1;
    private static final int CALIBRATION_PASSES = 5;
    /** Bound on the calibration's correction, against a runaway on pathological audio. */
    private static final double MAX_OFFSET_DB = 20.0;
    /** How far under the true-peak ceiling the limiter holds the sample peaks. */
    static final double LIMIT_MARGIN_DB = 1.0;
    /** What ebur128 reports when no block passes the absolute gate: digital silence or near it. */
    private static final double SILENCE_LUFS = -70.0;

    private LoudnessMeter() {
    }

    /**
     * Measures the first audio stream of {@code file}. Empty when the audio is (near) digital silence: there is
     * nothing to normalize.
     */
    public static Optional<Loudness> measure(Path file) throws IOException, InterruptedException, MediaFailure {
        List<String> args = new ArrayList<>(List.of("-loglevel", "info", "-i", file.toString()));
        args.addAll(measuringOutput());
        return fromLog(FfmpegRun.run(args, null).orFail("loudness measurement failed").stderr());
    }

    /**
     * An ffmpeg output that measures the first audio stream of input 0 and writes nothing, to add to another run that
     * reads the same input; its result is in that run's log at level info ({@link #fromLog}).
     */
    static List<String> measuringOutput() {
        // framelog=verbose keeps the per-100-ms lines out of the info log; the summary stays in it
        return List.of("-map", "0:a:0", "-vn", "-sn", "-dn", "-af", "ebur128=peak=true:framelog=verbose", "-f", "null",
                "-");
    }

    /** The measurement in the log of a run with a {@link #measuringOutput}; empty for (near) digital silence. */
    static Optional<Loudness> fromLog(List<String> stderr) throws MediaFailure {
        Map<String, Double> summary = summary(stderr);
        Double i = summary.get("I");
        Double thresh = summary.get("Threshold");
        Double lra = summary.get("LRA");
        Double tp = summary.get("Peak");
        if (i == null || thresh == null || lra == null || tp == null || i.isNaN() || tp.isNaN()) {
            throw new MediaFailure("loudness measurement gave no result");
        }
        if (i <= SILENCE_LUFS || tp.isInfinite()) {
            return Optional.empty();
        }
        return Optional.of(new Loudness(i, tp, lra, thresh, 0.0, TARGET_I, TARGET_TP));
    }

    /** A stored measurement with this version's targets: the source's values stay true, the targets may change. */
    static Loudness retarget(Loudness l) {
        return new Loudness(l.inputI(), l.inputTp(), l.inputLra(), l.inputThresh(), l.targetOffset(), TARGET_I,
                TARGET_TP);
    }

    /** True when the measured audio already meets the target, so a stream copy is as good as a re-encode. */
    public static boolean onTarget(Loudness l) {
        return l == null || (Math.abs(l.inputI() - TARGET_I) <= TOLERANCE_LU && l.inputTp() <= TARGET_TP);
    }

    /** Whether the gain to the target alone would push the true peak over the ceiling, so the limiter must act. */
    static boolean needsLimiter(Loudness l) {
        return l.inputTp() + l.targetI() - l.inputI() > l.targetTp();
    }

    /**
     * Whether pass two's result is known without measuring it: a plain gain, and a channel conversion that keeps the
     * loudness (none, or mono onto both sides of a stereo pair at -3 dB each; a 5.1 downmix does not).
     *
     * @param channels the outputs' channel count, 0 when they differ or nothing converts
     */
    static boolean exactGain(Loudness l, int sourceChannels, int channels) {
        boolean keeps = channels == 0 || channels == sourceChannels || (sourceChannels == 1 && channels == 2);
        return keeps && !needsLimiter(l);
    }

    /**
     * {@code l} with the gain that brings pass two's output to the target ({@code targetOffset}: dB beyond
     * {@code targetI - inputI}). A limiter lowers the loudness by what it takes off the peaks, and a downmix changes
     * it, by amounts that depend on the audio; so the chain is run and measured here, and the gain corrected (secant
     * steps: the loudness rises with the gain, by less once the limiter works harder) until it lands within
     * {@value #CLOSE_LU} LU. This is what loudnorm's dynamic mode did instead, and it left quiet speech with loud
     * plosives 1-3 LU short of the target.
     */
    static Loudness calibrated(Path source, Loudness l, int sourceChannels, int channels, double seconds)
            throws IOException, InterruptedException, MediaFailure {
        Loudness flat = withOffset(l, 0.0);
        if (exactGain(l, sourceChannels, channels)) {
            return flat;
        }
        Loudness best = flat;
        double bestMiss = Double.MAX_VALUE;
        double lastOffset = Double.NaN;
        double lastI = Double.NaN;
        Loudness trial = flat;
        for (int pass = 0; pass < CALIBRATION_PASSES; pass++) {
            List<String> args = new ArrayList<>(List.of("-loglevel", "info", "-i", source.toString(), "-map", "0:a:0",
                    "-vn", "-sn", "-dn", "-af", secondPass(trial, channels, seconds) + ",ebur128=framelog=verbose",
                    "-f", "null", "-"));
            Double out = summary(FfmpegRun.run(args, null).orFail("loudness calibration failed").stderr()).get("I");
            if (out == null || out.isNaN() || out <= SILENCE_LUFS) {
                return best;
            }
            double miss = trial.targetI() - out;
            if (Math.abs(miss) < bestMiss) {
                best = trial;
                bestMiss = Math.abs(miss);
            }
            if (bestMiss <= CLOSE_LU) {
                break;
            }
            // the output rises by at most the gain added and by something: a slope in (0.05, 1]
            double slope = Double.isNaN(lastI) ? 1.0
                    : Math.max(0.05, Math.min(1.0, (out - lastI) / (trial.targetOffset() - lastOffset)));
            lastOffset = trial.targetOffset();
            lastI = out;
            trial = withOffset(l, Math.max(-MAX_OFFSET_DB, Math.min(MAX_OFFSET_DB, lastOffset + miss / slope)));
        }
        return best;
    }

    private static Loudness withOffset(Loudness l, double offset) {
        return new Loudness(l.inputI(), l.inputTp(), l.inputLra(), l.inputThresh(), Math.round(offset * 100) / 100.0,
                l.targetI(), l.targetTp());
    }

    /**
     * The second-pass filter for audio lasting {@code seconds} (0 = unknown): into the outputs' channel layout, the
     * gain to the target (plus the calibrated {@code targetOffset}), and a look-ahead limiter when the gain would push
     * the peaks over the ceiling.
     *
     * @param channels the outputs' channel count (1 or 2 convert first; 0 leaves the layout to the encoder)
     */
    static String secondPass(Loudness l, int channels, double seconds) {
        StringBuilder f = new StringBuilder();
        if (channels == 1 || channels == 2) {
            f.append("aformat=channel_layouts=").append(channels == 1 ? "mono" : "stereo").append(',');
        }
        f.append(String.format(Locale.ROOT, "volume=%.2fdB", l.targetI() - l.inputI() + l.targetOffset()));
        if (needsLimiter(l)) {
            // sample peaks held LIMIT_MARGIN_DB under the true-peak ceiling, for the peaks between samples; latency
            // compensated so the audio stays in sync with the picture
            f.append(String.format(Locale.ROOT, ",alimiter=limit=%.4f:level=disabled:latency=1",
                    Math.pow(10, (l.targetTp() - LIMIT_MARGIN_DB) / 20)));
            if (seconds > 0) {
                f.append(String.format(Locale.ROOT, ",atrim=duration=%.3f", seconds));
            }
        }
        return f.toString();
    }

    /** The label: value pairs of ebur128's closing summary (the last one in the log), "-inf" as infinity. */
    static Map<String, Double> summary(List<String> lines) {
        int from = -1;
        for (int k = lines.size() - 1; k >= 0 && from < 0; k--) {
            if (lines.get(k).endsWith("Summary:")) {
                from = k + 1;
            }
        }
        Map<String, Double> out = new HashMap<>();
        if (from < 0) {
            return out;
        }
        for (int k = from; k < lines.size(); k++) {
            String[] parts = lines.get(k).strip().split(":\\s+", 2);
            if (parts.length == 2) {
                String[] value = parts[1].split("\\s+");
                out.putIfAbsent(parts[0], number(value[0]));
            }
        }
        return out;
    }

    private static double number(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    yield Double.NaN;
                }
            }
        };
    }
}
