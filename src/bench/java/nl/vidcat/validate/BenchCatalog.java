package nl.vidcat.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nl.vidcat.model.AudioStream;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Origin;
import nl.vidcat.model.Problem;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.model.VideoStream;
import nl.vidcat.vocab.Normalizer;

/**
 * Generates the catalog bench/validate measures: N records written as ingest writes them (Json.pretty), with
 * realistic Dutch titles and descriptions over all subjects, about a third of them with one or more faults (from a
 * short title to a broken file), deterministic for a given N. Not a test.
 *
 * <p>Usage: {@code BenchCatalog DIR N}; prints the counts of what it made.
 */
public final class BenchCatalog {

    private record Topic(String subject, String goals, String[] titles, String[] words) {
    }

    private static final Topic[] TOPICS = {
        new Topic("wiskunde", "KD22, KD23", new String[] {"Breuken vereenvoudigen", "De stelling van Pythagoras",
            "Procenten berekenen met korting", "Grafieken tekenen en aflezen", "Vergelijkingen oplossen met de balans",
            "Oppervlakte van een cirkel"}, new String[] {"teller", "noemer", "formule", "som", "assenstelsel"}),
        new Topic("nederlands", "KD1, KD4", new String[] {"Werkwoordspelling: d of t", "Een betoog schrijven",
            "Samenvatten in vijf stappen", "Signaalwoorden herkennen", "Een zakelijke e-mail schrijven"},
            new String[] {"zinsdeel", "alinea", "persoonsvorm", "spelling", "tekstverband"}),
        new Topic("engels", "KD11, KD13", new String[] {"Present perfect uitgelegd", "Irregular verbs oefenen",
            "Een presentatie in het Engels", "Reading skills: skimmen en scannen"},
            new String[] {"grammatica", "woordenschat", "uitspraak", "leesvaardigheid"}),
        new Topic("biologie", "KD30, KD34", new String[] {"Fotosynthese in het blad", "De bloedsomloop van de mens",
            "Cellen onder de microscoop", "Erfelijkheid en DNA", "Het verteringsstelsel"},
            new String[] {"cel", "orgaan", "ecosysteem", "microscoop", "voedselketen"}),
        new Topic("geschiedenis", "KD37, KD39", new String[] {"De Tachtigjarige Oorlog in tien minuten",
            "De Gouden Eeuw en de VOC", "De Tweede Wereldoorlog in Nederland", "De Verlichting uitgelegd"},
            new String[] {"tijdvak", "bron", "oorzaak", "gevolg", "tijdlijn"}),
        new Topic("aardrijkskunde", "KD43, KD45", new String[] {"Hoe ontstaat een rivierdelta?",
            "Klimaatzones van de aarde", "Verstedelijking in de Randstad", "Aardbevingen en platentektoniek"},
            new String[] {"kaart", "klimaat", "landschap", "bevolking", "water"}),
        new Topic("lichamelijke opvoeding", "KD55, KD57", new String[] {"Een handstand leren", "Warming-up voor"
            + " hardlopen", "Basketbal: de lay-up", "Samen een dans maken"},
            new String[] {"beweging", "techniek", "samenwerken", "conditie"}),
    };
    private static final String[] SCHOOLS = {"Het Baken College", "Stedelijk Lyceum Zuid", "Montessori College Oost",
        "Christelijk College De Populier", "Scholengemeenschap Noordhoek"};
    private static final String[] MAKERS = {"Sanne", "Daan", "Emma", "Noah", "Fatima", "Liam", "Yara", "Sem"};
    private static final String[] LEVELS = {"vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "havo, vwo"};

    private BenchCatalog() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Catalog cat = Catalog.openOrCreate(dir);
        Normalizer normalizer = Normalizer.standard();
        int[] faults = IntStream.range(0, n).parallel().map(i -> write(cat, normalizer, i)).toArray();
        long faulty = IntStream.of(faults).filter(f -> f > 0).count();
        System.out.printf("generated %d records in %s: %d valid, %d with faults%n", n, cat.recordsDir(), n - faulty,
                faulty);
    }

    /** Writes record {@code i}; returns how many faults it got. */
    private static int write(Catalog cat, Normalizer n, int i) {
        // One record in a hundred repeats the title and school of the one before it: a duplicate to report.
        int like = i % 100 == 1 ? i - 1 : i;
        SplittableRandom pick = new SplittableRandom(like * 7919L + 17);
        Topic t = TOPICS[pick.nextInt(TOPICS.length)];
        String title = t.titles()[pick.nextInt(t.titles().length)] + " (deel " + (1 + like) + ")";
        String school = SCHOOLS[pick.nextInt(SCHOOLS.length)];
        SplittableRandom rnd = new SplittableRandom(i * 104729L + 3);
        String level = LEVELS[rnd.nextInt(LEVELS.length)];
        int year = 1 + rnd.nextInt(3);
        String description = "In deze video legt een leerling uit " + (year + 2) + " " + level.split(",")[0]
                + " stap voor stap uit: " + title.toLowerCase(java.util.Locale.ROOT) + ". Met voorbeelden over "
                + t.words()[rnd.nextInt(t.words().length)] + " en " + t.words()[rnd.nextInt(t.words().length)]
                + ", en aan het eind drie oefenvragen om jezelf te testen.";
        List<String> makers = List.of(MAKERS[rnd.nextInt(MAKERS.length)], MAKERS[rnd.nextInt(MAKERS.length)]);
        List<Problem> problems = new ArrayList<>();
        String subject = t.subject();
        String goals = t.goals();
        String licence = "CC BY-SA 4.0";
        Boolean consent = Boolean.TRUE;
        String years = String.valueOf(year);
        double seconds = 60 + rnd.nextInt(600);
        String status = null;
        boolean broken = false;
        int faults = 0;
        if (rnd.nextInt(3) == 0) { // a third of the records get 1-2 of the mistakes coordinators really make
            for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
                faults++;
                switch (rnd.nextInt(10)) {
                    case 0 -> title = "Uitleg";
                    case 1 -> subject = subject.substring(0, subject.length() - 1) + "a";
                    case 2 -> goals = goals + ", KD" + (60 + rnd.nextInt(30));
                    case 3 -> consent = null;
                    case 4 -> years = "6";
                    case 5 -> licence = "alle rechten voorbehouden";
                    case 6 -> seconds = 16 * 60 + rnd.nextInt(600);
                    case 7 -> description = "Korte uitleg.";
                    case 8 -> status = "klaar";
                    default -> broken = rnd.nextInt(4) == 0;
                }
            }
        }
        Metadata m = new Metadata(title, description, List.of(t.words()[0], t.words()[1]), n.subject(subject),
                n.levels(level), n.years(years, problems), n.goals(goals), "nl", n.licence(licence), school,
                "dhr. Jansen", makers, consent, "ondertitels/" + i + ".vtt");
        String id = RecordIds.slug(title) + "-" + String.format("%08x", i);
        VideoStream v = new VideoStream("h264", "High", 1920, 1080, 25.0, 8, "yuv420p", 0, false);
        SourceFile s = new SourceFile(t.subject() + "/" + id + ".mp4", "media/" + id + "/source.mp4",
                20_000_000L + rnd.nextInt(200_000_000), "%064x".formatted(i), "mov,mp4,m4a,3gp,3g2,mj2", seconds, v,
                new AudioStream("aac", 2, 48000), List.of(), null);
        VideoRecord r = new VideoRecord(VideoRecord.SCHEMA_VERSION, id, m, s, new Origin("metadata.csv", 2 + i),
                Media.EMPTY, ReviewStatus.DRAFT, List.of(), problems, RecordFixtures.T0, RecordFixtures.T0);
        String json = new String(Json.pretty(r), StandardCharsets.UTF_8);
        if (status != null) {
            json = json.replace("\"status\" : \"draft\"", "\"status\" : \"" + status + "\"");
        }
        if (broken) {
            json = json.substring(0, json.length() / 2); // an editor crash in the middle of a save
        }
        try {
            Files.writeString(cat.recordFile(id), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return faults;
    }
}
