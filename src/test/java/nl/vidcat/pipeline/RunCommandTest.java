package nl.vidcat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.cli.CliRun;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vidcat run} as a coordinator uses it: the whole job, reruns that only do new work, bad files reported. */
@Tag("slow")
class RunCommandTest {

    @TempDir
    Path tmp;

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    /** done/skipped/failed of a stage from the summary table. */
    private static long[] stage(CliRun.Result r, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)").matcher(r.out());
        assertTrue(m.find(), "no '" + name + "' line in:\n" + r.out());
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    private static String row(String file, String title) {
        return file + ";" + title + ";Een leerling legt stap voor stap uit hoe je dit doet, met een voorbeeld uit de les."
                + ";wiskunde;havo;1;KD22;CC BY-SA 4.0;nl;Het Baken College;;ja\n";
    }

    private static final String HEADER =
            "bestand;titel;beschrijving;vak;niveau;leerjaar;kerndoelen;licentie;taal;school;makers;toestemming\n";

    @Test
    void rerunAfterAddingThreeVideosWorksOnlyOnThoseThree() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder sheet = new StringBuilder(HEADER);
        for (int i = 0; i < 2; i++) {
            VideoFixtures.clip(in.resolve("les-" + i + ".mp4"), 320 + 32 * i, 240, 1, true);
            sheet.append(row("les-" + i + ".mp4", "Breuken les " + i));
        }
        Files.writeString(in.resolve("m.csv"), sheet);
        String cat = tmp.resolve("catalog").toString();
        CliRun.Result first = run("run", in.toString(), "--catalog", cat, "-q");
        assertEquals(2, stage(first, "transcode")[0], first.out());
        assertEquals(2, stage(first, "thumbnails")[0], first.out());

        for (int i = 2; i < 5; i++) {
            VideoFixtures.clip(in.resolve("les-" + i + ".mp4"), 320 + 32 * i, 240, 1, true);
            sheet.append(row("les-" + i + ".mp4", "Breuken les " + i));
        }
        Files.writeString(in.resolve("m.csv"), sheet);
        CliRun.Result second = run("run", in.toString(), "--catalog", cat, "-q");
        assertEquals(first.code(), second.code(), second.out() + second.err());
        assertArrayEquals3(new long[] {3, 2, 0}, stage(second, "ingest"), second.out());
        assertArrayEquals3(new long[] {3, 2, 0}, stage(second, "transcode"), second.out());
        assertArrayEquals3(new long[] {3, 2, 0}, stage(second, "thumbnails"), second.out());
        assertEquals(3, stage(second, "index")[0], second.out());
        assertTrue(second.out().contains("Report: file:"), second.out());
        Path report = Path.of(cat, "report", "index.html");
        assertTrue(Files.isRegularFile(report));
        for (VideoRecord r : Catalog.open(Path.of(cat)).records()) {
            assertFalse(r.media().renditions().isEmpty(), r.id());
            assertNotNull(r.media().poster(), r.id());
        }

        CliRun.Result third = run("run", in.toString(), "--catalog", cat, "-q");
        assertArrayEquals3(new long[] {5, 0, 0}, stage(third, "check"), third.out());
        assertArrayEquals3(new long[] {0, 5, 0}, stage(third, "transcode"), third.out());

        // A rendition cut short on disk: run's quick check names it first, then transcode makes it again, so the run
        // ends with nothing left for a person to do.
        VideoRecord damaged = Catalog.open(Path.of(cat)).records().get(0);
        Path web = Path.of(cat).resolve(damaged.media().renditions().get(0).file());
        byte[] bytes = Files.readAllBytes(web);
        Files.write(web, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun.Result fourth = run("run", in.toString(), "--catalog", cat, "-q");
        assertEquals(0, fourth.code(), fourth.out() + fourth.err());
        assertArrayEquals3(new long[] {5, 0, 0}, stage(fourth, "check"), fourth.out());
        assertTrue(fourth.out().contains("1 media file(s) to remake"), fourth.out());
        assertTrue(fourth.out().contains(damaged.media().renditions().get(0).file() + ": the rendition"), fourth.out());
        assertArrayEquals3(new long[] {1, 4, 0}, stage(fourth, "transcode"), fourth.out());
        assertEquals(0, run("run", in.toString(), "--catalog", cat, "-q").code(), "intact again");
    }

    @Test
    void corruptMediaCorpusEveryBadFileReportedEveryGoodOneCompletes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("goed-1.mp4"), 320, 240, 1, true);
        VideoFixtures.clip(in.resolve("goed-2.mp4"), 352, 288, 1, false);
        // a real video with a misleading extension is still a video (detected by content)
        Files.move(VideoFixtures.clip(in.resolve("goed-3.mp4"), 384, 288, 1, true), in.resolve("goed-3.avi"));
        VideoFixtures.truncated(VideoFixtures.clip(tmp.resolve("heel.mp4"), 640, 480, 2, true), in.resolve("afgebroken.mp4"),
                0.4);
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(in.resolve("ruis.mp4"), garbage);
        Files.write(in.resolve("leeg.mp4"), new byte[0]);
        Files.writeString(in.resolve("tekst.mp4"), "Dit is geen video maar een tekstbestand.\n");
        VideoFixtures.audioOnly(in.resolve("alleen-geluid.m4a"));
        StringBuilder sheet = new StringBuilder(HEADER);
        for (String f : new String[] {"goed-1.mp4", "goed-2.mp4", "goed-3.avi", "afgebroken.mp4", "ruis.mp4",
                "leeg.mp4", "tekst.mp4", "alleen-geluid.m4a"}) {
            sheet.append(row(f, "Uitleg " + f));
        }
        Files.writeString(in.resolve("m.csv"), sheet);
        String cat = tmp.resolve("catalog").toString();

        CliRun.Result r = run("run", in.toString(), "--catalog", cat);
        assertEquals(1, r.code(), r.out() + r.err());
        for (String bad : new String[] {"afgebroken.mp4", "ruis.mp4", "leeg.mp4", "tekst.mp4", "alleen-geluid.m4a"}) {
            assertTrue(r.out().contains("rejected  line") && r.out().contains(bad + ":"), bad + " reported:\n" + r.out());
        }
        assertArrayEquals3(new long[] {3, 0, 5}, stage(r, "ingest"), r.out());
        assertArrayEquals3(new long[] {3, 0, 0}, stage(r, "transcode"), r.out());
        assertArrayEquals3(new long[] {3, 0, 0}, stage(r, "thumbnails"), r.out());
        assertFalse((r.out() + r.err()).contains("Exception"), "no stack trace:\n" + r.out() + r.err());
        assertEquals(3, Catalog.open(Path.of(cat)).records().size());
        assertTrue(Files.isRegularFile(Path.of(cat, "report", "index.html")));
    }

    @Test
    void usageErrorsExit2() {
        CliRun.Result missing = run("run", tmp.resolve("nergens").toString(), "--catalog", tmp.resolve("c").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertFalse(Files.exists(tmp.resolve("c")), "no catalog is created for a mistyped folder");
        CliRun.Result badFormat = run("run", tmp.toString(), "--export", "pdf", "--catalog", tmp.resolve("c").toString());
        assertEquals(2, badFormat.code(), badFormat.err());
    }

    private static void assertArrayEquals3(long[] expected, long[] actual, String context) {
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), context);
    }
}
