package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One catalog with every awkward kind of source, transcoded once (in parallel, 2 jobs) and then checked with
 * ffprobe. Keeps the whole class to a few seconds of encoding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class TranscoderTest {

    Catalog catalog;
    MediaResult first;

    @BeforeAll
    void transcodeEverything(@TempDir Path tmp) throws Exception {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        Path clips = Files.createDirectories(tmp.resolve("clips"));
        MediaFixtures.add(catalog, "hd-a1", VideoFixtures.clip(clips.resolve("hd.mp4"), 1280, 720, 2, true), null);
        MediaFixtures.add(catalog, "portrait-a1", VideoFixtures.portraitRotated(clips, "portrait.mp4"), null);
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=321x241:rate=25:duration=2", "-c:v", "libx264",
                "-preset", "ultrafast", "-pix_fmt", "yuv444p10le", clips.resolve("tenbit.mkv").toString());
        MediaFixtures.add(catalog, "tenbit-a1", clips.resolve("tenbit.mkv"), null);
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=480x360:rate=30:duration=3",
                "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=44100:duration=3",
                "-vf", "select='lt(mod(n,7),4)'", "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", clips.resolve("vfr.mp4").toString());
        MediaFixtures.add(catalog, "vfr-a1", clips.resolve("vfr.mp4"), null);
        MediaFixtures.add(catalog, "silent-a1", VideoFixtures.clip(clips.resolve("silent.mp4"), 640, 360, 2, false), null);
        Path srt = clips.resolve("subs.srt");
        Files.writeString(srt, "1\r\n00:00:00,500 --> 00:00:01,500\r\nCafé <font color=\"red\">één</font>\r\n\r\n",
                Charset.forName("windows-1252"));
        MediaFixtures.add(catalog, "gps-a1", VideoFixtures.gpsTaggedMov(clips.resolve("gps.mov")), srt);
        Path good = VideoFixtures.clip(clips.resolve("cut.mp4"), 320, 240, 2, true);
        MediaFixtures.add(catalog, "corrupt-a1", VideoFixtures.truncated(good, clips.resolve("cut-short.mp4"), 0.4), null);
        first = transcoder(false).run(catalog.records(), Progress.NONE);
    }

    private Transcoder transcoder(boolean force) {
        return new Transcoder(catalog, new Transcoder.Options(Profiles.builtIn().get("web"), true, force, 2, Shard.ALL));
    }

    private VideoRecord record(String id) {
        return catalog.find(id).orElseThrow();
    }

    private Map<String, Rendition> renditions(String id) {
        Map<String, Rendition> m = new java.util.TreeMap<>();
        record(id).media().renditions().forEach(r -> m.put(r.name(), r));
        return m;
    }

    private JsonNode probe(Rendition r) throws Exception {
        return MediaFixtures.ffprobe(catalog.resolve(r.file()));
    }

    private static JsonNode stream(JsonNode probe, String type) {
        for (JsonNode s : probe.path("streams")) {
            if (s.path("codec_type").asText().equals(type)) {
                return s;
            }
        }
        return null;
    }

    private void assertWebVideo(Rendition r, int w, int h, double duration) throws Exception {
        JsonNode p = probe(r);
        JsonNode v = stream(p, "video");
        assertEquals("h264", v.path("codec_name").asText(), r.file());
        assertEquals("High", v.path("profile").asText(), r.file());
        assertEquals("yuv420p", v.path("pix_fmt").asText(), r.file());
        assertEquals(w, v.path("width").asInt(), r.file());
        assertEquals(h, v.path("height").asInt(), r.file());
        assertTrue(v.path("side_data_list").isMissingNode() || !v.path("side_data_list").toString().contains("rotation"),
                "no rotation left: " + v.path("side_data_list"));
        // tighter than the verifier: padding of the audio filters must be trimmed, not merely tolerated
        assertEquals(duration, p.path("format").path("duration").asDouble(), 0.05, r.file());
        assertTrue(Mp4Boxes.faststart(catalog.resolve(r.file())), "moov before mdat");
        assertEquals(FileHash.sha256(catalog.resolve(r.file())), r.sha256());
    }

    @Test
    void landscapeHdGetsBothRenditionsAndFittingOneIsRemuxed() throws Exception {
        Map<String, Rendition> r = renditions("hd-a1");
        assertEquals(List.of("360p", "720p"), List.copyOf(r.keySet()));
        assertTrue(r.get("720p").remuxed());
        assertFalse(r.get("360p").remuxed());
        assertWebVideo(r.get("720p"), 1280, 720, 2.0);
        assertWebVideo(r.get("360p"), 640, 360, 2.0);
        JsonNode a = stream(probe(r.get("360p")), "audio");
        assertEquals("aac", a.path("codec_name").asText());
        assertEquals(48000, a.path("sample_rate").asInt());
        assertEquals(2, a.path("channels").asInt());
    }

    @Test
    void bothRenditionsCarryTheSameAudioTrack() throws Exception {
        Map<String, Rendition> r = renditions("hd-a1");
        assertEquals(audioMd5(r.get("720p")), audioMd5(r.get("360p")),
                "the 360p got the 720p's AAC stream (one encode, copied in)");
    }

    private String audioMd5(Rendition r) throws Exception {
        Path out = catalog.dir().resolve(r.name() + ".audio.md5");
        VideoFixtures.ffmpeg("-i", catalog.resolve(r.file()).toString(), "-map", "0:a:0", "-c", "copy", "-f", "md5",
                out.toString());
        return Files.readString(out).strip();
    }

    @Test
    void loudnessIsNormalizedAndRecorded() throws Exception {
        VideoRecord r = record("hd-a1");
        assertTrue(r.media().loudness() != null, "measured loudness stored");
        for (Rendition x : r.media().renditions()) {
            double i = LoudnessMeter.measure(catalog.resolve(x.file())).orElseThrow().inputI();
            assertEquals(LoudnessMeter.TARGET_I, i, 1.0, x.name() + " integrated loudness");
        }
    }

    @Test
    void portraitPhoneClipComesOutUprightWithoutRotationFlag() throws Exception {
        Map<String, Rendition> r = renditions("portrait-a1");
        assertEquals(1, r.size(), "smaller than 360p: still gets one rendition at its own size");
        assertWebVideo(r.values().iterator().next(), 180, 320, 2.0);
    }

    @Test
    void tenBit444OddSizeBecomesEightBit420EvenSize() throws Exception {
        Map<String, Rendition> r = renditions("tenbit-a1");
        assertEquals(1, r.size());
        assertWebVideo(r.values().iterator().next(), 320, 240, 2.0);
    }

    @Test
    void variableFrameRateKeepsItsTiming() throws Exception {
        VideoRecord rec = record("vfr-a1");
        Rendition r = renditions("vfr-a1").get("360p");
        assertWebVideo(r, 480, 360, rec.source().durationSeconds());
    }

    @Test
    void silentSourceGivesVideoWithoutAudio() throws Exception {
        Rendition r = renditions("silent-a1").get("360p");
        assertWebVideo(r, 640, 360, 2.0);
        assertEquals(null, stream(probe(r), "audio"));
        assertEquals(null, record("silent-a1").media().loudness());
    }

    @Test
    void gpsTaggedMovYieldsCleanMp4() throws Exception {
        assertFalse(record("gps-a1").source().locationTags().isEmpty(), "the fixture really has GPS tags");
        for (Rendition r : record("gps-a1").media().renditions()) {
            JsonNode p = probe(r);
            String all = p.toString().toLowerCase();
            assertFalse(all.contains("+52.09") || all.contains("iso6709"), all);
            p.path("format").path("tags").fieldNames().forEachRemaining(k -> assertTrue(
                    List.of("major_brand", "minor_version", "compatible_brands").contains(k), "unexpected format tag " + k));
            for (JsonNode s : p.path("streams")) {
                JsonNode tags = s.path("tags");
                tags.fieldNames().forEachRemaining(k -> assertTrue(
                        List.of("language", "handler_name", "vendor_id").contains(k), "unexpected stream tag " + k));
            }
        }
    }

    @Test
    void sidecarSubtitlesBecomeUtf8WebVtt() throws Exception {
        var tracks = record("gps-a1").media().subtitles();
        assertEquals(1, tracks.size());
        String vtt = Files.readString(catalog.resolve(tracks.get(0).file()));
        assertEquals("WEBVTT\n\n00:00:00.500 --> 00:00:01.500\nCafé één\n", vtt);
        assertEquals("nl", tracks.get(0).language());
    }

    @Test
    void corruptSourceFailsOnlyThatVideo() {
        assertEquals(1, first.count(MediaResult.Status.FAILED), first.toString());
        assertEquals("corrupt-a1", first.failures().get(0).id());
        VideoRecord r = record("corrupt-a1");
        assertTrue(r.problems().stream().anyMatch(p -> p.code().equals("transcode.failed")), r.problems().toString());
        assertTrue(r.media().renditions().isEmpty());
        assertEquals(1, first.exitCode());
    }

    @Test
    void rerunSkipsIntactRenditionsAndRedoesDamagedOnes() throws Exception {
        Rendition before = renditions("silent-a1").get("360p");
        Path file = catalog.resolve(before.file());
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        MediaResult again = transcoder(false).run(List.of(record("silent-a1"), record("portrait-a1")), Progress.NONE);
        assertEquals(MediaResult.Status.DONE, again.outcomes().get(0).status(), again.toString());
        assertEquals(MediaResult.Status.UNCHANGED, again.outcomes().get(1).status(), again.toString());
        Rendition after = renditions("silent-a1").get("360p");
        assertEquals(FileHash.sha256(file), after.sha256());
        assertNotEquals(0, after.size());
        try (var files = Files.list(catalog.mediaDir("silent-a1"))) {
            assertTrue(files.noneMatch(nl.vidcat.io.AtomicFiles::isTemp), "no temp file left");
        }
    }

    private static Profiles.Profile tiny(int crf) {
        return new Profiles.Profile("tiny", "a user's own profile", List.of(new Profiles.RenditionSpec("240p", 240, "mp4",
                new Profiles.VideoSpec("h264", "high", "superfast", crf, null, null, "yuv420p", 2.0, null),
                new Profiles.AudioSpec("aac", "64k", 48000, 2))));
    }

    @Test
    void userProfileAddsRenditionsAndAChangedRecipeRedoesThem() throws Exception {
        Transcoder t = new Transcoder(catalog, new Transcoder.Options(tiny(30), true, false, 1, Shard.ALL));
        MediaResult made = t.run(List.of(record("hd-a1")), Progress.NONE);
        assertEquals(MediaResult.Status.DONE, made.outcomes().get(0).status(), made.toString());
        Map<String, Rendition> r = renditions("hd-a1");
        assertEquals(List.of("240p", "360p", "720p"), List.copyOf(r.keySet()), "web renditions kept beside tiny's");
        assertWebVideo(r.get("240p"), 426, 240, 2.0);
        assertEquals(MediaResult.Status.UNCHANGED, t.run(List.of(record("hd-a1")), Progress.NONE).outcomes().get(0).status());

        MediaResult changed = new Transcoder(catalog, new Transcoder.Options(tiny(35), true, false, 1, Shard.ALL))
                .run(List.of(record("hd-a1")), Progress.NONE);
        assertEquals(MediaResult.Status.DONE, changed.outcomes().get(0).status(), "new settings: stale rendition redone");
        assertNotEquals(r.get("240p").recipe(), renditions("hd-a1").get("240p").recipe());
    }

    @Test
    void shardsSplitTheVideosWithoutOverlap() throws Exception {
        List<VideoRecord> all = catalog.records();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2; i++) {
            MediaResult part = new Transcoder(catalog, new Transcoder.Options(Profiles.builtIn().get("web"), true, false,
                    1, new Shard(i, 2))).run(all, Progress.NONE);
            for (MediaResult.Outcome o : part.outcomes()) {
                assertEquals(i, Shard.of(o.id(), 2), o.id());
                assertTrue(seen.add(o.id()), "in two shards: " + o.id());
            }
            assertEquals(all.size() - part.outcomes().size(), part.otherShards());
        }
        assertEquals(all.size(), seen.size());
    }

    @Test
    void commandReportsFailuresWithExitCodeOne() {
        int code = Main.run("--catalog", catalog.dir().toString(), "-q", "transcode", "corrupt-a1", "silent-a1");
        assertEquals(1, code);
        assertEquals(2, Main.run("--catalog", catalog.dir().toString(), "-q", "transcode", "--shard", "3/3"));
        assertEquals(2, Main.run("--catalog", catalog.dir().toString(), "-q", "transcode", "--profile", "nope"));
    }
}
