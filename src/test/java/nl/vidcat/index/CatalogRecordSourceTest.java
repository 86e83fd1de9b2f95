package nl.vidcat.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.index.RecordSource.Loaded;
import nl.vidcat.index.RecordSource.Scanned;
import nl.vidcat.index.SubtitleCues.Cue;
import nl.vidcat.validate.CatalogFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which subtitle text a record's document gets: the media stage's WebVTT, else the sidecar as the school gave it. */
class CatalogRecordSourceTest {

    @TempDir
    Path tmp;

    private static VideoRecord withSidecar(Catalog c, VideoRecord r, String name, byte[] bytes) throws Exception {
        Path file = c.mediaDir(r.id()).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        SourceFile s = r.source();
        return r.withSource(new SourceFile(s.originalPath(), s.file(), s.size(), s.sha256(), s.container(),
                s.durationSeconds(), s.video(), s.audio(), s.locationTags(), c.relativize(file)), RecordFixtures.T0);
    }

    private static Loaded load(Catalog c, String id) throws Exception {
        CatalogRecordSource src = new CatalogRecordSource(c, CatalogFindings.of(c, Progress.NONE), new byte[]{1});
        Scanned s = src.scan(Progress.NONE).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return src.load(s);
    }

    @Test
    void sidecarIsReadWhenNoMediaStageRan() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("c"));
        VideoRecord r = RecordFixtures.sample("breuken-aaaa0001");
        byte[] srt = "1\r\n00:00:05,000 --> 00:00:07,500\r\nDe noemer wordt gelijknamig gemaakt.\r\n"
                .getBytes(Charset.forName("windows-1252"));
        IndexFixtures.save(c, withSidecar(c, r, "source.srt", srt));
        assertEquals(List.of(new Cue(5000, 7500, "De noemer wordt gelijknamig gemaakt.")),
                load(c, r.id()).cues());
    }

    @Test
    void theMediaStagesWebVttInTheRecordsLanguageWins() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("c"));
        VideoRecord r = withSidecar(c, RecordFixtures.sample("breuken-aaaa0001"), "source.srt",
                "1\n00:00:01,000 --> 00:00:02,000\nuit het sidecar-bestand\n".getBytes(StandardCharsets.UTF_8));
        Path dir = c.mediaDir(r.id());
        Files.writeString(dir.resolve("subtitles.en.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nin English\n");
        Files.writeString(dir.resolve("subtitles.nl.vtt"), "WEBVTT\n\n00:00:03.000 --> 00:00:04.000\nin het Nederlands\n");
        r = r.withMedia(r.media().withSubtitles(List.of(
                new SubtitleTrack(c.relativize(dir.resolve("subtitles.en.vtt")), "en", "a".repeat(64)),
                new SubtitleTrack(c.relativize(dir.resolve("subtitles.nl.vtt")), "nl", "b".repeat(64)))),
                RecordFixtures.T0);
        IndexFixtures.save(c, r);
        assertEquals("nl", r.metadata().language());
        assertEquals(List.of(new Cue(3000, 4000, "in het Nederlands")), load(c, r.id()).cues());
    }

    @Test
    void changedSubtitleContentChangesTheRecordHash() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("c"));
        VideoRecord r = withSidecar(c, RecordFixtures.sample("breuken-aaaa0001"), "source.vtt",
                "WEBVTT\n\n00:01.000 --> 00:02.000\neen\n".getBytes(StandardCharsets.UTF_8));
        IndexFixtures.save(c, r);
        byte[] before = load(c, r.id()).hash();
        assertArrayEquals(before, load(c, r.id()).hash(), "stable while nothing changes");
        Files.writeString(c.resolve(r.source().subtitlesFile()), "WEBVTT\n\n00:01.000 --> 00:02.000\ntwee\n");
        assertFalse(java.util.Arrays.equals(before, load(c, r.id()).hash()));
    }

    @Test
    void unreadableSubtitlesStillIndexTheRecordWithAWarning() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("c"));
        VideoRecord r = withSidecar(c, RecordFixtures.sample("breuken-aaaa0001"), "source.srt", new byte[0]);
        IndexFixtures.save(c, r);
        Files.delete(c.resolve(r.source().subtitlesFile()));
        CatalogRecordSource src = new CatalogRecordSource(c, CatalogFindings.of(c, Progress.NONE), new byte[]{1});
        Loaded l = src.load(src.scan(Progress.NONE).get(0));
        assertEquals(List.of(), l.cues());
        assertTrue(src.warnings().get(0).contains("unreadable"), src.warnings().toString());
    }
}
