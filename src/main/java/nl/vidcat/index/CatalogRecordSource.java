package nl.vidcat.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.JsonProblem;
import nl.vidcat.stage.Progress;
import nl.vidcat.stage.RecordRunner;
import nl.vidcat.model.RecordIds;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.validate.Severity;
import nl.vidcat.index.SubtitleCues.Cue;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The records of a catalog, with their subtitles: the WebVTT track transcode wrote ({@code media.subtitles},
 * preferring the record's language), else the stored sidecar ({@code source.subtitlesFile}, .srt or .vtt). Whether a
 * record may be found comes from the validator's findings ({@link CatalogFindings}), the same verdict as
 * {@code vidcat validate} gives in CI.
 */
final class CatalogRecordSource implements RecordSource {

    private static final Logger LOG = LogManager.getLogger(CatalogRecordSource.class);

    private final Catalog catalog;
    private final CatalogFindings findings;
    private final byte[] context;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unreadable = new AtomicInteger();

    /** @param context what besides the record itself decides its document (see {@link RecordSource#hash}) */
    CatalogRecordSource(Catalog catalog, CatalogFindings findings, byte[] context) {
        this.catalog = catalog;
        this.findings = findings;
        this.context = context;
    }

    @Override
    public List<Scanned> scan(Progress progress) throws IOException {
        List<Path> files = catalog.recordFiles();
        progress.start("scanning records", files.size());
        try {
            List<Scanned> scanned = RecordRunner.over(files, "index-scan", Runtime.getRuntime().availableProcessors())
                    .counting(progress, file -> null).map(this::scanOne);
            return scanned.stream().filter(Objects::nonNull).collect(Collectors.toCollection(ArrayList::new));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (IOException) new InterruptedIOException("interrupted while reading the records").initCause(e);
        } finally {
            progress.finish();
        }
    }

    private Scanned scanOne(Path file) {
        String rel = catalog.relativize(file);
        byte[] bytes = null;
        VideoRecord r;
        try {
            bytes = Files.readAllBytes(file);
            r = Catalog.parse(bytes);
        } catch (IOException e) {
            JsonProblem p = JsonProblem.of(e, VideoRecord.class, bytes);
            lost(rel + (p.line() == null ? " " : " line " + p.line() + ": ") + p.reason() + "; left out of the index");
            return null;
        }
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (r.id() == null || !r.id().equals(expected) || !RecordIds.isValid(r.id())) {
            lost(!RecordIds.isValid(r.id()) ? rel + " has no valid 'id'; left out of the index"
                    : new RecordScan.Stray(rel, r.id(), Files.isRegularFile(catalog.recordFile(r.id()))).message());
            return null;
        }
        // The errors are part of the hash: a record's verdict can change without the record (a duplicate title
        // elsewhere, changed rule settings), and then its document must change too.
        List<String> errors = errors(r.id());
        return new Scanned(r.id(), RecordSource.hash(context, bytes, subtitleDigest(r),
                RecordSource.utf8(String.join(",", errors))), errors.isEmpty());
    }

    @Override
    public Loaded load(Scanned s) throws IOException {
        VideoRecord r = Catalog.read(catalog.recordFile(s.id()));
        return new Loaded(r, cues(r), errors(s.id()), s.hash());
    }

    /** The rules a record breaks with severity error, sorted and unique. */
    private List<String> errors(String id) {
        return findings.of(id).stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule().id())
                .distinct().sorted().toList();
    }

    @Override
    public List<String> warnings() {
        synchronized (warnings) {
            return warnings.stream().sorted().toList(); // found in parallel; listed in file order
        }
    }

    @Override
    public int unreadable() {
        return unreadable.get();
    }

    /** The subtitle file a record's document uses, catalog-relative, or null. */
    static String subtitleFile(VideoRecord r) {
        List<SubtitleTrack> tracks = r.media().subtitles();
        String lang = r.metadata() == null ? null : r.metadata().language();
        for (SubtitleTrack t : tracks) {
            if (t.file() != null && lang != null && lang.equalsIgnoreCase(t.language())) {
                return t.file();
            }
        }
        for (SubtitleTrack t : tracks) {
            if (t.file() != null) {
                return t.file();
            }
        }
        return r.source() == null ? null : r.source().subtitlesFile();
    }

    /** Identifies the subtitle content cheaply: the track's recorded SHA-256, else the file's bytes. */
    private byte[] subtitleDigest(VideoRecord r) {
        String file = subtitleFile(r);
        if (file == null) {
            return null;
        }
        for (SubtitleTrack t : r.media().subtitles()) {
            if (file.equals(t.file()) && t.sha256() != null) {
                return RecordSource.utf8(file + "\n" + t.sha256());
            }
        }
        try {
            return RecordSource.hash(RecordSource.utf8(file), Files.readAllBytes(catalog.resolve(file)));
        } catch (IOException | VidcatException e) {
            return RecordSource.utf8(file + "\nunreadable"); // load() reports it
        }
    }

    private List<Cue> cues(VideoRecord r) {
        String file = subtitleFile(r);
        if (file == null) {
            return List.of();
        }
        try {
            List<Cue> cues = SubtitleCues.read(catalog.resolve(file));
            if (cues.isEmpty()) {
                warn(r.id() + ": subtitle file " + file + " has no cues");
            }
            return cues;
        } catch (IOException | VidcatException e) {
            warn(r.id() + ": subtitle file " + file + " is unreadable (" + e.getMessage()
                    + "); indexed without what is said");
            return List.of();
        }
    }

    private void warn(String message) {
        LOG.warn(message);
        warnings.add(message);
    }

    private void lost(String message) {
        unreadable.incrementAndGet();
        warn(message);
    }
}
