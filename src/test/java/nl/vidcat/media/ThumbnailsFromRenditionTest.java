package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Poster;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After transcode, thumbnails come from a rendition as large as the poster: upright, short GOPs, less to decode. */
@Tag("slow")
class ThumbnailsFromRenditionTest {

    @Test
    void postersComeFromTheRenditionWhenItIsLargeEnough(@TempDir Path tmp) throws Exception {
        Catalog catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Path clip = VideoFixtures.clip(Files.createDirectories(tmp.resolve("in")).resolve("hd.mp4"), 1920, 1080, 2, true);
        MediaFixtures.add(catalog, "hd-a1", clip, null);
        MediaResult t = new Transcoder(catalog, new Transcoder.Options(Profiles.builtIn().get("web"), true, false, 1,
                Shard.ALL)).run(catalog.records(), Progress.NONE);
        assertEquals(0, t.exitCode(), t.toString());
        // Spoil the source's video data: only a thumbnailer reading the rendition can still succeed.
        Path source = catalog.resolve(catalog.find("hd-a1").orElseThrow().source().file());
        byte[] bytes = Files.readAllBytes(source);
        for (int i = bytes.length / 4; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        Files.write(source, bytes, StandardOpenOption.TRUNCATE_EXISTING);

        MediaResult r = new Thumbnailer(catalog, new Thumbnailer.Options(1, false, 1, Shard.ALL))
                .run(catalog.records(), Progress.NONE);
        assertEquals(0, r.exitCode(), r.toString());
        Poster p = catalog.find("hd-a1").orElseThrow().media().poster();
        assertNotNull(p);
        BufferedImage img = ImageIO.read(catalog.resolve(p.jpeg()).toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
    }
}
