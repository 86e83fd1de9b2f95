package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Poster;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Storyboard;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThumbnailerTest {

    Catalog catalog;
    MediaResult first;

    @BeforeAll
    void makeThumbnails(@TempDir Path tmp) throws Exception {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Path clips = Files.createDirectories(tmp.resolve("clips"));
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "color=black:s=320x240:d=2:r=25",
                "-f", "lavfi", "-i", "testsrc2=s=320x240:d=2:r=25",
                "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0,format=yuv420p", "-c:v", "libx264",
                "-preset", "ultrafast", "-g", "10", clips.resolve("black-intro.mp4").toString());
        MediaFixtures.add(catalog, "black-intro-a1", clips.resolve("black-intro.mp4"), null);
        VideoFixtures.ffmpeg("-i", clips.resolve("black-intro.mp4").toString(), "-c:v", "libx264", "-preset", "ultrafast",
                "-g", "1000", clips.resolve("one-gop.mp4").toString());
        MediaFixtures.add(catalog, "one-gop-a1", clips.resolve("one-gop.mp4"), null);
        MediaFixtures.add(catalog, "portrait-a1", VideoFixtures.portraitRotated(clips, "portrait.mp4"), null);
        MediaFixtures.add(catalog, "fullhd-a1", VideoFixtures.clip(clips.resolve("fullhd.mp4"), 1920, 1080, 1, false), null);
        Path good = VideoFixtures.clip(clips.resolve("cut.mp4"), 320, 240, 2, true);
        MediaFixtures.add(catalog, "corrupt-a1", VideoFixtures.truncated(good, clips.resolve("cut-short.mp4"), 0.3), null);
        first = thumbnailer().run(catalog.records(), Progress.NONE);
    }

    private Thumbnailer thumbnailer() {
        return new Thumbnailer(catalog, new Thumbnailer.Options(1, false, 2, Shard.ALL));
    }

    private VideoRecord record(String id) {
        return catalog.find(id).orElseThrow();
    }

    @Test
    void posterSkipsTheBlackIntro() throws Exception {
        Poster p = record("black-intro-a1").media().poster();
        assertTrue(p.timeSeconds() >= 2.0, "poster taken at " + p.timeSeconds());
        BufferedImage img = ImageIO.read(catalog.resolve(p.jpeg()).toFile());
        assertEquals(320, img.getWidth());
        assertEquals(240, img.getHeight());
        assertTrue(FrameScore.of(img).meanLuma() > 0.15, "poster is not black");
        assertTrue(Files.size(catalog.resolve(p.webp())) > 0);
        byte[] head = Files.readAllBytes(catalog.resolve(p.webp()));
        assertEquals("WEBP", new String(head, 8, 4));
    }

    @Test
    void singleKeyframeClipStillGetsAGoodPosterAndFullStoryboard() throws Exception {
        Poster p = record("one-gop-a1").media().poster();
        assertTrue(p.timeSeconds() >= 2.0, "poster taken at " + p.timeSeconds());
        BufferedImage img = ImageIO.read(catalog.resolve(p.jpeg()).toFile());
        assertTrue(FrameScore.of(img).meanLuma() > 0.15, "poster is not black");
        assertEquals(4, record("one-gop-a1").media().storyboard().tiles());
    }

    @Test
    void storyboardHasSpriteAndVttWithRegions() throws Exception {
        Storyboard s = record("black-intro-a1").media().storyboard();
        assertEquals(4, s.tiles());
        BufferedImage sprite = ImageIO.read(catalog.resolve(s.image()).toFile());
        assertEquals(4 * 160, sprite.getWidth());
        assertEquals(120, sprite.getHeight());
        List<String> lines = Files.readAllLines(catalog.resolve(s.vtt()));
        assertEquals("WEBVTT", lines.get(0));
        assertTrue(lines.contains("00:00:01.000 --> 00:00:02.000"), lines.toString());
        assertTrue(lines.contains("storyboard.jpg#xywh=160,0,160,120"), lines.toString());
    }

    @Test
    void posterIsAtMost1280WideInJpegAndWebp() throws Exception {
        Poster p = record("fullhd-a1").media().poster();
        BufferedImage img = ImageIO.read(catalog.resolve(p.jpeg()).toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        var webp = MediaFixtures.ffprobe(catalog.resolve(p.webp())).path("streams").get(0);
        assertEquals("webp", webp.path("codec_name").asText());
        assertEquals(1280, webp.path("width").asInt());
    }

    @Test
    void portraitPosterIsUpright() throws Exception {
        Poster p = record("portrait-a1").media().poster();
        BufferedImage img = ImageIO.read(catalog.resolve(p.jpeg()).toFile());
        assertEquals(180, img.getWidth());
        assertEquals(320, img.getHeight());
        assertEquals(180, p.width());
    }

    @Test
    void corruptSourceFailsAloneAndRerunSkipsIntactOnes() throws Exception {
        assertEquals(List.of("corrupt-a1"), first.failures().stream().map(MediaResult.Outcome::id).toList(),
                first.toString());
        assertTrue(record("corrupt-a1").problems().stream().anyMatch(x -> x.code().equals("thumbnails.failed")));
        MediaResult again = thumbnailer().run(List.of(record("portrait-a1")), Progress.NONE);
        assertEquals(MediaResult.Status.UNCHANGED, again.outcomes().get(0).status());
    }
}
