package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM without a locale (env -i, cron, a bare CI container) still prints Dutch text, in UTF-8, not as '?'. */
@Tag("slow") // child JVMs
class ConsoleEncodingTest {

    @TempDir
    Path tmp;

    @Test
    void withoutALocaleTheConsoleIsUtf8() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("geintegreerd-aaaa0001", "Geïntegreerd één", "wiskunde", "havo", "1", "KD22"));
        String cat = c.dir().toString();
        assertEquals(0, CliRun.run("--catalog", cat, "-q", "index").code());

        // what a JVM picks for LANG unset (the POSIX locale): ANSI_X3.4-1968, that is US-ASCII
        for (String encoding : List.of("ANSI_X3.4-1968", "UTF-8")) {
            ChildMain.Result r = ChildMain.run(tmp, List.of("-Dstdout.encoding=" + encoding,
                    "-Dstderr.encoding=" + encoding), List.of("--catalog", cat, "search", "geintegreerd"));
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("*Geïntegreerd* één"), encoding + ": " + r.out());
        }
        ChildMain.Result usage = ChildMain.run(tmp, List.of("-Dstderr.encoding=ANSI_X3.4-1968"),
                List.of("--catalog", cat, "search", "--limit", "één"));
        assertEquals(2, usage.code(), usage.all());
        assertTrue(usage.err().contains("één"), usage.err());
    }
}
