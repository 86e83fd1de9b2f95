package nl.vidcat.media;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.vidcat.catalog.Json;
import nl.vidcat.catalog.Loudness;

/**
 * EBU R128 loudness normalization in two passes, as FFmpeg's {@code loudnorm} documentation recommends: pass one
 * measures the whole programme (this class), pass two applies one linear gain computed from those values, which
 * keeps the dynamics of speech intact instead of riding the gain like the one-pass (dynamic) mode does.
 */
public final class LoudnessMeter {

    public static final double TARGET_I = -16.0;
    public static final double TARGET_TP = -1.5;
    static final double TARGET_LRA = 11.0;
    /** Audio within this many LU of the target (and under the true-peak ceiling) is left as it is. */
    static final double TOLERANCE_LU = 1.0;

    private LoudnessMeter() {
    }

    /**
     * Measures the first audio stream of {@code file}. Empty when the audio is digital silence (loudness -inf: there
     * is nothing to normalize).
     */
    public static Optional<Loudness> measure(Path file) throws IOException, InterruptedException, MediaFailure {
        List<String> args = List.of("-loglevel", "info", "-i", file.toString(), "-map", "0:a:0", "-vn", "-sn", "-dn",
                "-af", String.format(Locale.ROOT, "loudnorm=I=%s:TP=%s:LRA=%s:print_format=json",
                        TARGET_I, TARGET_TP, TARGET_LRA),
                "-f", "null", "-");
        FfmpegRun.Result r = FfmpegRun.run(args, null);
        if (!r.ok()) {
            throw new MediaFailure("loudness measurement failed: " + r.reason());
        }
        JsonNode json = lastJsonBlock(r.stderr());
        if (json == null) {
            throw new MediaFailure("loudness measurement gave no result");
        }
        double i = number(json, "input_i");
        if (Double.isInfinite(i) || Double.isNaN(i)) {
            return Optional.empty();
        }
        return Optional.of(new Loudness(i, number(json, "input_tp"), number(json, "input_lra"),
                number(json, "input_thresh"), number(json, "target_offset"), TARGET_I, TARGET_TP));
    }

    /** True when the measured audio already meets the target, so a stream copy is as good as a re-encode. */
    public static boolean onTarget(Loudness l) {
        return l == null || (Math.abs(l.inputI() - TARGET_I) <= TOLERANCE_LU && l.inputTp() <= TARGET_TP);
    }

    /**
     * The second-pass filter. The LRA target is raised to the measured range so loudnorm can stay linear (it falls
     * back to dynamic mode when the target range is narrower than the programme's).
     */
    static String secondPass(Loudness l) {
        double lra = Math.min(50, Math.max(TARGET_LRA, Math.ceil(l.inputLra())));
        return String.format(Locale.ROOT, "loudnorm=I=%s:TP=%s:LRA=%s:measured_I=%.2f:measured_TP=%.2f"
                        + ":measured_LRA=%.2f:measured_thresh=%.2f:offset=%.2f:linear=true:print_format=none",
                l.targetI(), l.targetTp(), lra, l.inputI(), l.inputTp(), l.inputLra(), l.inputThresh(),
                l.targetOffset());
    }

    private static JsonNode lastJsonBlock(List<String> lines) {
        int end = -1;
        for (int k = lines.size() - 1; k >= 0; k--) {
            String s = lines.get(k).strip();
            if (end < 0 && s.equals("}")) {
                end = k;
            } else if (end >= 0 && s.equals("{")) {
                String text = String.join("\n", lines.subList(k, end + 1));
                try {
                    return Json.mapper().readTree(text);
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static double number(JsonNode json, String field) {
        String v = json.path(field).asText("nan").strip().toLowerCase(Locale.ROOT);
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
