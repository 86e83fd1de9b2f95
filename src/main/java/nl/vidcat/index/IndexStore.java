package nl.vidcat.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The layout of {@code CATALOG/index/}: complete builds side by side, and two pointer files naming the live one
 * and the one before it.
 * <pre>
 * index/CURRENT                 "build-20260901T020000Z-1a2b\n": the build searches open
 * index/PREVIOUS                the build before it, kept for {@code vidcat index --rollback}
 * index/build-…/                a complete Lucene index (main index + suggest/)
 * index/.part-build-…/          a build in progress; never opened by readers, removed on the next run
 * </pre>
 * A build is written under a {@code .part-} name, renamed to its final name only when complete and checked, and
 * published by atomically replacing {@code CURRENT}. So a reader sees the old build or the new one, never a mix, and
 * a build that fails or is killed leaves the old one serving. Builds other than current and previous are deleted;
 * on POSIX systems a reader that still has one open keeps reading it (open files outlive their names).
 */
public final class IndexStore {

    private static final Logger LOG = LogManager.getLogger(IndexStore.class);
    static final String CURRENT = "CURRENT";
    static final String PREVIOUS = "PREVIOUS";
    private static final String PART = ".part-";
    private static final Pattern BUILD_NAME = Pattern.compile("build-[0-9TZ]+-[0-9a-f]{4}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    public IndexStore(Path indexDir) {
        this(indexDir, Clock.systemUTC());
    }

    IndexStore(Path indexDir, Clock clock) {
        this.dir = indexDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** The live build's name, if there is one. */
    public Optional<String> current() {
        return pointer(CURRENT);
    }

    public Optional<String> previous() {
        return pointer(PREVIOUS);
    }

    public Path buildDir(String name) {
        if (!BUILD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a build name: " + name);
        }
        return dir.resolve(name);
    }

    /** A new, empty in-progress build directory and the name it will get when published. */
    Path startBuild() throws IOException {
        Files.createDirectories(dir);
        String name = "build-" + STAMP.format(clock.instant()) + "-" + UUID.randomUUID().toString().substring(0, 4);
        Path part = dir.resolve(PART + name);
        Files.createDirectory(part);
        return part;
    }

    /** The final name of an in-progress build directory. */
    static String nameOf(Path partDir) {
        String n = partDir.getFileName().toString();
        return n.startsWith(PART) ? n.substring(PART.length()) : n;
    }

    /**
     * Makes a finished build live: renames it into place, points PREVIOUS at the old live build and CURRENT at the new
     * one (CURRENT last: until it is replaced, readers keep opening the old build), then deletes older builds.
     */
    String publish(Path partDir) throws IOException {
        String name = nameOf(partDir);
        Path target = dir.resolve(name);
        try {
            Files.move(partDir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + dir + " cannot rename directories atomically", e);
        }
        Optional<String> old = current();
        if (old.isPresent() && !old.get().equals(name)) {
            writePointer(PREVIOUS, old.get());
        }
        writePointer(CURRENT, name);
        prune();
        return name;
    }

    /** Swaps CURRENT and PREVIOUS. */
    String rollback() throws IOException {
        String cur = current().orElseThrow(() -> new IllegalStateException("no index has been built yet"));
        String prev = previous().filter(p -> Files.isDirectory(dir.resolve(p)))
                .orElseThrow(() -> new IllegalStateException("there is no previous index build to roll back to"));
        writePointer(PREVIOUS, cur);
        writePointer(CURRENT, prev);
        return prev;
    }

    /** Removes in-progress builds left by a killed run. Only under the catalog lock: then no build is running. */
    void sweepUnfinished() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.toList();
        }
        for (Path p : all) {
            if (p.getFileName().toString().startsWith(PART) || AtomicFiles.isTemp(p)) {
                LOG.info("removing unfinished index build {} from an interrupted run", p.getFileName());
                AtomicFiles.deleteTree(p);
            }
        }
    }

    /** Deletes complete builds that are neither current nor previous. */
    void prune() throws IOException {
        Optional<String> cur = current();
        Optional<String> prev = previous();
        for (Path p : list()) {
            String n = p.getFileName().toString();
            if (BUILD_NAME.matcher(n).matches() && !cur.equals(Optional.of(n)) && !prev.equals(Optional.of(n))) {
                try {
                    AtomicFiles.deleteTree(p);
                } catch (IOException e) {
                    // e.g. Windows while a reader has it open; the next build tries again
                    LOG.warn("could not delete old index build {} yet: {}", n, e.getMessage());
                }
            }
        }
    }

    private List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList();
        }
    }

    private Optional<String> pointer(String file) {
        try {
            String name = Files.readString(dir.resolve(file), StandardCharsets.UTF_8).strip();
            return BUILD_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writePointer(String file, String name) throws IOException {
        AtomicFiles.write(dir.resolve(file), (name + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
