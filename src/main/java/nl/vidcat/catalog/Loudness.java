package nl.vidcat.catalog;

/**
 * EBU R128 values measured in the first pass (ebur128) and the target applied in the second; targetOffset is a
 * correction for loudnorm's dynamic mode (0 unless a measurement supplies one).
 */
public record Loudness(double inputI, double inputTp, double inputLra, double inputThresh, double targetOffset,
                       double targetI, double targetTp) {
}
