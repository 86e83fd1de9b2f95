package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run vidcat(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheReportAndSaysWhereToOpenIt() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-00000001"));
        c.save(RecordFixtures.sample("fotosynthese-00000003", "Fotosynthese", "biologie", "havo", "1", "KD34"));
        Run r = vidcat("report", "--catalog", c.dir().toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Report of 2 video(s): 0 approved, 0 in review, 2 not yet reviewed"), r.out());
        assertTrue(r.out().contains("Open " + c.dir().resolve("report/index.html").toUri()), r.out());
        assertTrue(Files.isRegularFile(c.dir().resolve("report/videos/breuken-00000001.html")));
    }

    @Test
    void aWrongOutFolderIsAUsageErrorWithoutAStackTrace() throws IOException {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-00000001"));
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("notes.txt"), "keep");
        Run r = vidcat("report", "--catalog", c.dir().toString(), "--out", docs.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a vidcat report"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        assertEquals("keep", Files.readString(docs.resolve("notes.txt")));

        Run missing = vidcat("report", "--catalog", tmp.resolve("nope").toString());
        assertEquals(2, missing.code(), missing.err());
    }
}
