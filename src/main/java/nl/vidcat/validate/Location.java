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
     * {@link #display} and the absolute folder for the many files of a few folders (a catalog's records/): each folder
     * is resolved against the working directory once, not once per file. Thread-safe.
     */
    static final class Folders {
        private record Folder(Path absolute, String shown) {
        }

        private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

        /** The folder of {@code p}, or null when its name (".", "..") makes that not simply its parent. */
        private Folder of(Path p) {
            Path dir = p.getParent();
            Path name = p.getFileName();
            if (dir == null || name == null || name.toString().equals("..") || name.toString().equals(".")) {
                return null;
            }
            return folders.computeIfAbsent(dir, d -> new Folder(d.toAbsolutePath().normalize(), Location.display(d)));
        }

        String display(Path p) {
            Folder f = of(p);
            if (f == null) {
                return Location.display(p);
            }
            String d = f.shown();
            String name = p.getFileName().toString();
            return d.isEmpty() ? name : d.endsWith("/") ? d + name : d + "/" + name;
        }

        /** The absolute, normalized folder that {@code p} is in. */
        Path folder(Path p) {
            Folder f = of(p);
            return f != null ? f.absolute() : p.toAbsolutePath().normalize().getParent();
        }
    }
}
