package nl.vidcat.store;

import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.Review;
import nl.vidcat.model.VideoRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The versions of every record, so a wrong sheet, a bad hand edit or a bug can be undone ({@code vidcat history},
 * {@code vidcat restore}). Every record vidcat writes is also kept as {@code history/<id>/<n>-<when>-<change>.version},
 * and before a record file is replaced, bytes vidcat did not write (a hand edit, an unreadable one too) are kept
 * exactly as found. Both are written atomically <em>before</em> the record is replaced: a crash in between leaves
 * the old record, already a version, and at worst one version that never became the record. Keeping what vidcat
 * wrote, not only what it replaced, is what lets a bad hand edit be undone: the state it destroyed was written by
 * vidcat, so it is a version. The newest {@value #KEEP} versions of a record are kept. The file name holds all the
 * metadata the hot path writes (number, time, which change wrote it); status and title are read from the version
 * itself when listed, so saving a record never parses one. The names do not end in {@code .json}, so nothing that
 * looks for record files mistakes a version for one.
 */
public final class RecordHistory {

    private static final Logger LOG = LogManager.getLogger(RecordHistory.class);
    /** The change name of bytes vidcat found in a record file but did not write. */
    public static final String FOUND = "found";
    /** How many versions of one record are kept. */
    public static final int KEEP = 20;
    private static final String CHANGE = "[a-z][a-z-]{0,31}";
    private static final Pattern NAME = Pattern.compile("(\\d{1,9})-(\\d{8}T\\d{9}Z)-(" + CHANGE + ")\\.version");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Catalog catalog;
    private final Clock clock;

    RecordHistory(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * One kept version.
     *
     * @param writtenAt when it was written (for {@value #FOUND}: when it was found)
     * @param writtenBy the change that wrote it ("ingest", "review", "transcode", "restore", …) or {@value #FOUND}
     */
    public record Version(int number, Instant writtenAt, String writtenBy, Path file) {

        public byte[] bytes() throws IOException {
            return Files.readAllBytes(file);
        }
    }

    /**
     * A version as {@code vidcat history} lists it: what the record was then. {@code unreadable} is null for a version
     * that parses, else why it does not (status and title are then null). {@code current}: the record file holds
     * exactly this version now.
     */
    public record Entry(int number, Instant writtenAt, String writtenBy, boolean current, String status, String title,
                        int reviews, String unreadable) {
    }

    /**
     * What {@link #restore} did.
     *
     * @param record      the record as it is now
     * @param reviewsKept reviews recorded since the version, carried over
     * @param changed     false when the record already was that version
     * @param keptAs      the number of the version that now holds the replaced record; 0 when there was none
     */
    public record Restored(Version version, VideoRecord record, int reviewsKept, boolean changed, int keptAs) {
    }

    /** The versions of record {@code id}, newest first; empty when it has none. */
    public List<Version> versions(String id) throws IOException {
        Path folder = catalog.historyDir(id);
        List<Version> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(new Version(Integer.parseInt(m.group(1)), STAMP.parse(m.group(2), Instant::from),
                            m.group(3), f));
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        }
        out.sort(Comparator.comparingInt(Version::number).reversed());
        return out;
    }

    /** The versions of {@code id}, newest first, with what each held. */
    public List<Entry> entries(String id) throws IOException {
        List<Entry> out = new ArrayList<>();
        byte[] record = readIfPresent(catalog.recordFile(id));
        for (Version v : versions(id)) {
            byte[] bytes = v.bytes();
            boolean current = Arrays.equals(bytes, record);
            try {
                VideoRecord r = parse(bytes);
                out.add(new Entry(v.number(), v.writtenAt(), v.writtenBy(), current, r.status().code(),
                        r.metadata() == null ? null : r.metadata().title(), r.reviews().size(), null));
            } catch (IOException e) {
                out.add(new Entry(v.number(), v.writtenAt(), v.writtenBy(), current, null, null, 0, reason(e)));
            }
        }
        return out;
    }

    /**
     * Writes {@code content} as the record file of {@code id}. The bytes it replaces are a version already (vidcat
     * wrote them) or are kept as one first, labelled {@value #FOUND} (changed outside vidcat: by hand, by git, or
     * written before this history existed); then {@code content} is kept as the newest version, labelled
     * {@code change}; only then is the record replaced. Nothing is written when the bytes are the same.
     * Callers hold the lock.
     *
     * @return the number of the version that holds the replaced bytes, 0 when there were none
     */
    int replace(String id, byte[] content, String change) throws IOException {
        return replace(id, change, content, temp -> Files.write(temp, content, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    /** {@link #replace(String, byte[], String)} with the record produced by {@code producer} (tests make it fail). */
    int replace(String id, String change, byte[] content, AtomicFiles.Producer producer) throws IOException {
        if (!change.matches(CHANGE)) {
            throw new IllegalArgumentException("not a change name: " + change);
        }
        Path file = catalog.recordFile(id);
        byte[] current = readIfPresent(file);
        if (current != null && Arrays.equals(current, content)) {
            return 0;
        }
        List<Version> versions = versions(id);
        int kept = current == null ? 0 : known(versions, current);
        if (current != null && kept == 0) {
            kept = add(id, versions, current, FOUND);
        }
        if (versions.isEmpty() || !Arrays.equals(versions.get(0).bytes(), content)) {
            add(id, versions, content, change);
        }
        AtomicFiles.replace(file, producer);
        return kept;
    }

    /**
     * The number of the version holding {@code bytes}, 0 if none. The newest is the usual one; the one before it
     * when the last change was kept but its record never written (a crash or a failed write).
     */
    private static int known(List<Version> versions, byte[] bytes) throws IOException {
        for (Version v : versions.subList(0, Math.min(2, versions.size()))) {
            if (Arrays.equals(v.bytes(), bytes)) {
                return v.number();
            }
        }
        return 0;
    }

    /** Keeps {@code bytes} as the newest version (first in {@code versions}); prunes to {@link #KEEP}. */
    private int add(String id, List<Version> versions, byte[] bytes, String change) throws IOException {
        Path root = catalog.layout().historyRoot();
        if (Files.notExists(root)) {
            // git keeps a versioned catalog's history itself; these copies would only add noise (and old text a
            // curator removed on purpose) to its commits
            Files.createDirectories(root);
            AtomicFiles.write(catalog.layout().historyGitignore(), "*\n".getBytes(StandardCharsets.UTF_8));
        }
        int number = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
        Instant now = clock.instant();
        Path f = catalog.historyDir(id).resolve(number + "-" + STAMP.format(now) + "-" + change + ".version");
        AtomicFiles.write(f, bytes);
        versions.add(0, new Version(number, now, change, f));
        while (versions.size() > KEEP) {
            Files.deleteIfExists(versions.remove(versions.size() - 1).file());
        }
        return number;
    }

    /**
     * Puts version {@code number} of {@code id} back (null: the newest version that parses and differs from the
     * record), keeping the current bytes as a version first so the restore can be undone in turn. Works when the
     * record file is missing or unreadable. Reviews recorded since that version are carried over, with the status
     * they gave: a restore undoes a change of the data, never a review. Callers hold the lock.
     *
     * @throws VidcatException (exit 2) for an unknown record or version, or a version that does not parse
     */
    public Restored restore(String id, Integer number) throws IOException {
        Path file = catalog.recordFile(id);
        List<Version> versions = versions(id);
        byte[] current = readIfPresent(file);
        if (versions.isEmpty()) {
            throw VidcatException.usage(current == null ? "no record with id '" + id + "' in " + catalog.dir()
                    : "record " + id + " has no earlier versions to restore");
        }
        Version chosen = number == null ? lastGood(id, versions, current) : versions.stream()
                .filter(v -> v.number() == number).findFirst().orElseThrow(() -> VidcatException.usage(
                        "record " + id + " has no version " + number + "; 'vidcat history " + id + "' lists them"));
        VideoRecord version = usable(id, chosen);
        VideoRecord now = null;
        try {
            now = current == null ? null : parse(current);
        } catch (IOException unreadable) {
            LOG.info("restoring {} over an unreadable record: {}", id, reason(unreadable));
        }
        VideoRecord restored = version;
        List<Review> later = now == null ? List.of()
                : now.reviews().stream().filter(r -> !version.reviews().contains(r)).toList();
        for (Review r : later) {
            restored = restored.withReview(r, now.status(), clock.instant());
        }
        byte[] content = later.isEmpty() ? chosen.bytes() : Json.pretty(restored);
        boolean changed = current == null || !Arrays.equals(current, content);
        int keptAs = replace(id, content, "restore");
        LOG.info("restored {} to version {}{}", id, chosen.number(),
                later.isEmpty() ? "" : " keeping " + later.size() + " later review(s)");
        return new Restored(chosen, restored, later.size(), changed, keptAs);
    }

    private VideoRecord usable(String id, Version v) throws IOException {
        VideoRecord r;
        try {
            r = parse(v.bytes());
        } catch (IOException e) {
            throw VidcatException.usage("version " + v.number() + " of " + id + " is unreadable (" + reason(e)
                    + "); choose another one ('vidcat history " + id + "')");
        }
        if (!id.equals(r.id())) {
            throw VidcatException.usage("version " + v.number() + " of " + id + " holds record id '" + r.id()
                    + "'; choose another one ('vidcat history " + id + "')");
        }
        return r;
    }

    private Version lastGood(String id, List<Version> versions, byte[] current) throws IOException {
        for (Version v : versions) {
            byte[] bytes = v.bytes();
            if (current != null && Arrays.equals(bytes, current)) {
                continue;
            }
            try {
                if (id.equals(parse(bytes).id())) {
                    return v;
                }
            } catch (IOException unreadable) {
                // an older one may do
            }
        }
        throw VidcatException.usage("record " + id + " has no readable earlier version that differs from it;"
                + " 'vidcat history " + id + "' lists them");
    }

    private static VideoRecord parse(byte[] bytes) throws IOException {
        return Json.mapper().readValue(bytes, VideoRecord.class);
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
