package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a coordinator reads after {@code vidcat export}: every record left out, with its reason, and a summary. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void skippedRecordsAreListedWithTheirReasonAndTheSummaryCountsThem() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        c.save(RecordFixtures.sample("goed-1111aaaa").withStatus(ReviewStatus.APPROVED, RecordFixtures.T0));
        c.save(RecordFixtures.sample("concept-2222bbbb"));
        VideoRecord bad = RecordFixtures.sample("fout-3333cccc").withStatus(ReviewStatus.APPROVED, RecordFixtures.T0);
        Metadata m = bad.metadata();
        c.save(bad.withMetadata(m.toBuilder().title("").subtitles(null).build(), bad.origin(),
                bad.updatedAt()));

        StringWriter out = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("--catalog",
                c.dir().toString(), "export", "--format", "opensearch", "--out", tmp.resolve("os").toString());
        String text = out.toString();
        assertEquals(1, code, text);
        assertTrue(text.contains("skipped concept-2222bbbb: review status is draft"), text);
        assertTrue(text.contains("skipped fout-3333cccc: validation errors (see 'vidcat validate'): title.missing"),
                text);
        assertTrue(text.contains("export opensearch: 1 exported, 2 skipped (1 not approved, 1 to fix)"), text);

        out.getBuffer().setLength(0);
        code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("--catalog",
                c.dir().toString(), "export", "--format", "opensearch", "--out", tmp.resolve("os").toString(),
                "--include-unreviewed", "goed-1111aaaa", "concept-2222bbbb");
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("2 exported, 0 skipped"), out.toString());
    }

    @Test
    void aPageSizeBelowOneIsAUsageErrorAndWritesNothing() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        c.save(RecordFixtures.sample("goed-1111aaaa").withStatus(ReviewStatus.APPROVED, RecordFixtures.T0));
        for (String size : new String[] {"0", "-5"}) {
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("--catalog",
                    c.dir().toString(), "export", "--format", "oai-pmh", "--out", tmp.resolve("oai").toString(),
                    "--base-url", "https://school.nl/video", "--admin-email", "ict@school.nl", "--page-size", size);
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains("--page-size must be 1 or more"), err.toString());
            assertTrue(java.nio.file.Files.notExists(tmp.resolve("oai")), "nothing written for --page-size " + size);
        }
    }

    @Test
    void aVideoIsPublishedOnceVidcatReviewApprovesIt() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        c.save(RecordFixtures.sample("breuken-1111aaaa"));
        String cat = c.dir().toString();
        String os = tmp.resolve("os").toString();
        assertTrue(run(cat, "export", "--format", "opensearch", "--out", os).contains("0 exported, 1 skipped (1 not"));
        run(cat, "review", "breuken-1111aaaa", "--reviewer", "dhr. Jansen", "--scores",
                "content=4,didactics=5,usability=2,copyright=ok", "--decision", "revise", "--comment", "Geluid te zacht");
        assertTrue(run(cat, "export", "--format", "opensearch", "--out", os).contains("0 exported, 1 skipped (1 not"),
                "a request for revision is no approval");
        run(cat, "review", "breuken-1111aaaa", "--reviewer", "dhr. Jansen", "--scores",
                "content=4,didactics=5,usability=4,copyright=ok", "--decision", "approve");
        assertTrue(run(cat, "export", "--format", "opensearch", "--out", os).contains("1 exported, 0 skipped"));
    }

    /** Runs vidcat quietly on the catalog, expecting exit code 0; returns what it printed. */
    private static String run(String catalog, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "--catalog";
        all[1] = catalog;
        all[2] = "-q";
        System.arraycopy(args, 0, all, 3, args.length);
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(all);
        assertEquals(0, code, String.join(" ", all) + ": " + out + err);
        return out.toString();
    }
}
