package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.model.Media;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links a search hit offers are what {@code /media} serves, also after the record's files change under a running
 * serve: links are kept per record only while neither the record nor its media folder changed.
 */
class MediaLinksTest {

    private static final String ID = "breuken-optellen-aaaa0001";
    private static final String BASE = "/media/" + ID + "/";
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-05T08:00:00Z"));

    @TempDir
    Path tmp;
    private Catalog catalog;
    private VideoRecord record;
    private Path dir;
    private MediaLinks links;

    @BeforeEach
    void catalog() throws IOException {
        catalog = Catalog.openOrCreate(tmp.resolve("cat"));
        record = SearchFixtures.approved(RecordFixtures.sample(ID), "Breuken optellen.");
        SearchFixtures.save(catalog, record, true);
        record = catalog.find(ID).orElseThrow();
        dir = catalog.mediaDir(ID);
        links = new MediaLinks(catalog.layout());
    }

    /** Sets the folder's time back, as if it had not changed for months (a just-changed folder is never kept). */
    private void settle() throws IOException {
        Files.setLastModifiedTime(dir, LONG_AGO);
    }

    private List<String> urls() {
        MediaLinks.Links l = links.of(ID);
        return Stream.concat(Stream.concat(Stream.ofNullable(l.poster()), l.videos().stream().map(MediaLinks.Video::url)),
                l.subtitles().stream().map(MediaLinks.Track::url)).toList();
    }

    @Test
    void linksEveryDerivedFileAndKeepsThemWhileNothingChanges() throws IOException {
        settle();
        MediaLinks.Links first = links.of(ID);
        assertEquals(List.of(BASE + "poster.jpg", BASE + "720p.mp4", BASE + "360p.mp4", BASE + "subtitles.nl.vtt"),
                urls());
        assertSame(first, links.of(ID), "unchanged record and folder: the links made before");
    }

    @Test
    void aRemovedOrAddedFileShowsAtOnce() throws IOException {
        settle();
        assertEquals(4, urls().size());
        Files.delete(dir.resolve("360p.mp4"));
        assertEquals(List.of(BASE + "poster.jpg", BASE + "720p.mp4", BASE + "subtitles.nl.vtt"), urls());
        settle();
        Files.write(dir.resolve("360p.mp4"), new byte[]{1, 2, 3});
        assertEquals(4, urls().size(), "a folder changed since the last look is looked at again");
    }

    @Test
    void aFolderChangedTwiceWithinOneTimeStampIsNotTrustedByItsTime() throws IOException {
        FileTime recent = FileTime.from(Instant.now().plusSeconds(3600)); // beyond doubt "just changed"
        Files.setLastModifiedTime(dir, recent);
        assertEquals(4, urls().size());
        Files.delete(dir.resolve("360p.mp4"));
        Files.setLastModifiedTime(dir, recent); // a second change inside a coarse clock's tick: the time stays
        assertEquals(3, urls().size());
    }

    @Test
    void neverLinksALinkOrASecondNameOfTheOriginal() throws IOException {
        settle();
        assertEquals(4, urls().size());
        Path elsewhere = Files.write(tmp.resolve("elsewhere.mp4"), new byte[]{9});
        Files.delete(dir.resolve("720p.mp4"));
        Files.createSymbolicLink(dir.resolve("720p.mp4"), elsewhere);
        Files.delete(dir.resolve("360p.mp4"));
        Files.createLink(dir.resolve("360p.mp4"), catalog.resolve(record.source().file()));
        assertEquals(List.of(BASE + "poster.jpg", BASE + "subtitles.nl.vtt"), urls());
    }

    @Test
    void followsAnEditedRecord() throws IOException {
        settle();
        assertNotNull(links.of(ID).poster());
        Media m = record.media();
        catalog.save(record.withMedia(new Media(m.renditions(), null, m.storyboard(), m.subtitles(), m.loudness()),
                RecordFixtures.T0));
        assertNull(links.of(ID).poster(), "the record no longer names a poster");
        assertEquals(3, urls().size());
    }

    @Test
    void aRecordWithoutMediaFolderStillSaysItsLanguage() throws IOException {
        nl.vidcat.io.AtomicFiles.deleteTree(dir);
        MediaLinks.Links l = links.of(ID);
        assertEquals("nl", l.language());
        assertEquals(List.of(), urls());
        SearchFixtures.save(catalog, record, true); // the media stage made them after all
        assertEquals(4, urls().size());
    }

    @Test
    void aFolderThatBecameALinkOffersNothing() throws IOException {
        settle();
        assertEquals(4, urls().size());
        Path moved = Files.move(dir, tmp.resolve("moved"));
        Files.createSymbolicLink(dir, moved);
        assertEquals(List.of(), urls());
    }
}
