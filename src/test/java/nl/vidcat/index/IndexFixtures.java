package nl.vidcat.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Normalizer;

/**
 * A small catalog of realistic records for the index tests.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
final class IndexFixtures {

    static final String VTT = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            Hoi! Vandaag leggen we uit hoe je breuken optelt.

            00:01:23.500 --> 00:01:27.000
            Eerst maak je de <b>noemers</b> gelijk, dat heet gelijknamig maken.

            00:02:10.000 --> 00:02:14.250
            Daarna tel je de tellers bij elkaar op.
            """;

    private IndexFixtures() {
    }

    static VideoRecord record(String id, String title, String description, String keywords, String subject,
                              String levels, String years, String goals) {
        VideoRecord base = RecordFixtures.sample(id, title, subject, levels, years, goals);
        Metadata m = base.metadata();
        Metadata changed = m.toBuilder().title(title).description(description).keywords(Normalizer.splitList(keywords))
                .subtitles(null).build();
        return base.withMetadata(changed, base.origin(), RecordFixtures.T0);
    }

    static VideoRecord withSubtitles(Catalog c, VideoRecord r, String vtt) throws IOException {
        Path file = c.mediaDir(r.id()).resolve("subtitles.nl.vtt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, vtt, StandardCharsets.UTF_8);
        return r.withMedia(r.media().withSubtitles(List.of(new SubtitleTrack(c.relativize(file), "nl", null))),
                RecordFixtures.T0);
    }

    /**
     * Saves a record with a stand-in for its source video: the validator checks that the files a record points at
     * exist (media.missing), the index never opens them.
     */
    static void save(Catalog c, VideoRecord r) throws IOException {
        if (r.source() != null && r.source().file() != null) {
            Path video = c.resolve(r.source().file());
            Files.createDirectories(video.getParent());
            Files.write(video, new byte[]{0});
        }
        c.save(r);
    }

    /** Six records over three subjects, one with subtitles, one invalid (unknown subject). */
    static Catalog standard(Path dir) throws IOException {
        Catalog c = Catalog.openOrCreate(dir);
        save(c, withSubtitles(c, record("breuken-optellen-aaaa0001", "Breuken optellen",
                "Een leerling laat zien hoe je twee breuken optelt door eerst gelijknamig te maken.",
                "breuken, optellen, gelijknamig", "wiskunde", "havo", "1", "KD22"), VTT));
        save(c, record("breuken-vereenvoudigen-aaaa0002", "Breuken vereenvoudigen",
                "Teller en noemer delen door de grootste gemene deler.", "breuken, ggd", "wiskunde", "vwo", "1", "KD22, KD23"));
        save(c, record("fotosynthese-aaaa0003", "Fotosynthese in het blad",
                "Hoe planten met licht suiker maken: een geïntegreerd practicum.", "planten, licht", "biologie", "havo", "2", "KD34"));
        save(c, record("salto-aaaa0004", "De salto achterover",
                "Veilig leren springen in de gymzaal met hulpverlening.", "turnen, springen", "lichamelijke opvoeding", "vmbo-gt", "1", "KD55"));
        save(c, record("kaartlezen-aaaa0005", "Kaartlezen met de atlas",
                "Breedtegraad en lengtegraad vinden op de kaart.", "atlas, kaart", "aardrijkskunde", "havo", "1", "KD38"));
        save(c, record("geheim-aaaa0006", "Breuken met een onbekend vak",
                "Dit record heeft een vak dat niet bestaat.", "breuken", "toverkunde", "havo", "1", "KD22"));
        return c;
    }
}
