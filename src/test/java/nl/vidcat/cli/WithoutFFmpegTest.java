package nl.vidcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.store.Catalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a CI machine without FFmpeg's system libraries (libpulse0) still validates and searches. Each command runs
 * in a child JVM whose JavaCPP looks for natives of a platform that does not exist, so every attempt to load FFmpeg
 * fails there, and must print what the same command prints in this JVM, without loading a single JavaCPP, JavaCV or
 * FFmpeg class.
 */
@Tag("slow") // child JVMs
class WithoutFFmpegTest {

    @TempDir
    Path tmp;

    private record Child(int code, String out, String err, List<String> nativeClasses) {
    }

    @Test
    void validateAndSearchGiveTheNormalResultsWhereFFmpegCannotLoad() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("cat"));
        c.save(RecordFixtures.sample("breuken-vereenvoudigen-aaaa0001"));
        c.save(RecordFixtures.sample("klokkijken-aaaa0002", "Klokkijken", "rekenen", "vmbo-b", "1", "KD99"));
        String cat = c.dir().toString();
        assertEquals(0, CliRun.run("--catalog", cat, "-q", "index").code());

        for (List<String> args : List.of(List.of("validate", "--format", "json"), List.of("search", "breuken"),
                List.of("search", "klok", "--include-invalid", "--format", "json"))) {
            List<String> all = new ArrayList<>(List.of("--catalog", cat));
            all.addAll(args);
            CliRun.Result here = CliRun.run(all.toArray(String[]::new));
            Child there = withoutFFmpeg(all);
            assertEquals(here.code(), there.code(), args + ": " + there.err());
            assertEquals(withoutTime(here.out()), withoutTime(there.out()), args.toString());
            assertEquals(List.of(), there.nativeClasses(), args + " loaded FFmpeg's classes");
        }
        assertEquals(1, CliRun.run("--catalog", cat, "-q", "validate").code(), "the fixture has a finding");
    }

    @Test
    void versionSaysFFmpegIsUnavailableAndStillPrintsTheRest() throws Exception {
        Child v = withoutFFmpeg(List.of("--version"));
        assertEquals(0, v.code(), v.err());
        List<String> lines = v.out().lines().toList();
        assertEquals(4, lines.size(), v.out());
        assertTrue(lines.get(0).matches("vidcat \\S+ \\(commit \\S+\\)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("FFmpeg unavailable ("), lines.get(1));
        assertTrue(lines.get(2).matches("Lucene \\d+\\.\\d+\\.\\d+"), lines.get(2));
        assertTrue(lines.get(3).startsWith("Java " + Runtime.version().feature()), lines.get(3));
    }

    @Test
    void versionNamesTheBundledFFmpegWhereItLoads() {
        CliRun.Result v = CliRun.run("--version");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().lines().anyMatch(l -> l.matches("FFmpeg \\d+\\.\\d+(\\.\\d+)? \\(bundled.*")), v.out());
    }

    private static String withoutTime(String out) {
        return out.replaceAll("\"seconds\" : [0-9.]+", "\"seconds\" : 0");
    }

    /** Runs vidcat in a child JVM where JavaCPP can load no natives, and lists the native-side classes it loaded. */
    private Child withoutFFmpeg(List<String> args) throws IOException, InterruptedException {
        Path classLog = Files.createTempDirectory(tmp, "log").resolve("classes.log");
        ChildMain.Result r = ChildMain.run(tmp, List.of("-Dstdout.encoding=UTF-8",
                "-Dorg.bytedeco.javacpp.platform=linux-nonexistent",
                "-Dorg.bytedeco.javacpp.cachedir=" + classLog.resolveSibling("javacpp-cache"),
                "-Xlog:class+load=info:file=" + classLog), args);
        assertFalse(Files.readString(classLog).isEmpty(), "the class log was written");
        try (Stream<String> lines = Files.lines(classLog)) {
            return new Child(r.code(), r.out(), r.err(), lines
                    .filter(l -> l.contains(" org.bytedeco.") || l.contains(" nl.vidcat.media.FFmpeg")).toList());
        }
    }
}
