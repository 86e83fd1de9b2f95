package nl.vidcat.model;

import java.time.Instant;
import java.util.List;
import nl.vidcat.vocab.Normalizer;

/**
 * Realistic records for tests of every stage, built through the same normalizer ingest uses.
 *
 * <p>Test data comes from {@code XxxFixtures} classes of static factories: one per package for its own tests, named
 * after the package, and shared ones named after what they make ({@code RecordFixtures}, {@code VideoFixtures}).
 * Runners (CliRun, ChildVidcat) and assertion helpers keep names of their own.
 */
public final class RecordFixtures {

    public static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private RecordFixtures() {
    }

    /** A valid, approved-ready havo-1 wiskunde record with consent, a 720p-capable source and no media yet. */
    public static VideoRecord sample(String id) {
        return sample(id, "Breuken vereenvoudigen", "wiskunde", "havo", "1", "KD22, KD23");
    }

    public static VideoRecord sample(String id, String title, String subject, String levels, String years, String goals) {
        Normalizer n = Normalizer.standard();
        List<Problem> problems = new java.util.ArrayList<>();
        Metadata m = new Metadata(
                title,
                "Een leerling uit havo 4 legt stap voor stap uit hoe je een breuk vereenvoudigt door teller en noemer"
                        + " door hun grootste gemene deler te delen.",
                List.of("breuken", "vereenvoudigen", "ggd"),
                n.subject(subject),
                n.levels(levels),
                n.years(years, problems),
                n.goals(goals),
                "nl",
                n.licence("CC BY-SA 4.0"),
                "Het Baken College",
                "mw. De Vries",
                List.of("Sanne", "Daan"),
                Boolean.TRUE,
                null);
        VideoStream v = new VideoStream("h264", "High", 1280, 720, 25.0, 8, "yuv420p", 0, false);
        AudioStream a = new AudioStream("aac", 2, 48000);
        SourceFile s = new SourceFile("wiskunde/" + id + ".mp4", "media/" + id + "/source.mp4", 1_234_567L,
                "0".repeat(64), "mov,mp4,m4a,3gp,3g2,mj2", 95.0, v, a, List.of(), null);
        return new VideoRecord(VideoRecord.SCHEMA_VERSION, id, m, s, new Origin("metadata.csv", 2), Media.EMPTY,
                ReviewStatus.DRAFT, List.of(), problems, T0, T0);
    }

    /** Writes a record file's keywords as one text ("a, b"), the way a hand edit goes wrong. */
    public static void keywordsAsText(java.nio.file.Path recordFile) throws java.io.IOException {
        String json = java.nio.file.Files.readString(recordFile);
        String broken = json.replaceFirst("\"keywords\" : \\[[^\\]]*\\]", "\"keywords\" : \"a, b\"");
        if (broken.equals(json)) {
            throw new IllegalStateException("no keywords list in " + recordFile);
        }
        java.nio.file.Files.writeString(recordFile, broken);
    }

    /** Cuts a record file off in its middle, as a full disk or a bad copy does. */
    public static void cutOff(java.nio.file.Path recordFile) throws java.io.IOException {
        byte[] all = java.nio.file.Files.readAllBytes(recordFile);
        java.nio.file.Files.write(recordFile, java.util.Arrays.copyOf(all, all.length / 2));
    }
}
