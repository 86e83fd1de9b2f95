package nl.vidcat.validate;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a finding points.
 *
 * @param file  the file as the user named it (relative to the working directory when inside it), '/'-separated
 * @param line  1-based line in that file, or null when unknown
 * @param field JSON pointer into a record ({@code /metadata/goals/1}) or the sheet column ({@code kerndoelen}); null
 *              for the file as a whole
 */
public record Location(String file, Integer line, String field) {

    /** How a path is shown: relative to the working directory when inside it (as CI annotations expect). */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /**
     * {@link #display} for the many files of a few folders (a catalog's records/): each folder is resolved against
     * the working directory once, not once per file. Thread-safe.
     */
    static final class Folders {
        private final Map<Path, String> shown = new ConcurrentHashMap<>();

        String display(Path p) {
            Path dir = p.getParent();
            Path name = p.getFileName();
            if (dir == null || name == null || name.toString().equals("..") || name.toString().equals(".")) {
                return Location.display(p);
            }
            String d = shown.computeIfAbsent(dir, Location::display);
            return d.isEmpty() ? name.toString() : d.endsWith("/") ? d + name : d + "/" + name;
        }
    }
}
