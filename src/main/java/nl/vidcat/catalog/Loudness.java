package nl.vidcat.catalog;

/**
 * EBU R128 values measured in the first loudnorm pass and the target applied in the second.
 */
public record Loudness(double inputI, double inputTp, double inputLra, double inputThresh, double targetOffset,
                       double targetI, double targetTp) {
}
