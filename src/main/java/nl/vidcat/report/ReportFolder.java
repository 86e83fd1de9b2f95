package nl.vidcat.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.io.VidcatException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Replaces the report folder as a whole: the new report is written into a hidden sibling folder and renamed into
 * place, so a browser never sees a half-written report. Folders cannot be renamed over a non-empty folder, so the
 * old one is first renamed aside and deleted afterwards; a crash between the two renames leaves no report (never a
 * mixed one) until the next run. Only a folder vidcat made (it holds {@value #MARKER}) or an empty one is ever
 * replaced, so a mistyped {@code --out} cannot wipe someone's documents.
 */
final class ReportFolder {

    static final String MARKER = ".vidcat-report";
    private static final Logger LOG = LogManager.getLogger(ReportFolder.class);
    /** Leftovers of killed runs older than this are removed; younger ones may belong to a run still going. */
    private static final Duration STALE = Duration.ofHours(1);

    @FunctionalInterface
    interface Writer {
        void writeInto(Path dir) throws IOException;
    }

    private ReportFolder() {
    }

    static void checkReplaceable(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw VidcatException.usage("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw VidcatException.usage("--out " + out + " already exists and is not a vidcat report; choose a new or"
                    + " empty folder (vidcat replaces the whole folder)");
        }
    }

    static void replace(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name);
        Path temp = parent.resolve("." + name + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(temp);
        try {
            writer.writeInto(temp);
            Files.writeString(temp.resolve(MARKER), "Made by vidcat report; the whole folder is replaced on each run.\n");
            AtomicFiles.swapFolder(temp, target);
        } finally {
            AtomicFiles.deleteTree(temp);
        }
    }

    private static void removeStale(Path parent, String name) {
        FileTime limit = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).compareTo(limit) < 0) {
                    LOG.info("removing {} left by an interrupted report run", p);
                    AtomicFiles.deleteTree(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not clean up old report folders in {}: {}", parent, e.getMessage());
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
