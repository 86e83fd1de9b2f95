package nl.vidcat.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.vidcat.io.VidcatException;
import nl.vidcat.sheet.PickLists;

/**
 * The folder a coordinator imports from. Lists candidate video files (recursively, hidden files and symbolic links
 * left out, documents and images skipped) and resolves the file names written in the sheet, refusing any name
 * that would reach outside the folder.
 */
final class ImportFolder {

    /** Files that are certainly not videos; skipped unless a sheet row names them explicitly. */
    private static final Set<String> NOT_VIDEO = Set.of("csv", "tsv", "xlsx", "xls", "ods", "txt", "md", "pdf",
            "doc", "docx", "odt", "ppt", "pptx", "odp", "rtf", "srt", "vtt", "ass", "ssa", "sub", "jpg", "jpeg", "png",
            "gif", "heic", "webp", "bmp", "tif", "tiff", "svg", "ini", "db", "json", "xml", "html", "htm", "zip", "lnk",
            "url", "ds_store");

    private final Path root;
    private final Map<String, Path> files = new TreeMap<>(); // relative '/'-path -> absolute path
    private final List<String> skipped = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> special = new ArrayList<>();

    private ImportFolder(Path root) {
        this.root = root;
    }

    /** @param exclude directories inside the folder not to scan (the catalog itself, when it lives there) */
    static ImportFolder scan(Path folder, List<Path> exclude) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw VidcatException.usage(Files.exists(root) ? folder + " is a file; give the folder that holds the videos"
                    : "import folder " + folder + " does not exist");
        }
        ImportFolder f = new ImportFolder(root);
        List<Path> excluded = exclude.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden || excluded.contains(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = f.relative(file);
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("~$")) {
                        return FileVisitResult.CONTINUE; // hidden files, Office lock files
                    }
                    if (attrs.isSymbolicLink()) {
                        f.links.add(rel);
                    } else if (attrs.isOther()) {
                        // a named pipe or device called d.mp4 would block or never end if read: say why it is left
                        f.special.add(rel + ": not a regular file but " + specialKind(file));
                    } else if (attrs.isRegularFile()) {
                        if (NOT_VIDEO.contains(extension(name))) {
                            f.skipped.add(rel);
                        } else {
                            f.files.put(rel, file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    f.skipped.add(f.relative(file) + " (unreadable: " + exc.getMessage() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw VidcatException.usage("cannot read import folder " + folder + ": " + e.getMessage());
        }
        return f;
    }

    /**
     * The CSV files in the top level of {@code folder} that may be its metadata sheet, sorted by name: the pick
     * lists {@code vidcat sheet --vocab} writes beside the sheet are not one.
     */
    static List<Path> sheetsIn(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(PickLists.FILE_NAME))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    Path root() {
        return root;
    }

    /** Candidate videos by relative path, sorted. */
    Map<String, Path> files() {
        return files;
    }

    /** Documents, images and sheets that were not treated as videos. */
    List<String> skipped() {
        return skipped;
    }

    /** Named pipes, devices and sockets, with what they are; never read. */
    List<String> special() {
        return special;
    }

    /**
     * What {@code p} is when it exists but is neither a regular file, a folder nor a link ("a named pipe"), else null.
     */
    static String specialKind(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isOther()) {
                return null;
            }
            int type = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? "a special file" : null;
        }
    }

    /** Symbolic links, never followed (they could point anywhere on the machine). */
    List<String> links() {
        return links;
    }

    String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Result of resolving a file name from the sheet: the file, or why not. When the file was not found,
     * {@code relative} is the name as a path relative to the folder and {@code path} is null.
     */
    record Resolved(String relative, Path path, String error) {
        static Resolved error(String message) {
            return new Resolved(null, null, message);
        }
    }

    /**
     * Resolves a sheet's file name: relative to the folder, '/' or '\' separated; case-insensitive as a fallback;
     * a bare file name may also match a unique file anywhere in the folder. Absolute paths and '..' are refused.
     */
    Resolved resolve(String name) {
        String v = name.strip().replace('\\', '/');
        if (v.isEmpty()) {
            return Resolved.error("no file name in column 'bestand'");
        }
        if (v.indexOf('\0') >= 0) {
            return Resolved.error("'" + name.replace("\0", "\\0") + "' contains a NUL character (\\0, position "
                    + (name.indexOf('\0') + 1) + "), which no file name can hold; fix the cell in column 'bestand'");
        }
        if (v.startsWith("/") || v.matches("^[A-Za-z]:.*")) {
            return Resolved.error("'" + name + "' is an absolute path; give the path relative to the import folder");
        }
        List<String> parts = new ArrayList<>();
        for (String seg : v.split("/+")) {
            if (seg.equals("..")) {
                return Resolved.error("'" + name + "' points outside the import folder ('..' is not allowed)");
            }
            if (!seg.isEmpty() && !seg.equals(".")) {
                parts.add(seg);
            }
        }
        String rel = String.join("/", parts);
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root)) {
            return Resolved.error("'" + name + "' points outside the import folder");
        }
        if (Files.isSymbolicLink(p) || throughLink(p)) {
            return Resolved.error("'" + name + "' is a symbolic link; copy the real file into the folder");
        }
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolved(relative(p), p, null);
        }
        String special = specialKind(p);
        if (special != null) {
            return Resolved.error("'" + name + "' is not a regular file but " + special + "; give a video file");
        }
        Optional<String> match = unique(files.keySet().stream().filter(k -> k.equalsIgnoreCase(rel)).toList());
        if (match.isEmpty() && parts.size() == 1) {
            match = unique(files.keySet().stream()
                    .filter(k -> k.substring(k.lastIndexOf('/') + 1).equalsIgnoreCase(rel)).toList());
        }
        return match.map(m -> new Resolved(m, files.get(m), null))
                .orElse(new Resolved(rel, null, "file '" + name + "' not found in the import folder"));
    }

    /** Whether a folder on the way from the root to {@code p} is a symbolic link (it could point anywhere). */
    private boolean throughLink(Path p) {
        for (Path d = p.getParent(); d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            if (Files.isSymbolicLink(d)) {
                return true;
            }
        }
        return false;
    }

    /** A sidecar subtitle file next to the video with the same base name (video.mp4 -> video.srt / video.nl.vtt). */
    Optional<Path> sidecarFor(Path video) {
        String base = video.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Map<String, Path> found = new HashMap<>();
        try (var s = Files.list(video.getParent())) {
            s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String n = p.getFileName().toString();
                if (isSubtitle(n) && n.startsWith(base + ".")) {
                    found.put(n, p);
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.keySet().stream().sorted().findFirst().map(found::get);
    }

    private static Optional<String> unique(List<String> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    static boolean isSubtitle(String name) {
        String ext = extension(name);
        return ext.equals("srt") || ext.equals("vtt");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
