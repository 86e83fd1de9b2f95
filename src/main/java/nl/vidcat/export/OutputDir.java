package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.io.Json;
import nl.vidcat.io.VidcatException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The export folder is built whole in a hidden sibling ({@code .out.part-xxxx}) and then swapped in, so a web server
 * or a harvester never sees half an export, and a failed or interrupted run leaves the previous export serving. A
 * marker file says the folder is a vidcat export of which format; vidcat only ever replaces such folders (or empty
 * ones), never a folder of someone's other files.
 */
final class OutputDir {

    static final String MARKER = ".vidcat-export.json";
    private static final Logger LOG = LogManager.getLogger(OutputDir.class);

    private final Path out;

    private OutputDir(Path out) {
        this.out = out;
    }

    /** Checks that {@code out} may be (re)written with {@code format}. */
    static OutputDir check(Path out, ExportFormat format, Catalog catalog) {
        Path abs = out.toAbsolutePath().normalize();
        Path cat = catalog.dir();
        if (cat.startsWith(abs)) {
            throw VidcatException.usage("--out " + out + " contains the catalog; choose a folder outside it");
        }
        for (Path inside : catalog.ownedFolders()) {
            if (abs.startsWith(inside)) {
                throw VidcatException.usage("--out " + out + " is inside the catalog's " + inside.getFileName()
                        + " folder; choose another folder");
            }
        }
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw VidcatException.usage("--out " + out + " is a file; give a folder");
        }
        if (Files.isDirectory(abs) && !isEmpty(abs)) {
            JsonNode marker = readMarker(abs);
            if (marker == null) {
                throw VidcatException.usage("--out " + out + " is not empty and not a vidcat export (no " + MARKER
                        + "); choose a new or empty folder so nothing of yours is replaced");
            }
            String was = marker.path("format").asText();
            if (!was.equals(format.code())) {
                throw VidcatException.usage("--out " + out + " holds a " + was + " export; give each format its own"
                        + " folder (or delete that one first)");
            }
        }
        return new OutputDir(abs);
    }

    Path path() {
        return out;
    }

    /** What the previous export of this folder kept for the next one, or null. */
    JsonNode previousState() {
        JsonNode marker = readMarker(out);
        return marker == null ? null : marker.get("state");
    }

    /** A fresh hidden temp folder beside the target; leftovers of killed runs are removed first. */
    Path newTemp() throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String prefix = "." + out.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix + "part-") || n.startsWith(prefix + "old-");
        })) {
            for (Path stale : siblings) {
                LOG.info("removing {} left by an interrupted export", stale);
                AtomicFiles.deleteTree(stale);
            }
        }
        Path temp = AtomicFiles.tempFor(out);
        Files.createDirectory(temp);
        return temp;
    }

    /** Writes the marker into {@code temp} and swaps {@code temp} in for the target. */
    void commit(Path temp, ExportFormat format, JsonNode state) throws IOException {
        ObjectNode marker = Json.mapper().createObjectNode();
        marker.put("format", format.code());
        marker.put("note", "written by vidcat export; vidcat replaces this folder on the next export");
        if (state != null) {
            marker.set("state", state);
        }
        Files.write(temp.resolve(MARKER), Json.pretty(marker));
        AtomicFiles.swapFolder(temp, out);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw VidcatException.usage("cannot read --out " + dir + ": " + e.getMessage());
        }
    }

    private static JsonNode readMarker(Path dir) {
        Path m = dir.resolve(MARKER);
        if (!Files.isRegularFile(m)) {
            return null;
        }
        try {
            return Json.mapper().readTree(m.toFile());
        } catch (IOException e) {
            throw VidcatException.usage(m + " is damaged (" + e.getMessage() + "); delete the folder and export again");
        }
    }
}
