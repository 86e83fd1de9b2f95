package nl.vidcat.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.vidcat.index.Indexer;
import nl.vidcat.media.VideoFixtures;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Poster;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.Rendition;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.Catalog;

/**
 * A catalog for the search API and page: published records next to records the export would not publish (a draft,
 * one without the makers' consent), each of the hidden ones with words, a subject and a kerndoel of its own, so a
 * leak shows as a hit, a facet value or a did-you-mean word. Media files are stand-ins unless made playable.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
final class SearchFixtures {

    static final String OPTELLEN = "breuken-optellen-aaaa0001";
    static final String VEREENVOUDIGEN = "breuken-vereenvoudigen-aaaa0002";
    static final String FOTOSYNTHESE = "fotosynthese-aaaa0003";
    static final String SCRIPT = "titel-met-code-aaaa0004";
    /** A draft: not published. */
    static final String DRAFT = "kwadrateren-aaaa0005";
    /** Approved, but its makers gave no consent: the export leaves it out. */
    static final String NO_CONSENT = "zuren-en-basen-aaaa0006";
    static final Set<String> PUBLISHED = Set.of(OPTELLEN, VEREENVOUDIGEN, FOTOSYNTHESE, SCRIPT);
    static final String SCRIPT_TITLE = "<script>document.body.dataset.pwned='1'</script> Breuken <img src=x onerror=alert(1)>";

    static final String VTT = """
            WEBVTT

            00:00:00.000 --> 00:00:02.000
            Hoi! Vandaag leggen we uit hoe je breuken optelt.

            00:00:02.000 --> 00:00:04.000
            Eerst maak je de noemers gelijk, dat heet gelijknamig maken.
            """;

    private SearchFixtures() {
    }

    /** The catalog with its index built. */
    static Catalog catalog(Path dir) throws IOException {
        Catalog c = Catalog.openOrCreate(dir);
        save(c, approved(RecordFixtures.sample(OPTELLEN, "Breuken optellen", "wiskunde", "havo", "1", "KD22"),
                "Hoe je twee breuken optelt door ze eerst gelijknamig te maken."), true);
        save(c, approved(RecordFixtures.sample(VEREENVOUDIGEN, "Breuken vereenvoudigen", "wiskunde", "vwo", "2",
                "KD22, KD23"), "Teller en noemer delen door de grootste gemene deler."), true);
        save(c, approved(RecordFixtures.sample(FOTOSYNTHESE, "Fotosynthese in het blad", "biologie", "havo", "2",
                "KD34"), "Hoe planten met licht suiker maken."), false);
        save(c, approved(RecordFixtures.sample(SCRIPT, SCRIPT_TITLE, "informatica", "havo", "1", "KD20"),
                "Beschrijving <b>vet</b> & \"quotes\" over breuken."), false);
        VideoRecord draft = RecordFixtures.sample(DRAFT, "Kwadrateren van breuken", "natuurkunde", "vmbo-gt", "3", "KD31");
        save(c, describe(draft, "Geheime kwadrateren-uitleg die nog niet af is."), false);
        VideoRecord noConsent = approved(RecordFixtures.sample(NO_CONSENT, "Zuren en basen", "scheikunde", "havo", "3",
                "KD32"), "Zuren en basen met breuken neutraliseren.");
        save(c, noConsent.withMetadata(noConsent.metadata().toBuilder().consent(Boolean.FALSE).build(),
                noConsent.origin(), RecordFixtures.T0), false);
        index(c);
        return c;
    }

    static void index(Catalog c) throws IOException {
        new Indexer().index(c, new Indexer.Options(false, false), Progress.NONE);
    }

    static VideoRecord approved(VideoRecord r, String description) {
        return describe(r, description).withStatus(ReviewStatus.APPROVED, RecordFixtures.T0);
    }

    private static VideoRecord describe(VideoRecord r, String description) {
        Metadata m = r.metadata().toBuilder().description(description).build();
        return r.withMetadata(m, r.origin(), RecordFixtures.T0);
    }

    /**
     * Saves a record with stand-ins for its source and, when {@code media}, a poster, a 720p and a 360p rendition
     * and Dutch subtitles, laid out as the media stage does.
     */
    static void save(Catalog c, VideoRecord r, boolean media) throws IOException {
        Path dir = c.mediaDir(r.id());
        Files.createDirectories(dir);
        Files.write(c.resolve(r.source().file()), new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p'});
        if (media) {
            for (String f : List.of("720p.mp4", "360p.mp4", "poster.jpg")) {
                Files.write(dir.resolve(f), new byte[]{1, 2, 3});
            }
            Files.writeString(dir.resolve("subtitles.nl.vtt"), VTT, StandardCharsets.UTF_8);
            r = withMedia(r, "720p.mp4");
        }
        c.save(r);
    }

    /** The record's media block naming {@code rendition} (720p), a 360p one, the poster and the subtitles. */
    static VideoRecord withMedia(VideoRecord r, String rendition) throws IOException {
        String base = "media/" + r.id() + "/";
        Media m = Media.EMPTY.withRenditions(List.of(
                        new Rendition("360p", "web-360p", base + "360p.mp4", 640, 360, "h264", "Main", "yuv420p", "aac",
                                4.0, 3, 400_000, "b".repeat(64), false, true),
                        new Rendition("720p", "web-720p", base + rendition, 1280, 720, "h264", "High", "yuv420p", "aac",
                                4.0, 3, 1_000_000, "b".repeat(64), false, true)))
                .withPoster(new Poster(base + "poster.jpg", null, 1.0, 0.8, 1280, 720), null)
                .withSubtitles(List.of(new SubtitleTrack(base + "subtitles.nl.vtt", "nl", "c".repeat(64))));
        return r.withMedia(m, RecordFixtures.T0);
    }

    /** Makes a record's renditions real, playable H.264 clips of {@code seconds}, and its poster a frame of them. */
    static void playable(Catalog c, String id, double seconds) throws IOException {
        Path dir = c.mediaDir(id);
        VideoFixtures.clip(dir.resolve("720p.mp4"), 1280, 720, seconds, true);
        VideoFixtures.clip(dir.resolve("360p.mp4"), 640, 360, seconds, true);
        Files.delete(dir.resolve("poster.jpg"));
        VideoFixtures.ffmpeg("-ss", "1", "-i", dir.resolve("360p.mp4").toString(), "-frames:v", "1",
                dir.resolve("poster.jpg").toString());
    }
}
