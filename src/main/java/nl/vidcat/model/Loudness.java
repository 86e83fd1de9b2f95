package nl.vidcat.model;

/**
 * EBU R128 values measured in the first pass (ebur128) and the target applied in the second; targetOffset is the
 * gain in dB added to {@code targetI - inputI} so that the output still reaches the target after the limiter or a
 * downmix (found by measuring that chain; 0 for a plain gain).
 */
public record Loudness(double inputI, double inputTp, double inputLra, double inputThresh, double targetOffset,
                       double targetI, double targetTp) {
}
