package nl.vidcat.media;

import java.awt.image.BufferedImage;

/**
 * How good a frame is as a poster, from its luma (Y = 0.299 R + 0.587 G + 0.114 B), computed on a grid of at most
 * ~320 samples across:
 * <pre>
 *   score = 0.4 * entropy / 6          (histogram of 64 luma bins: 6 bits = every level equally used)
 *         + 0.3 * min(1, log10(1 + laplacianVariance) / 3)   (sharpness: blur and fades have little edge energy)
 *         + 0.3 * min(1, stddev / 0.25)                      (contrast)
 *   x 0.1 when the frame is black, blank or washed out (mean luma < 0.1 or > 0.92, or stddev < 0.03)
 * </pre>
 * so black intros, white title cards, fades and motion-blurred frames lose against any ordinary frame.
 */
public record FrameScore(double score, double meanLuma, double stddev, double entropy, double sharpness) {

    public static FrameScore of(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int step = Math.max(1, Math.max(w, h) / 320);
        int gw = w / step;
        int gh = h / step;
        double[] y = new double[gw * gh];
        int[] hist = new int[64];
        double sum = 0;
        for (int j = 0; j < gh; j++) {
            for (int i = 0; i < gw; i++) {
                int rgb = img.getRGB(i * step, j * step);
                double l = (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF)) / 255.0;
                y[j * gw + i] = l;
                sum += l;
                hist[Math.min(63, (int) (l * 64))]++;
            }
        }
        int n = y.length;
        double mean = sum / n;
        double var = 0;
        for (double v : y) {
            var += (v - mean) * (v - mean);
        }
        double stddev = Math.sqrt(var / n);
        double entropy = 0;
        for (int c : hist) {
            if (c > 0) {
                double p = (double) c / n;
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        double lapSum = 0;
        double lapSq = 0;
        int lapN = 0;
        for (int j = 1; j < gh - 1; j++) {
            for (int i = 1; i < gw - 1; i++) {
                int k = j * gw + i;
                double lap = (y[k - 1] + y[k + 1] + y[k - gw] + y[k + gw] - 4 * y[k]) * 255;
                lapSum += lap;
                lapSq += lap * lap;
                lapN++;
            }
        }
        double lapVar = lapN == 0 ? 0 : lapSq / lapN - (lapSum / lapN) * (lapSum / lapN);
        double sharp = Math.min(1, Math.log10(1 + lapVar) / 3);
        double score = 0.4 * Math.min(1, entropy / 6) + 0.3 * sharp + 0.3 * Math.min(1, stddev / 0.25);
        if (mean < 0.1 || mean > 0.92 || stddev < 0.03) {
            score *= 0.1;
        }
        return new FrameScore(score, mean, stddev, entropy, sharp);
    }
}
