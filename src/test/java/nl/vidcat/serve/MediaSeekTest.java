package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real MP4 played from /media by a real client: ffmpeg seeks in it over HTTP with byte ranges. */
class MediaSeekTest {

    private static final String ID = "breuken-vereenvoudigen-a52bdd51";

    @TempDir
    Path tmp;

    @Test
    void ffmpegSeeksIntoAnMp4WhoseIndexIsAtTheEnd() throws IOException {
        // without +faststart the moov box follows the media data, and noise keeps the data large (megabytes): a
        // player must jump to the end of the file for the index, then back to the frame it seeks
        Path clip = tmp.resolve("clip.mp4");
        VideoFixtures.ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=2", "-vf",
                "noise=alls=60:allf=t", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "4", "-g", "25",
                clip.toString());
        try (MediaCatalog m = new MediaCatalog(tmp)) {
            m.add(ID, true);
            Path rendition = m.file(ID, "web-720p.mp4");
            Files.copy(clip, rendition, StandardCopyOption.REPLACE_EXISTING);
            List<String> ranges = new CopyOnWriteArrayList<>();
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            try (ServeFixtures counting = ServeFixtures.start(Map.of("/media", ex -> {
                ranges.add(String.valueOf(ex.getRequestHeaders().getFirst("Range")));
                m.handler.handle(ex);
                statuses.add(ex.getResponseCode());
            }))) {
                String url = counting.base() + "/media/" + ID + "/web-720p.mp4";
                Path frame = tmp.resolve("frame.png");
                VideoFixtures.ffmpeg("-ss", "1.5", "-i", url, "-frames:v", "1", frame.toString());
                assertTrue(Files.size(frame) > 0);
                awaitAllAnswered(ranges, statuses);
            }
            // ffmpeg dropped the first response mid-file: its handler ended and closed the file
            assertEquals(0, openHandles(rendition), "file handles left open");
            long size = Files.size(rendition);
            // the jump to the index in the second half of the file, answered with that part
            assertTrue(ranges.stream().anyMatch(r -> r.matches("bytes=[0-9]+-")
                    && Long.parseLong(r.substring(6, r.length() - 1)) > size / 2), ranges.toString());
            assertTrue(statuses.contains(206), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 206), statuses.toString());

            byte[] all = Files.readAllBytes(rendition);
            int mid = (int) (size / 2);
            RawHttp.Response part = m.get("/media/" + ID + "/web-720p.mp4", "Range: bytes=" + mid + "-");
            assertEquals(206, part.status());
            assertArrayEquals(Arrays.copyOfRange(all, mid, all.length), part.body());
            assertArrayEquals(all, m.get("/media/" + ID + "/web-720p.mp4").body());
        }
    }

    private static void awaitAllAnswered(List<String> asked, List<Integer> answered) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (answered.size() < asked.size() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        assertEquals(asked.size(), answered.size(), "every request's handler returned");
    }

    /** How many of this process's file descriptors are open on {@code file} (needs Linux's /proc). */
    private static long openHandles(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        Assumptions.assumeTrue(Files.isDirectory(fds), "needs /proc");
        Path real = file.toRealPath();
        try (var s = Files.list(fds)) {
            return s.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
