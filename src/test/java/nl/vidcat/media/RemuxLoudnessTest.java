package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Loudness;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source that only needs remuxing is measured in the same ffmpeg run that copies it: audio on target stays a
 * stream copy, audio off target is normalized in a second run while the video is still copied.
 */
@Tag("slow")
class RemuxLoudnessTest {

    @TempDir
    Path tmp;

    /** A 720p-only profile, so the H.264 High/AAC 720p clip is a remux and nothing else. */
    private Transcoder only720(Catalog c) throws Exception {
        Path file = tmp.resolve("only720.json");
        Files.writeString(file, """
                {"version": 1, "profiles": {"only720": {"description": "test", "renditions": [{"name": "720p",
                  "size": 720, "format": "mp4", "video": {"codec": "h264", "profile": "high", "preset": "veryfast",
                  "crf": 23, "pixelFormat": "yuv420p", "keyframeSeconds": 2},
                  "audio": {"codec": "aac", "bitrate": "128k", "sampleRate": 48000, "channels": 2}}]}}}
                """);
        return new Transcoder(c, new Transcoder.Options(Profiles.load(c.dir(), file).get("only720"), true, false, 1,
                Shard.ALL));
    }

    /** 2 s of 720p H.264 High with AAC stereo 48 kHz, a 660 Hz tone raised by {@code gain}. */
    private Path clip(String name, String gain) throws Exception {
        Path out = tmp.resolve(name);
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=2",
                "-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000:duration=2", "-af", "volume=" + gain,
                "-ac", "2", "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p",
                "-g", "25", "-c:a", "aac", "-b:a", "128k", "-shortest", out.toString());
        return out;
    }

    private Rendition transcodeOne(Catalog c, String id, Path clip) throws Exception {
        MediaFixtures.add(c, id, clip, null);
        MediaResult r = only720(c).run(c.records(), Progress.NONE);
        assertEquals(java.util.List.of(), r.failures());
        Rendition out = c.find(id).orElseThrow().media().renditions().get(0);
        assertTrue(out.remuxed(), "the video is a stream copy");
        return out;
    }

    private static String md5(Path file, String stream) throws Exception {
        Path out = file.resolveSibling(file.getFileName() + "." + stream.replace(':', '_') + ".md5");
        VideoFixtures.ffmpeg("-i", file.toString(), "-map", stream, "-c", "copy", "-f", "md5", out.toString());
        return Files.readString(out).strip();
    }

    @Test
    void audioOnTargetIsCopiedAndItsMeasurementRecorded() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        Path src = clip("on-target.mp4", "5.6dB");
        Loudness in = LoudnessMeter.measure(src).orElseThrow();
        assertTrue(LoudnessMeter.onTarget(in), "the fixture is on target: " + in);

        Rendition r = transcodeOne(c, "on-target-a1", src);
        VideoRecord rec = c.find("on-target-a1").orElseThrow();
        assertNotNull(rec.media().loudness(), "measured in the copying run and stored");
        assertEquals(in.inputI(), rec.media().loudness().inputI(), 0.05);
        assertEquals(in.inputTp(), rec.media().loudness().inputTp(), 0.05);
        assertEquals(md5(src, "0:a:0"), md5(c.resolve(r.file()), "0:a:0"), "audio copied bit for bit");
        assertEquals(md5(src, "0:v:0"), md5(c.resolve(r.file()), "0:v:0"));
    }

    @Test
    void audioOffTargetIsNormalizedWhileTheVideoIsCopied() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        Path src = clip("quiet.mp4", "-20dB");
        Rendition r = transcodeOne(c, "quiet-a1", src);
        Path out = c.resolve(r.file());
        assertTrue(c.find("quiet-a1").orElseThrow().media().loudness().inputI() < -30, "the quiet source measured");
        assertEquals(LoudnessMeter.TARGET_I, LoudnessMeter.measure(out).orElseThrow().inputI(), 1.0);
        assertNotEquals(md5(src, "0:a:0"), md5(out, "0:a:0"), "the audio was encoded again");
        assertEquals(md5(src, "0:v:0"), md5(out, "0:v:0"), "the video is still a copy");
        assertTrue(Mp4Boxes.faststart(out));
        try (var files = Files.list(out.getParent())) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains(".part-")).count(), "no temp left");
        }
    }

    @Test
    void aTruncatedSourceFailsOnlyThatVideoAndLeavesNoTemp() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        Path good = clip("good.mp4", "5.6dB");
        MediaFixtures.add(c, "good-a1", good, null);
        MediaFixtures.add(c, "cut-a1", VideoFixtures.truncated(clip("whole.mp4", "5.6dB"), tmp.resolve("cut.mp4"), 0.5),
                null);
        MediaResult r = only720(c).run(c.records(), Progress.NONE);
        assertEquals(1, r.failures().size(), r.toString());
        assertEquals("cut-a1", r.failures().get(0).id());
        // failed in the copying-and-measuring run itself (the record says it fits the 720p rendition)
        assertTrue(r.failures().get(0).detail().startsWith("ffmpeg could not transcode the source"),
                r.failures().get(0).detail());
        assertTrue(c.find("cut-a1").orElseThrow().media().renditions().isEmpty(), "nothing published for it");
        assertTrue(c.find("cut-a1").orElseThrow().problems().stream().anyMatch(p -> p.code().equals("transcode.failed")));
        assertTrue(c.find("good-a1").orElseThrow().media().renditions().get(0).remuxed(), "the other video is done");
        try (var files = Files.walk(c.dir().resolve("media"))) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains(".part-")).count(), "no temp left");
        }
    }
}
