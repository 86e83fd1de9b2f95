package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The poster score ranks an ordinary frame above black, blank, faded and blurred ones. Pure Java, no video. */
class FrameScoreTest {

    /** A "scene": gradient sky, shapes with hard edges, some texture, like a classroom shot. */
    private static BufferedImage scene() {
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(40, 80, 160), 0, 360, new Color(230, 220, 200)));
        g.fillRect(0, 0, 640, 360);
        Random r = new Random(7);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillRect(r.nextInt(600), r.nextInt(330), 10 + r.nextInt(80), 10 + r.nextInt(60));
        }
        g.setColor(Color.BLACK);
        g.drawString("Breuken vereenvoudigen: 6/8 = 3/4", 40, 60);
        g.dispose();
        return img;
    }

    private static BufferedImage filled(Color c) {
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        return img;
    }

    /** The scene faded towards black, as in the middle of a fade-out. */
    private static BufferedImage faded(BufferedImage src, double f) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                int rgb = src.getRGB(x, y);
                int r = (int) ((rgb >> 16 & 0xFF) * f);
                int gr = (int) ((rgb >> 8 & 0xFF) * f);
                int b = (int) ((rgb & 0xFF) * f);
                out.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return out;
    }

    private static BufferedImage blurred(BufferedImage src, int size) {
        float[] k = new float[size * size];
        Arrays.fill(k, 1f / k.length);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, out);
    }

    @Test
    void ordinaryFrameBeatsBlackBlankFadedAndBlurred() {
        double scene = FrameScore.of(scene()).score();
        double black = FrameScore.of(filled(Color.BLACK)).score();
        double white = FrameScore.of(filled(Color.WHITE)).score();
        double grey = FrameScore.of(filled(Color.GRAY)).score();
        double fade = FrameScore.of(faded(scene(), 0.15)).score();
        double blur = FrameScore.of(blurred(scene(), 15)).score();
        assertTrue(scene > 0.5, "scene " + scene);
        for (double worse : new double[] {black, white, grey, fade, blur}) {
            assertTrue(worse < scene, worse + " should score below the scene's " + scene);
        }
        assertTrue(black < 0.1 && white < 0.1 && grey < 0.1, "blank frames are penalized: " + black + " " + white + " " + grey);
        assertTrue(fade < 0.1, "a frame mid-fade is penalized: " + fade);
    }
}
