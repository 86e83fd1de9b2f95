package nl.vidcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.cli.CliRun;
import nl.vidcat.media.VideoFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The fault-injection matrix of issue 17: every way a catalog goes wrong ({@link Fault}) against every command
 * ({@link MatrixCommand}). One small real catalog (two generated clips, ingested, transcoded, approved, indexed) is
 * built once; each cell gets a fresh copy, the fault, and one command. A cell holds when the exit code is the
 * documented one ({@link #EXPECTED}), never 3, no stack trace reaches the console, every record file keeps its bytes
 * (SHA-256 before and after) unless the command's job is to rewrite that record, and a full disk or a read-only
 * catalog is named as such. Commands run in-process, and in a child JVM on a real read-only or full file system for
 * those two rows ({@link FolderFaults}).
 */
@Tag("slow")
class FaultMatrixTest {

    /**
     * The documented exit code of each cell (a cell may list several as {@code 0|2}: either is right). Columns in {@link MatrixCommand} order:
     * ingest validate transcode thumbnails index search export csv/nllom/imscp/oai-pmh/opensearch report review
     * run check. Why each row expects what it does:
     * <ul>
     * <li>Unreadable record (truncated, wrong type): "No command replaces a record file it failed to parse; it reports
     * it (exit 1) and leaves the bytes alone. Export, report, index and run report such a record as a failure (exit
     * 1)". So every command that reads the records says so with exit 1, review of that very record too. search reads
     * only the index (built before the damage, still the last good state) and answers 0.</li>
     * <li>Unknown field: the record parses (Jackson ignores unknown fields) but breaks the schema (no additional
     * properties), a validation error: validate, run (its validate stage), check and the exports that publish only
     * valid records say 1; the csv sheet holds every record and says 0; index and report show invalid records
     * without failing (docs/guide.md), the media stages and review work on the record.</li>
     * <li>Stray copy claiming the record's id: two files claim one id, which only a person can settle. validate
     * (file name does not match the id), check, and the stages that list the catalog's records for a person (index,
     * every export, report, run) name the stray (1) while the real record still goes through (issue 17, defect 3).
     * ingest, transcode and thumbnails work per video from its own record file, and search and review read the
     * index or the named file: for them the stray is not a record (0); reading it as one would undo the approval,
     * which the byte check catches.</li>
     * <li>Deleted rendition: validate's media.missing error (1), and so the exports of valid records (docs/guide.md, export:
     * "Exit code 1 when a record needs fixing (errors, missing media)"); the csv sheet does not carry media (0).
     * transcode redoes a missing rendition (0, docs/guide.md), and run with it: its transcode stage heals the video in the
     * same run, so nothing is left for a person (0). check reports the missing file (1).</li>
     * <li>Flipped byte: only a hash shows it. validate never opens a video, the exports and report link or pack the
     * file as the record says; transcode redoes a damaged rendition (0); check compares SHA-256 (1).</li>
     * <li>Leftover temp file: invisible to readers and swept by the next writer (docs/architecture.md), so 0 everywhere;
     * check names it (1: "no leftover temp files").</li>
     * <li>Stale lock: an OS lock dies with its holder, so every command runs (0). A finished writer clears its name
     * from the lock file, so a dead writer named there was killed mid-run: check reports it (1, "no ... stale
     * lock").</li>
     * <li>Read-only catalog: "a read-only catalog ... is a usage error (exit 2) with one clear sentence" for every
     * command that writes the catalog (report writes CATALOG/report); validate, search and check only read and work
     * (0). Export only reads the catalog and writes to --out, here a writable folder, so exporting from a read-only
     * snapshot works (0).</li>
     * <li>Full disk: a command with nothing to write (ingest of known files, transcode and thumbnails of current
     * media, index of an unchanged catalog) and the readers succeed (0); one that must write (an export into a
     * folder on that disk, the report, a review, run's report stage) fails with "out of disk space" (1).</li>
     * </ul>
     */
    private static final String EXPECTED = """
            #                  ing val tra thu idx sea csv lom cp  oai os  rep rev run chk
            NONE               0   0   0   0   0   0   0   0   0   0   0   0   0   0   0
            TRUNCATED_RECORD   1   1   1   1   1   0   1   1   1   1   1   1   1   1   1
            WRONG_TYPE         1   1   1   1   1   0   1   1   1   1   1   1   1   1   1
            UNKNOWN_FIELD      0   1   0   0   0   0   0   1   1   1   1   0   0   1   1
            STRAY_DUPLICATE    0   1   0   0   1   0   1   1   1   1   1   1   0   1   1
            DELETED_RENDITION  0   1   0   0   0   0   0   1   1   1   1   0   0   0   1
            FLIPPED_BYTE       0   0   0   0   0   0   0   0   0   0   0   0   0   0   1
            TEMP_FILE          0   0   0   0   0   0   0   0   0   0   0   0   0   0   1
            STALE_LOCK         0   0   0   0   0   0   0   0   0   0   0   0   0   0   1
            READ_ONLY          2   0   2   2   2   0   0   0   0   0   0   2   2   2   0
            FULL_DISK          0   0   0   0   0   0   1   1   1   1   1   1   1   1   0
            """;

    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w$.]+\\.[\\w$<>]+\\(|^Caused by: |Exception in thread ");

    /** Kept when a cell fails: each cell's folder holds the catalog as the command left it and what it printed. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path tmp;
    static Path in;
    static Path sheet;
    static Path pristine;
    /** The approved record every fault is aimed at. */
    static String id;

    @BeforeAll
    static void healthyCatalog() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        VideoFixtures.clip(in.resolve("breuken.mp4"), 160, 120, 1, true);
        VideoFixtures.clip(in.resolve("procenten.mp4"), 176, 144, 1, true);
        sheet = in.resolve("metadata.csv");
        Files.writeString(sheet, "bestand;titel;beschrijving;trefwoorden;vak;niveau;leerjaar;kerndoelen;licentie;taal;"
                + "school;makers;toestemming\n"
                + row("breuken.mp4", "Breuken vereenvoudigen", "breuken, ggd")
                + row("procenten.mp4", "Procenten berekenen", "procenten, korting"));
        pristine = tmp.resolve("pristine");
        String cat = pristine.toString();
        CliRun.Result run = CliRun.run("run", in.toString(), "--metadata", sheet.toString(), "--catalog", cat, "-q");
        assertEquals(0, run.code(), run.all());
        for (VideoRecord r : Catalog.open(pristine).records()) {
            CliRun.Result review = CliRun.run("review", r.id(), "--reviewer", "J. de Vries", "--scores",
                    "content=4,didactics=5,usability=4,copyright=ok", "--decision", "approve", "--catalog", cat);
            assertEquals(0, review.code(), review.all());
            if (r.metadata().title().startsWith("Breuken")) {
                id = r.id();
            }
        }
        // the index and report follow the approvals, so every command finds the healthy catalog up to date
        for (String command : new String[] {"index", "report"}) {
            CliRun.Result r = CliRun.run(command, "--catalog", cat, "-q");
            assertEquals(0, r.code(), r.all());
        }
        assertTrue(id != null && Files.isRegularFile(Fault.rendition(pristine, id)));
    }

    private static String row(String file, String title, String keywords) {
        return file + ";" + title + ";Een leerling legt stap voor stap uit hoe je dit doet, met een voorbeeld uit de les.;"
                + keywords + ";wiskunde;havo;1;KD22;CC BY-SA 4.0;nl;Het Baken College;;ja\n";
    }

    @Test
    void everyFaultAgainstEveryCommand() throws Exception {
        Map<Fault, List<Set<Integer>>> expected = expected();
        // an unknown command followed by --help prints the top-level help: look for check's own usage line
        boolean haveCheck = CliRun.run("check", "--help").out().contains("Usage: vidcat check");
        // The sealed rows run in child JVMs beside the in-process cells (two at a time on two cores): submitted first.
        ExecutorService children = Executors.newSingleThreadExecutor();
        Map<Fault, List<Future<MatrixCell>>> cells = new EnumMap<>(Fault.class);
        try {
            for (Fault f : Stream.of(Fault.values()).sorted(Comparator.comparing(f -> !f.sealed())).toList()) {
                List<Future<MatrixCell>> row = cells.computeIfAbsent(f, k -> new ArrayList<>());
                for (MatrixCommand c : MatrixCommand.values()) {
                    Set<Integer> codes = expected.get(f).get(c.ordinal());
                    if (c == MatrixCommand.CHECK && !haveCheck) {
                        row.add(skipped(f, c, "this vidcat has no 'check' command yet"));
                    } else if (f.sealed()) {
                        row.add(children.submit(() -> run(f, c, codes)));
                    } else {
                        row.add(CompletableFuture.completedFuture(run(f, c, codes)));
                    }
                }
            }
        } finally {
            children.shutdown();
        }
        List<MatrixCell> done = new ArrayList<>();
        for (List<Future<MatrixCell>> row : cells.values()) {
            for (Future<MatrixCell> c : row) {
                done.add(c.get());
            }
        }
        String matrix = MatrixTable.render(done) + "(each cell's catalog and output: " + tmp.resolve("cells") + ")\n";
        System.out.println(matrix);
        assertTrue(done.stream().noneMatch(MatrixCell::failed), matrix);
        List<MatrixCell> skipped = done.stream().filter(x -> x.skipped() != null).toList();
        Assumptions.assumeTrue(skipped.isEmpty(), () -> skipped.size() + " cells could not run: "
                + skipped.stream().map(MatrixCell::skipped).distinct().toList());
    }

    private static Future<MatrixCell> skipped(Fault f, MatrixCommand c, String why) {
        return CompletableFuture.completedFuture(MatrixCell.skipped(f, c, why));
    }

    private static MatrixCell run(Fault f, MatrixCommand c, Set<Integer> codes) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cells").resolve(f.name()).resolve(c.name()));
        Path disk = dir.resolve("disk"); // the catalog and the export folder: what a full disk takes
        Path catalog = disk.resolve("catalog");
        copy(pristine, catalog);
        Files.createDirectories(disk.resolve("out"));
        f.apply(catalog, id);
        RecordBytes before = RecordBytes.of(catalog);
        Set<String> mayChange = c.rewritesRecord() && readable(Fault.record(catalog, id))
                ? Set.of(catalog.relativize(Fault.record(catalog, id)).toString()) : Set.of();
        String[] args = c.args(new MatrixCommand.Target(catalog, in, sheet, disk.resolve("out"), id))
                .toArray(String[]::new);
        CliRun.Result r;
        if (f.sealed()) {
            Path log = dir.resolve("output.log");
            ProcessBuilder b = ChildVidcat.builder(log, args);
            try {
                b = f == Fault.READ_ONLY ? FolderFaults.readOnly(catalog, b) : FolderFaults.onFullDisk(disk, 0, b);
            } catch (TestAbortedException e) {
                return MatrixCell.skipped(f, c, e.getMessage());
            }
            r = new CliRun.Result(ChildVidcat.run(b), Files.readString(log), "");
        } else {
            r = CliRun.run(args);
            Files.writeString(dir.resolve("output.log"), r.all());
        }
        String said = (r.out() + r.err()).toLowerCase(java.util.Locale.ROOT);
        String unnamed = f == Fault.FULL_DISK && r.code() == 1 && !said.contains("out of disk space") ? "out of disk space"
                : f == Fault.READ_ONLY && r.code() == 2 && !said.contains("read-only") ? "read-only" : null;
        boolean trace = STACK_TRACE.matcher(r.out() + r.err()).find();
        return new MatrixCell(f, c, r.code(), codes, trace, before.lostIn(catalog, mayChange), unnamed, gist(r, trace),
                null);
    }

    private static boolean readable(Path record) {
        try {
            Catalog.read(record);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The line that best says what happened: vidcat's own message, the trace's first line, an error, the last line. */
    private static String gist(CliRun.Result r, boolean trace) {
        List<String> lines = Stream.concat(r.err().lines(), r.out().lines()).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        String pick = Stream.<java.util.function.Predicate<String>>of(l -> l.startsWith("vidcat:"),
                        l -> trace && (l.contains("Exception") || l.contains(" ERROR ")), l -> l.startsWith("error"))
                .flatMap(p -> lines.stream().filter(p).limit(1)).findFirst()
                .orElse(lines.isEmpty() ? "(nothing printed)" : lines.get(lines.size() - 1));
        return pick.length() > 200 ? pick.substring(0, 199) + "…" : pick;
    }

    /**
     * A copy of the healthy catalog as a backup tool makes it (times kept), without its logs: each cell's log starts
     * empty, also on a full disk.
     */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().startsWith("logs" + java.io.File.separator)) {
                    continue;
                }
                Path t = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES); // as cp -a: times tell what changed
                }
            }
        }
    }

    /** {@link #EXPECTED} parsed: per fault, per command the acceptable exit codes. */
    private static Map<Fault, List<Set<Integer>>> expected() {
        Map<Fault, List<Set<Integer>>> m = new EnumMap<>(Fault.class);
        for (String line : EXPECTED.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
            String[] w = line.trim().split("\\s+");
            List<Set<Integer>> row = new ArrayList<>();
            for (int i = 1; i < w.length; i++) {
                row.add(Stream.of(w[i].split("\\|")).map(Integer::valueOf).collect(java.util.stream.Collectors.toSet()));
            }
            assertEquals(MatrixCommand.values().length, row.size(), line);
            m.put(Fault.valueOf(w[0]), row);
        }
        assertEquals(Set.of(Fault.values()), m.keySet(), "a row per fault");
        return m;
    }
}
