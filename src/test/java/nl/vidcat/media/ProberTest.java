package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProberTest {

    @TempDir
    Path tmp;

    @Test
    void readsFactsOfAPlainClip() throws Exception {
        Path f = VideoFixtures.clip(tmp.resolve("a.mp4"), 320, 240, 2, true);
        Prober.Probe p = Prober.probe(f);
        assertTrue(p.container().contains("mp4"), p.container());
        assertEquals(2.0, p.durationSeconds(), 0.15);
        assertEquals("h264", p.video().codec());
        assertEquals("High", p.video().profile());
        assertEquals(320, p.video().width());
        assertEquals(240, p.video().height());
        assertEquals(25.0, p.video().fps(), 0.01);
        assertEquals(8, p.video().bitDepth());
        assertEquals("yuv420p", p.video().pixelFormat());
        assertEquals(0, p.video().rotation());
        assertEquals("aac", p.audio().codec());
        assertEquals(48000, p.audio().sampleRate());
        assertTrue(p.locationTags().isEmpty());
    }

    @Test
    void silentClipHasNoAudio() throws Exception {
        Prober.Probe p = Prober.probe(VideoFixtures.clip(tmp.resolve("s.mp4"), 160, 120, 1, false));
        assertNull(p.audio());
    }

    @Test
    void rotationComesFromTheDisplayMatrix() throws Exception {
        Prober.Probe p = Prober.probe(VideoFixtures.portraitRotated(tmp, "portrait.mp4"));
        assertEquals(90, p.video().rotation());
        assertTrue(p.video().displayHeight() > p.video().displayWidth());
    }

    @Test
    void gpsTagsAreNamedButNotKept() throws Exception {
        Prober.Probe p = Prober.probe(VideoFixtures.gpsTaggedMov(tmp.resolve("phone.mov")));
        assertTrue(p.locationTags().stream().anyMatch(t -> t.contains("location")), p.locationTags().toString());
        assertTrue(p.locationTags().stream().noneMatch(t -> t.contains("52.09")));
    }

    @Test
    void rejectsWhatIsNotAVideoWithAReason() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.mp4"));
        assertTrue(reason(empty).contains("empty"));
        Path text = Files.writeString(tmp.resolve("notes.mp4"), "Dit is geen video maar een tekstbestand.\n".repeat(50));
        assertTrue(reason(text).contains("not a video"), reason(text));
        Path g = Files.writeString(tmp.resolve("g.mp4"), "Geen video: de leerling vergat op te nemen.\n".repeat(20));
        assertTrue(reason(g).contains("not a video"), reason(g));
        assertTrue(reason(VideoFixtures.audioOnly(tmp.resolve("sound.m4a"))).contains("audio-only"));
        Path still = tmp.resolve("still.mp4");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=64x64:duration=1", "-frames:v", "1", "-f", "image2",
                "-c:v", "png", still.toString());
        assertTrue(reason(still).contains("still image"), reason(still));
    }

    @Test
    void rejectsTruncatedFiles() throws Exception {
        Path full = VideoFixtures.clip(tmp.resolve("full.mp4"), 320, 240, 4, true);
        // moov at the end (ffmpeg's default): cut anywhere and the index is gone
        String r1 = reason(VideoFixtures.truncated(full, tmp.resolve("cut.mp4"), 0.6));
        assertTrue(r1.contains("truncated"), r1);
        // moov at the front: the index survives but promises data that is not there
        Path fast = tmp.resolve("fast.mp4");
        VideoFixtures.ffmpeg("-i", full.toString(), "-c", "copy", "-movflags", "+faststart", fast.toString());
        String r2 = reason(VideoFixtures.truncated(fast, tmp.resolve("cut-fast.mp4"), 0.6));
        assertTrue(r2.contains("truncated"), r2);
    }

    private static String reason(Path f) {
        return assertThrows(ProbeException.class, () -> Prober.probe(f)).getMessage();
    }
}
