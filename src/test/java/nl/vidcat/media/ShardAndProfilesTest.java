package nl.vidcat.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.io.VidcatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure parts of the media options: shards, threads per job, profile files. No encoding. */
class ShardAndProfilesTest {

    @Test
    void everyIdBelongsToExactlyOneShardAndShardsAreEven() {
        int[] perShard = new int[4];
        for (int i = 0; i < 4000; i++) {
            String id = "video-" + i + "-a1b2c3d4";
            int owners = 0;
            for (int s = 0; s < 4; s++) {
                if (new Shard(s, 4).contains(id)) {
                    owners++;
                    perShard[s]++;
                }
            }
            assertEquals(1, owners, id);
            assertTrue(Shard.ALL.contains(id));
        }
        for (int n : perShard) {
            assertTrue(n > 850 && n < 1150, "uneven shards: " + java.util.Arrays.toString(perShard));
        }
    }

    @Test
    void shardOfAnIdNeverChanges() {
        // First 8 bytes of SHA-256(id), big-endian, >>> 1, mod N: machines with any JVM must agree on this.
        assertEquals(3, Shard.of("kaart-lezen-met-de-schaal-1e2134bd", 4));
        assertEquals(4, Shard.of("kaart-lezen-met-de-schaal-1e2134bd", 7));
        assertEquals(1, Shard.of("a", 4));
    }

    @Test
    void shardOptionIsParsedOrRejectedAsUsageError() {
        assertEquals(new Shard(2, 5), Shard.parse(" 2/5 "));
        assertEquals(Shard.ALL, Shard.parse(null));
        for (String bad : List.of("5/5", "-1/3", "1/0", "a/b", "1", "1/2/3")) {
            VidcatException e = assertThrows(VidcatException.class, () -> Shard.parse(bad), bad);
            assertEquals(2, e.exitCode(), bad);
        }
    }

    @Test
    void shardsLockSharedSoExclusiveWritersWait(@TempDir Path dir) throws Exception {
        Catalog c = Catalog.openOrCreate(dir.resolve("cat"));
        try (CatalogLock shard = c.lockShared("transcode", Duration.ZERO)) {
            VidcatException busy = assertThrows(VidcatException.class, () -> c.lock("ingest", Duration.ZERO));
            assertEquals(2, busy.exitCode());
        }
        try (CatalogLock ingest = c.lock("ingest", Duration.ZERO)) {
            VidcatException busy = assertThrows(VidcatException.class, () -> c.lockShared("transcode", Duration.ZERO));
            assertTrue(busy.getMessage().contains("ingest"), "names the holder: " + busy.getMessage());
        }
    }

    @Test
    void parallelJobsShareTheCoresInsteadOfOversubscribing() {
        assertEquals(0, Transcoder.threadsPerJob(1, 8), "one job: ffmpeg sizes its own pools");
        assertEquals(2, Transcoder.threadsPerJob(4, 8));
        assertEquals(1, Transcoder.threadsPerJob(16, 8));
    }

    @Test
    void builtInProfilesHaveTheDocumentedWebDefault() {
        Profiles.Profile web = Profiles.builtIn().get(Profiles.DEFAULT);
        assertEquals(List.of("720p", "360p"), web.renditions().stream().map(Profiles.RenditionSpec::name).toList());
        for (Profiles.RenditionSpec r : web.renditions()) {
            assertEquals("mp4", r.format());
            assertEquals("h264", r.video().codec());
            assertEquals("high", r.video().profile());
            assertEquals("yuv420p", r.video().pixelFormat());
            assertEquals("aac", r.audio().codec());
            assertEquals(48000, r.audio().sampleRate());
            assertEquals(2, r.audio().channels());
            assertEquals("128k", r.audio().bitrate());
        }
        assertTrue(Profiles.builtIn().names().containsAll(List.of("web", "web-hd", "webm")));
    }

    @Test
    void usersAddAndReplaceProfilesWithoutCodeChanges(@TempDir Path cat) throws Exception {
        Files.writeString(cat.resolve("profiles.json"), """
                {"version": 1, "profiles": {
                  "tiny": {"description": "catalog's own", "renditions": [{"name": "240p", "size": 240, "format": "mp4",
                    "video": {"codec": "h264", "profile": "high", "preset": "superfast", "crf": 30},
                    "audio": {"codec": "aac", "bitrate": "64k", "sampleRate": 48000, "channels": 2}}]}}}
                """);
        Path extra = cat.resolve("extra.json");
        Files.writeString(extra, """
                {"version": 1, "profiles": {
                  "web": {"description": "replaced", "renditions": [{"name": "480p", "size": 480, "format": "webm",
                    "video": {"codec": "vp9", "crf": 34},
                    "audio": {"codec": "opus", "bitrate": "96k", "sampleRate": 48000, "channels": 2}}]}}}
                """);
        Profiles p = Profiles.load(cat, extra);
        assertEquals(240, p.get("tiny").renditions().get(0).size());
        assertEquals("replaced", p.get("web").description());
        assertEquals("vp9", p.get("web").renditions().get(0).video().codec());
        assertEquals("720p", Profiles.load(cat, null).get("web").renditions().get(0).name(), "built-in without --profiles-file");
    }

    @Test
    void badProfileFilesAreUsageErrorsWithTheReason(@TempDir Path cat) throws Exception {
        Path f = cat.resolve("p.json");
        for (String[] c : List.of(
                new String[] {"{not json", "cannot read"},
                new String[] {"{\"version\": 9, \"profiles\": {}}", "version 9"},
                new String[] {"{\"version\": 1, \"profiles\": {\"x\": {\"renditions\": []}}}", "no renditions"},
                new String[] {"{\"version\": 1, \"profiles\": {\"x\": {\"renditions\": [{\"name\": \"a\", \"size\": 333,"
                        + " \"format\": \"mp4\", \"video\": {\"codec\": \"h264\", \"crf\": 23}, \"audio\": {\"codec\": \"aac\","
                        + " \"bitrate\": \"1k\", \"sampleRate\": 48000, \"channels\": 2}}]}}}", "even"},
                new String[] {"{\"version\": 1, \"profiles\": {\"x\": {\"renditions\": [{\"name\": \"a\", \"size\": 360,"
                        + " \"format\": \"webm\", \"video\": {\"codec\": \"h264\", \"crf\": 23}, \"audio\": {\"codec\": \"aac\","
                        + " \"bitrate\": \"1k\", \"sampleRate\": 48000, \"channels\": 2}}]}}}", "WebM"},
                new String[] {"{\"version\": 1, \"profiles\": {\"x\": {\"renditions\": [{\"name\": \"a\", \"size\": 360,"
                        + " \"format\": \"mp4\", \"video\": {\"codec\": \"h264\", \"profile\": \"high\", \"preset\": \"ultrafast\","
                        + " \"crf\": 23}, \"audio\": {\"codec\": \"aac\", \"bitrate\": \"1k\", \"sampleRate\": 48000,"
                        + " \"channels\": 2}}]}}}", "ultrafast"})) {
            Files.writeString(f, c[0]);
            VidcatException e = assertThrows(VidcatException.class, () -> Profiles.load(cat, f), c[0]);
            assertEquals(2, e.exitCode());
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        VidcatException missing = assertThrows(VidcatException.class, () -> Profiles.load(cat, cat.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("does not exist"));
        assertThrows(VidcatException.class, () -> Profiles.builtIn().get("nope"));
    }
}
