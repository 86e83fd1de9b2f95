package nl.vidcat.ingest;

import nl.vidcat.store.CatalogLayout;
import nl.vidcat.sheet.Column;
import nl.vidcat.sheet.Sheet;
import nl.vidcat.sheet.SheetReader;
import nl.vidcat.sheet.SheetRow;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Origin;
import nl.vidcat.model.Problem;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.stage.StageId;
import nl.vidcat.model.RecordIds;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.media.Prober;
import nl.vidcat.vocab.Normalizer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat ingest}: brings a folder of raw videos and its metadata sheet into the catalog.
 *
 * <p>Files are matched to sheet rows, hashed and probed in parallel, and deduplicated by SHA-256: a video already
 * in the catalog is never imported twice, and re-running on the same folder changes nothing. A changed row updates
 * the metadata of the existing record. Every write is atomic and media is in place before its record is written,
 * so an interrupted run leaves the catalog consistent and a rerun completes it.
 */
public final class Ingester {

    private static final Logger LOG = LogManager.getLogger(Ingester.class);

    /** How the original gets into the catalog. */
    public enum Transfer { COPY, LINK, MOVE }

    /**
     * @param sheet null to use the only *.csv in the folder's top level, if there is exactly one
     */
    public record Options(Path folder, Path sheet, Transfer transfer, int jobs, boolean dryRun) {
    }

    private final Catalog catalog;
    private final Progress progress;
    private final Clock clock;
    private final Normalizer normalizer = Normalizer.standard();

    /** @param catalog the catalog to write, or, for a dry run, possibly null (nothing exists yet) */
    public Ingester(Catalog catalog, Progress progress, Clock clock) {
        this.catalog = catalog;
        this.progress = progress;
        this.clock = clock;
    }

    /** A row matched to a file, or the reason it could not be. */
    private record Planned(SheetRow row, String relative, Path path, String error) {
    }

    /** What the catalog holds already: records by the hash of their source, ids taken, records unreadable. */
    private record Known(Map<String, VideoRecord> bySha, Set<String> takenIds, DamagedRecords damaged) {

        static Known of(Catalog catalog) {
            Map<String, VideoRecord> bySha = new HashMap<>();
            Set<String> takenIds = new HashSet<>();
            if (catalog == null) {
                return new Known(bySha, takenIds, DamagedRecords.NONE);
            }
            RecordScan scan = catalog.scan();
            for (VideoRecord r : scan.records()) {
                if (r.source() != null) {
                    bySha.putIfAbsent(r.source().sha256(), r);
                }
                takenIds.add(r.id());
            }
            DamagedRecords damaged = DamagedRecords.of(catalog, scan);
            takenIds.addAll(damaged.ids());
            return new Known(bySha, takenIds, damaged);
        }
    }

    /**
     * A file as it is to be stored: its record's parts before the id and times are settled.
     *
     * @param subtitles the subtitle file to copy in beside it, or null
     */
    private record Incoming(FileFacts file, Integer line, Metadata metadata, Origin origin, SourceFile source,
                            List<Problem> problems, List<String> notes, Path subtitles) {
    }

    public IngestResult run(Options o) throws IOException {
        List<Path> exclude = catalog == null ? List.of() : List.of(catalog.dir());
        ImportFolder folder = ImportFolder.scan(o.folder(), exclude);
        Path sheetFile = o.sheet() != null ? o.sheet() : findSheet(folder.root());
        Sheet sheet = sheetFile == null ? null : SheetReader.read(sheetFile);
        if (sheet != null) {
            LOG.info("sheet {}: {}", sheetFile, sheet.describeFormat());
        }

        List<IngestResult.Entry> entries = new ArrayList<>();
        Map<String, Planned> byFile = sheet == null ? Map.of() : plan(sheet, folder, entries);
        Map<String, Path> candidates = new TreeMap<>(folder.files());
        byFile.values().forEach(p -> candidates.put(p.relative(), p.path()));
        candidates.remove(sheetFile == null ? "" : folder.relative(sheetFile));

        List<FileFacts> facts = probeAll(candidates, o.jobs());
        Known known = Known.of(catalog);
        // Sheet order first, so with two identical files the earlier line wins; files without a row after that.
        facts.sort(Comparator.comparing((FileFacts f) -> byFile.containsKey(f.relative())
                ? byFile.get(f.relative()).row().line() : Integer.MAX_VALUE).thenComparing(FileFacts::relative));
        Map<String, String> seenSha = new HashMap<>();
        for (FileFacts f : facts) {
            Planned plan = byFile.get(f.relative());
            Integer line = plan == null ? null : plan.row().line();
            if (!f.accepted()) {
                entries.add(rejected(f.relative(), line, f.rejection()));
                continue;
            }
            String first = seenSha.putIfAbsent(f.sha256(), f.relative());
            if (first != null) {
                entries.add(rejected(f.relative(), line, "the same video as " + first + " (identical content)"));
                continue;
            }
            String unreadable = known.damaged().recordOf(f.sha256());
            if (unreadable != null && !known.bySha().containsKey(f.sha256())) {
                entries.add(rejected(f.relative(), line, unreadable));
                continue;
            }
            entries.add(importFile(f, plan, sheet, folder, known.bySha().get(f.sha256()), known.takenIds(), o));
        }
        entries.sort(Comparator.comparing((IngestResult.Entry e) -> e.line() == null ? Integer.MAX_VALUE : e.line())
                .thenComparing(IngestResult.Entry::file));
        return new IngestResult(sheet, entries, skipped(folder, candidates, sheetFile), o.dryRun());
    }

    /**
     * The sheet's rows by the file each describes. A row that names no usable file, or a file another row already
     * describes, becomes a rejection in {@code entries} (or the note that it was moved in earlier).
     */
    private Map<String, Planned> plan(Sheet sheet, ImportFolder folder, List<IngestResult.Entry> entries) {
        Map<String, Planned> byFile = new LinkedHashMap<>();
        MovedEarlier moved = MovedEarlier.of(catalog, sheet.file().getFileName().toString());
        for (SheetRow row : sheet.rows()) {
            ImportFolder.Resolved r = folder.resolve(row.get(Column.FILE));
            IngestResult.Entry done = r.error() == null ? null : moved.explain(row, r, normalizer);
            if (done != null) {
                entries.add(done);
            } else if (r.error() != null) {
                entries.add(rejected(row.get(Column.FILE), row.line(), r.error()));
            } else if (byFile.containsKey(r.relative())) {
                entries.add(rejected(r.relative(), row.line(), "duplicate row: line "
                        + byFile.get(r.relative()).row().line() + " already describes this file"));
            } else {
                byFile.put(r.relative(), new Planned(row, r.relative(), r.path(), null));
            }
        }
        return byFile;
    }

    /** The folder's files that are no candidates (nor the sheet, nor subtitle sidecars), with the reason. */
    private static List<String> skipped(ImportFolder folder, Map<String, Path> candidates, Path sheetFile) {
        List<String> skipped = new ArrayList<>();
        folder.skipped().stream().filter(s -> !candidates.containsKey(s))
                .filter(s -> !ImportFolder.isSubtitle(s)) // sidecars are expected beside the videos
                .filter(s -> sheetFile == null || !s.equals(folder.relative(sheetFile)))
                .forEach(s -> skipped.add(s + ": not a video file type"));
        folder.links().forEach(s -> skipped.add(s + ": symbolic link, not followed"));
        skipped.addAll(folder.special());
        return skipped;
    }

    private static Path findSheet(Path folder) throws IOException {
        List<Path> csvs = ImportFolder.sheetsIn(folder);
        if (csvs.size() == 1) {
            LOG.info("using metadata sheet {}", csvs.get(0));
            return csvs.get(0);
        }
        if (csvs.size() > 1) {
            throw VidcatException.usage("the import folder holds " + csvs.size()
                    + " CSV files; say which one is the metadata sheet with --metadata");
        }
        return null;
    }

    /** Hashes and probes the candidates, {@code jobs} files at a time, in the order of {@code candidates}. */
    private List<FileFacts> probeAll(Map<String, Path> candidates, int jobs) throws IOException {
        progress.start("ingest", candidates.size());
        try {
            return new ArrayList<>(RecordRunner.over(candidates.entrySet(), "ingest", jobs)
                    .counting(progress, Map.Entry::getKey).map(c -> FileFacts.of(c.getKey(), c.getValue())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            progress.finish();
        }
    }

    private IngestResult.Entry importFile(FileFacts f, Planned plan, Sheet sheet, ImportFolder folder,
                                          VideoRecord existing, Set<String> takenIds, Options o) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Integer line = plan == null ? null : plan.row().line();
        Metadata metadata;
        Origin origin;
        if (plan != null) {
            metadata = plan.row().toMetadata(normalizer, problems);
            origin = new Origin(sheet.file().getFileName().toString(), line);
        } else if (existing != null && existing.origin() != null && existing.origin().sheet() != null) {
            // The file is known and was described by a sheet before; a run without that row keeps what we have.
            metadata = existing.metadata();
            origin = existing.origin();
            problems.addAll(existing.problems().stream()
                    .filter(p -> p.code().startsWith(StageId.INGEST.problemPrefix())).toList());
        } else {
            metadata = Metadata.builder().title(titleFromFileName(f.relative())).language("nl").build();
            origin = new Origin(null, null);
            problems.add(new Problem("ingest.no-sheet-row", "no row in the metadata sheet for " + f.relative()
                    + "; add one (bestand = " + f.relative() + ") and run ingest again"));
            notes.add("no row in the metadata sheet: record created with the file name as title");
        }
        flagPrivacy(f.probe(), metadata, problems, notes);
        Path subtitles = subtitleSource(metadata, f, folder, problems);

        String id = existing != null ? existing.id()
                : RecordIds.newId(metadata.title() != null ? metadata.title() : titleFromFileName(f.relative()),
                f.sha256(), takenIds::contains);
        takenIds.add(id);
        Incoming in = new Incoming(f, line, metadata, origin, sourceFile(f, id, existing, metadata, subtitles),
                problems, notes, subtitles);
        return existing != null ? update(in, existing, o) : create(in, id, o);
    }

    /** Location tags in the original, and makers named without their consent, are problems of the record. */
    private static void flagPrivacy(Prober.Probe p, Metadata metadata, List<Problem> problems, List<String> notes) {
        if (!p.locationTags().isEmpty()) {
            problems.add(new Problem("ingest.location-tags", "the original carries location tags ("
                    + String.join(", ", p.locationTags()) + "); renditions are written without them and the original"
                    + " is never exported"));
            notes.add("GPS/location tags in the original (kept inside the catalog only, never exported)");
        }
        if (!metadata.makers().isEmpty() && !Boolean.TRUE.equals(metadata.consent())) {
            problems.add(new Problem("ingest.makers-without-consent", "the makers have not consented to being named"
                    + " (toestemming is not 'ja'); exports credit the school instead"));
        }
    }

    /** The record's source part: where the original (and its subtitles) will be in the catalog, and its facts. */
    private static SourceFile sourceFile(FileFacts f, String id, VideoRecord existing, Metadata metadata,
                                         Path subtitles) {
        Prober.Probe p = f.probe();
        String sourceRel = CatalogLayout.mediaFile(id, "source." + extensionFor(f.relative(), p.container()));
        String subtitlesRel = subtitles == null ? null
                : CatalogLayout.mediaFile(id, "source." + metadata.language() + "."
                        + ImportFolder.extension(subtitles.toString()));
        return new SourceFile(f.relative(), existing != null ? existing.source().file() : sourceRel,
                f.size(), f.sha256(), p.container(), p.durationSeconds(), p.video(), p.audio(), p.locationTags(),
                subtitlesRel);
    }

    /** A file the catalog has: its record takes the new metadata and facts, when they differ. */
    private IngestResult.Entry update(Incoming in, VideoRecord existing, Options o) throws IOException {
        Instant now = clock.instant();
        VideoRecord updated = existing.withMetadata(in.metadata(), in.origin(), now).withSource(in.source(), now)
                .withStageProblems(StageId.INGEST.label(), in.problems(), now);
        boolean same = sameIgnoringTime(existing, updated);
        if (!same && !o.dryRun()) {
            copySubtitles(in.subtitles(), in.source().subtitlesFile());
            catalog.save(updated, "ingest");
        }
        if (!o.dryRun() && o.transfer() == Transfer.MOVE) {
            deleteMovedSource(in.file().path(), existing);
        }
        return new IngestResult.Entry(same ? IngestResult.Outcome.UNCHANGED : IngestResult.Outcome.UPDATED,
                in.file().relative(), in.line(), existing.id(), null, in.notes());
    }

    /** A new file: the original goes into the catalog, then its record. */
    private IngestResult.Entry create(Incoming in, String id, Options o) throws IOException {
        Instant now = clock.instant();
        VideoRecord record = new VideoRecord(VideoRecord.SCHEMA_VERSION, id, in.metadata(), in.source(), in.origin(),
                Media.EMPTY, ReviewStatus.DRAFT, List.of(), in.problems(), now, now);
        if (!o.dryRun()) {
            transfer(in.file().path(), catalog.resolve(in.source().file()), o.transfer());
            copySubtitles(in.subtitles(), in.source().subtitlesFile());
            catalog.save(record, "ingest"); // last: a record only ever points at media that is already in place
            if (o.transfer() == Transfer.MOVE) {
                Files.deleteIfExists(in.file().path());
            }
        }
        return new IngestResult.Entry(IngestResult.Outcome.NEW, in.file().relative(), in.line(), id, null,
                in.notes());
    }

    private static boolean sameIgnoringTime(VideoRecord a, VideoRecord b) {
        return a.metadata().equals(b.metadata()) && java.util.Objects.equals(a.origin(), b.origin())
                && a.source().equals(b.source()) && a.problems().equals(b.problems());
    }

    private Path subtitleSource(Metadata m, FileFacts f, ImportFolder folder, List<Problem> problems) {
        if (m.subtitles() != null) {
            ImportFolder.Resolved r = folder.resolve(m.subtitles());
            if (r.error() != null) {
                problems.add(new Problem("ingest.subtitles-missing", "subtitles: " + r.error()));
                return null;
            }
            String ext = ImportFolder.extension(r.path().toString());
            if (!ext.equals("srt") && !ext.equals("vtt")) {
                problems.add(new Problem("ingest.subtitles-format", "subtitles '" + m.subtitles()
                        + "' are not .srt or .vtt"));
                return null;
            }
            return r.path();
        }
        return folder.sidecarFor(f.path()).orElse(null);
    }

    private void copySubtitles(Path from, String catalogRelative) throws IOException {
        if (from != null) {
            AtomicFiles.copy(from, catalog.resolve(catalogRelative));
        }
    }

    private static void transfer(Path from, Path to, Transfer how) throws IOException {
        switch (how) {
            case COPY, MOVE -> AtomicFiles.copy(from, to); // MOVE deletes the original only after the record is saved
            case LINK -> {
                try {
                    AtomicFiles.replace(to, temp -> Files.createLink(temp, from));
                } catch (FileSystemException | UnsupportedOperationException e) {
                    LOG.warn("cannot hard-link {} into the catalog ({}); copying instead", from, e.getMessage());
                    AtomicFiles.copy(from, to);
                }
            }
        }
    }

    /** With --move, a file whose identical copy is already safely in the catalog can go. */
    private void deleteMovedSource(Path source, VideoRecord existing) throws IOException {
        Path stored = catalog.resolve(existing.source().file());
        if (Files.isRegularFile(stored) && Files.size(stored) == Files.size(source)
                && !Files.isSameFile(stored, source)) {
            Files.delete(source);
        }
    }

    private static String extensionFor(String relative, String container) {
        String ext = ImportFolder.extension(relative).replaceAll("[^a-z0-9]", "");
        if (!ext.isEmpty() && ext.length() <= 5) {
            return ext;
        }
        String first = container.split(",")[0];
        return switch (first) {
            case "mov" -> "mov";
            case "matroska" -> "mkv";
            case "mpegts" -> "ts";
            default -> first.replaceAll("[^a-z0-9]", "");
        };
    }

    /** "wiskunde/breuken_vereenvoudigen-deel2.mp4" -> "breuken vereenvoudigen deel2". */
    static String titleFromFileName(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        String t = name.replaceAll("[_\\-.]+", " ").strip();
        return t.isEmpty() ? name : t;
    }

    private static IngestResult.Entry rejected(String file, Integer line, String reason) {
        return new IngestResult.Entry(IngestResult.Outcome.REJECTED, file, line, null, reason, List.of());
    }

}
