package nl.vidcat.media;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.io.Json;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;

/**
 * Puts generated clips into a catalog as ingest would (media/<id>/source.<ext> plus a probed record).
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
final class MediaFixtures {

    private MediaFixtures() {
    }

    static VideoRecord add(Catalog c, String id, Path clip, Path subtitles) throws Exception {
        String name = clip.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        Path stored = c.mediaDir(id).resolve("source." + ext);
        Files.createDirectories(stored.getParent());
        Files.copy(clip, stored);
        String subs = null;
        if (subtitles != null) {
            String sn = subtitles.getFileName().toString();
            Path s = c.mediaDir(id).resolve("source" + sn.substring(sn.lastIndexOf('.')));
            Files.copy(subtitles, s);
            subs = c.relativize(s);
        }
        SourceFile src;
        try {
            Prober.Probe p = Prober.probe(stored);
            src = new SourceFile(name, c.relativize(stored), Files.size(stored), FileHash.sha256(stored), p.container(),
                    p.durationSeconds(), p.video(), p.audio(), p.locationTags(), subs);
        } catch (ProbeException e) {
            // a file that went bad after ingest: keep the facts ingest would have had
            VideoRecord sample = RecordFixtures.sample(id);
            src = new SourceFile(name, c.relativize(stored), Files.size(stored), FileHash.sha256(stored),
                    "mov,mp4,m4a,3gp,3g2,mj2", 2.0, sample.source().video(), sample.source().audio(), List.of(), subs);
        }
        VideoRecord r = RecordFixtures.sample(id).withSource(src, RecordFixtures.T0);
        c.save(r);
        return r;
    }

    /** ffprobe's view of a file (format + streams, JSON), independent of vidcat's own prober. */
    static JsonNode ffprobe(Path file) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-show_format", "-show_streams", "-of", "json",
                file.toString()));
        Process p = FFmpeg.probeCommand(args).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        return Json.mapper().readTree(out);
    }
}
