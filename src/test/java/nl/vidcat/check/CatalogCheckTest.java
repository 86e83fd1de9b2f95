package nl.vidcat.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.FileHash;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.check.Fault.Kind;
import nl.vidcat.index.IndexContents;
import nl.vidcat.index.IndexStore;
import nl.vidcat.index.Indexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each thing {@code vidcat check} looks for, found; each repair, done without losing a byte. */
class CatalogCheckTest {

    static final String A = "breuken-vereenvoudigen-a1b2c3d4";
    static final String B = "de-stelling-van-pythagoras-e5f6a7b8";

    @TempDir
    Path tmp;
    Catalog cat;

    @BeforeEach
    void twoIntactRecords() throws IOException {
        cat = Catalog.openOrCreate(tmp.resolve("catalog"));
        CheckFixtures.add(cat, A, 40_000, 1);
        CheckFixtures.add(cat, B, 30_000, 2);
    }

    CheckResult check(boolean quick) throws IOException {
        return new CatalogCheck(cat, new CatalogCheck.Options(quick, 2, false)).run(Progress.NONE);
    }

    CheckResult repair() throws IOException {
        return repair(false);
    }

    CheckResult repair(boolean restoreUnreadable) throws IOException {
        return new CatalogRepair(cat, new CatalogCheck.Options(false, 2, false), restoreUnreadable, Clock.systemUTC())
                .run("check --repair", Duration.ZERO, Progress.NONE);
    }

    static List<Fault> problems(CheckResult r) {
        return r.faults().stream().filter(Fault::problem).toList();
    }

    /** The one problem of the result, which must be of {@code kind} about {@code file}. */
    static Fault only(CheckResult r, Kind kind, String file) {
        List<Fault> p = problems(r);
        assertEquals(1, p.size(), p.toString());
        assertEquals(kind, p.get(0).kind(), p.toString());
        assertEquals(file, p.get(0).file(), p.toString());
        return p.get(0);
    }

    @Test
    void intactCatalogHasNoProblems() throws IOException {
        for (boolean quick : new boolean[] {true, false}) {
            CheckResult r = check(quick);
            assertEquals(List.of(), problems(r));
            assertEquals(0, r.exitCode());
            assertEquals(2, r.records());
            assertEquals(14, r.mediaFiles());
        }
        assertTrue(check(false).bytesHashed() > 70_000, "the full check reads the files");
        assertEquals(0, check(true).bytesHashed(), "the quick check does not");
    }

    @Test
    void truncatedRecordIsUnreadableWithItsLine() throws IOException {
        Path f = cat.recordFile(A);
        String json = Files.readString(f);
        Files.writeString(f, json.substring(0, json.length() / 2));
        Fault x = only(check(true), Kind.RECORD_UNREADABLE, "records/" + A + ".json");
        assertTrue(x.message().contains("line "), x.message());
        assertEquals(1, check(true).exitCode());
    }

    @Test
    void unreadableRecordIsRestoredFromItsHistoryOnlyWhenAsked() throws IOException {
        VideoRecord old = cat.find(A).orElseThrow();
        VideoRecord good = old.withMedia(old.media(), old.updatedAt().plusSeconds(60));
        cat.save(good, "ingest"); // through the catalog, so history keeps it
        Path f = cat.recordFile(A);
        String json = Files.readString(f);
        String broken = json.substring(0, json.length() / 3);
        Files.writeString(f, broken);

        CheckResult plain = repair(false);
        assertEquals(1, plain.exitCode(), plain.toString());
        assertEquals(broken, Files.readString(f), "not restored unless asked");

        CheckResult restored = repair(true);
        assertEquals(0, restored.exitCode(), restored.toString());
        assertEquals(good, Catalog.read(f));
        assertTrue(cat.history().versions(A).stream().anyMatch(v -> {
            try {
                return new String(v.bytes()).equals(broken);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), "the unreadable bytes are kept as a version");
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void unreadableRecordWithoutHistoryIsLeftAndSaysWhy() throws IOException {
        Files.writeString(cat.recordFile(B), "{");
        CheckResult r = repair(true);
        assertEquals(1, r.exitCode());
        assertEquals("{", Files.readString(cat.recordFile(B)));
        assertTrue(r.notRepaired().get(0).contains("not restored"), r.notRepaired().toString());
    }

    @Test
    void historyIsNotAStray() throws IOException {
        VideoRecord a = cat.find(A).orElseThrow();
        cat.save(a.withMedia(a.media(), a.updatedAt().plusSeconds(60)), "review");
        assertTrue(Files.isDirectory(cat.historyDir(A)));
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void wrongTypeIsASchemaProblem() throws IOException {
        Path f = cat.recordFile(A);
        Files.writeString(f, Files.readString(f).replaceFirst("\"keywords\" : \\[[^]]*]", "\"keywords\" : \"a, b\""));
        Fault x = problems(check(true)).get(0);
        assertTrue(x.kind() == Kind.RECORD_SCHEMA || x.kind() == Kind.RECORD_UNREADABLE, x.toString());
        assertTrue(x.message().contains("keywords"), x.message());
    }

    @Test
    void strayFileIsNamedAndRepairMovesItToLostAndFound() throws IOException {
        Files.writeString(cat.recordsDir().resolve("notities.txt"), "bel de ouders");
        only(check(true), Kind.STRAY, "records/notities.txt");
        CheckResult r = repair();
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(Files.exists(cat.recordsDir().resolve("notities.txt")));
        assertEquals("bel de ouders", Files.readString(cat.lostFoundDir().resolve("records/notities.txt")));
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void twoFilesClaimingOneIdAndRepairSetsTheCopyAside() throws IOException {
        byte[] copy = Files.readAllBytes(cat.recordFile(A));
        Files.write(cat.recordsDir().resolve("kopie.json"), copy);
        Fault x = only(check(true), Kind.DUPLICATE_ID, "records/kopie.json");
        assertEquals(A, x.id());
        repair();
        assertFalse(Files.exists(cat.recordsDir().resolve("kopie.json")));
        assertTrue(java.util.Arrays.equals(copy, Files.readAllBytes(cat.lostFoundDir().resolve("records/kopie.json"))));
        assertTrue(java.util.Arrays.equals(copy, Files.readAllBytes(cat.recordFile(A))), "the real record untouched");
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void misnamedRecordWithAFreeIdIsRenamedToIt() throws IOException {
        Files.move(cat.recordFile(B), cat.recordsDir().resolve("pythagoras.json"));
        Fault x = only(check(true), Kind.STRAY, "records/pythagoras.json");
        assertEquals(Fault.Repair.RENAME, x.repair());
        repair();
        assertTrue(Files.isRegularFile(cat.recordFile(B)));
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void duplicateOfAnUnreadableRecordIsLeftInPlace() throws IOException {
        Files.copy(cat.recordFile(A), cat.recordsDir().resolve("kopie.json"));
        Files.writeString(cat.recordFile(A), "{ \"id\" : ");
        CheckResult r = repair();
        assertTrue(Files.exists(cat.recordsDir().resolve("kopie.json")), "maybe the only good copy: " + r);
        assertEquals(1, r.exitCode());
    }

    @Test
    void missingMediaNamedOriginalNeedsAPersonDerivedIsMarkedForRemaking() throws IOException {
        Files.delete(cat.resolve("media/" + A + "/source.mp4"));
        Files.delete(cat.resolve("media/" + B + "/poster.jpg"));
        CheckResult r = check(true);
        List<Fault> p = problems(r);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().allMatch(f -> f.kind() == Kind.MEDIA_MISSING), p.toString());
        CheckResult repaired = repair();
        assertEquals(1, repaired.unrepaired(), "the source cannot be made again: " + repaired);
        VideoRecord b = cat.find(B).orElseThrow();
        assertNull(b.media().poster().sha256(), "poster marked stale, so thumbnails redo it");
        List<Fault> after = check(true).faults();
        assertTrue(after.stream().anyMatch(f -> f.kind() == Kind.MEDIA_STALE && f.id().equals(B)), after.toString());
    }

    @Test
    void flippedByteFoundByTheFullCheckSizeChangeByTheQuickOne() throws IOException {
        Path web = cat.resolve("media/" + A + "/web-720p.mp4");
        byte[] bytes = Files.readAllBytes(web);
        bytes[1000] ^= 0x40;
        Files.write(web, bytes);
        assertEquals(List.of(), problems(check(true)), "same size: the quick check cannot see it");
        only(check(false), Kind.MEDIA_DAMAGED, "media/" + A + "/web-720p.mp4");

        Files.write(web, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        Fault quick = only(check(true), Kind.MEDIA_DAMAGED, "media/" + A + "/web-720p.mp4");
        assertTrue(quick.message().contains("bytes"), quick.message());
    }

    @Test
    void repairSetsADamagedRenditionAsideAndMarksItStale() throws IOException {
        Path web = cat.resolve("media/" + A + "/web-720p.mp4");
        byte[] bytes = Files.readAllBytes(web);
        bytes[7] ^= 1;
        Files.write(web, bytes);
        CheckResult r = repair();
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(Files.exists(web));
        assertTrue(java.util.Arrays.equals(bytes,
                Files.readAllBytes(cat.lostFoundDir().resolve("media/" + A + "/web-720p.mp4"))), "damaged bytes kept");
        var rendition = cat.find(A).orElseThrow().media().renditions().get(0);
        assertNull(rendition.sha256());
        assertNull(rendition.recipe(), "without a recipe transcode never counts it as done");
        CheckResult after = check(false);
        assertEquals(0, after.exitCode(), after.toString());
        assertEquals(Kind.MEDIA_STALE, after.faults().stream().filter(f -> f.id() != null && f.id().equals(A))
                .findFirst().orElseThrow().kind());
    }

    @Test
    void indexOutOfDateIsFound() throws IOException {
        new Indexer().index(cat, new Indexer.Options(true, false), Progress.NONE);
        assertEquals(List.of(), problems(check(true)), "just built");
        IndexContents live = IndexContents.read(new IndexStore(cat.indexDir()));
        assertEquals(List.of(A, B), List.of(live.ids()));

        CheckFixtures.add(cat, "nieuw-filmpje-11223344", 1000, 3);
        Files.setLastModifiedTime(cat.recordFile(A), FileTime.from(live.info().builtAt().plus(1, ChronoUnit.HOURS)));
        List<Fault> p = problems(check(true));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().allMatch(f -> f.kind() == Kind.INDEX_OUT_OF_DATE), p.toString());
        assertTrue(p.get(0).message().contains("nieuw-filmpje-11223344") || p.get(1).message().contains("nieuw"));
        assertTrue(p.stream().anyMatch(f -> A.equals(f.id())), p.toString());

        Files.delete(cat.recordFile(B));
        assertTrue(problems(check(true)).stream().anyMatch(f -> f.message().contains("without a record")));
    }

    @Test
    void leftoverTempFileAndRepairRemovesIt() throws IOException {
        Path temp = cat.resolve("media/" + A + "/.web-720p.mp4.part-1a2b3c4d.mp4");
        Files.writeString(temp, "half an encode");
        only(check(true), Kind.TEMP_FILE, "media/" + A + "/.web-720p.mp4.part-1a2b3c4d.mp4");
        CheckResult r = repair();
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(Files.exists(temp));
        assertTrue(r.repairs().stream().anyMatch(l -> l.contains("removed")), r.repairs().toString());
    }

    @Test
    void staleLockOfAKilledWriterAndRepairClearsIt() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(cat.dir().resolve(".lock"), "pid " + gone.pid() + " (ingest, since 2026-09-01T08:00:00Z)\n");
        only(check(true), Kind.STALE_LOCK, ".lock");
        CheckResult r = repair();
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", Files.readString(cat.dir().resolve(".lock")));
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void lockOfALiveWriterIsNotStale() throws IOException {
        Files.writeString(cat.dir().resolve(".lock"), "pid " + ProcessHandle.current().pid() + " (ingest, since x)\n");
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void tempFileOfARunningWriterIsANoteNotAProblem() throws IOException {
        Files.writeString(cat.dir().resolve(".lock"), "pid " + ProcessHandle.current().pid() + " (transcode, since x)\n");
        Files.writeString(cat.resolve("media/" + A + "/.web-720p.mp4.part-1a2b3c4d.mp4"), "encoding");
        CheckResult r = check(true);
        assertEquals(List.of(), problems(r));
        assertTrue(r.faults().stream().anyMatch(f -> f.kind() == Kind.TEMP_FILE_IN_USE), r.faults().toString());
    }

    @Test
    void finishedWriterLeavesNoNameInTheLock() throws IOException {
        cat.lock("ingest", Duration.ZERO).close();
        assertEquals(List.of(), problems(check(true)));
    }

    @Test
    void checkWithoutRepairChangesNoFile() throws Exception {
        Files.writeString(cat.recordsDir().resolve("notities.txt"), "x");
        Files.copy(cat.recordFile(A), cat.recordsDir().resolve("kopie.json"));
        Files.writeString(cat.recordFile(B), "{");
        Files.writeString(cat.resolve("media/" + A + "/.poster.jpg.part-00000000.jpg"), "x");
        Files.delete(cat.resolve("media/" + A + "/poster.webp"));
        Files.writeString(cat.dir().resolve(".lock"), "pid 2147483646 (ingest, since x)\n");
        Map<String, String> before = hashes(cat.dir());
        assertEquals(1, check(false).exitCode());
        assertEquals(1, check(true).exitCode());
        assertEquals(before, hashes(cat.dir()));
    }

    /** Every file and folder of the tree with its SHA-256 (folders: "dir"). */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir" : FileHash.sha256(p));
            }
        }
        return out;
    }
}
