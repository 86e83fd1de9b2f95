package nl.vidcat.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLayout;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Which files of a record's media folder may be served, and the facts about one that a response needs.
 *
 * <p>The allowlist is the record itself: a file is served only when the record lists it among what transcode and
 * thumbnails derived ({@link nl.vidcat.model.Media#derivedFiles()}), directly in the record's own media folder, with
 * an extension of a web media type ({@link #TYPES}). The source and its sidecar subtitles are never listed there; a
 * hand-edited record that names one of them anyway is caught by name and by file identity (ingest's {@code --link}
 * hard-links the original, so a second name of the same inode is refused too). On disk the record's folder must be
 * a real folder directly in the real {@code media/} folder, and the file a regular file, not a symbolic link: nothing
 * a link points at is ever served, inside the catalog or out of it.
 */
final class MediaFiles {

    private static final Logger LOG = LogManager.getLogger(MediaFiles.class);
    /** Content type by extension: the kinds of file the media stages write, and nothing else. */
    static final Map<String, String> TYPES = Map.of(
            "mp4", "video/mp4",
            "webm", "video/webm",
            "jpg", "image/jpeg",
            "webp", "image/webp",
            "png", "image/png",
            "vtt", "text/vtt; charset=utf-8");
    /** A record file larger than this is not a record vidcat wrote; it is not read for a web request. */
    private static final long MAX_RECORD = 16L * 1024 * 1024;
    static final int CACHE_SIZE = 2048;

    /**
     * A servable file.
     *
     * @param path the real path, checked to be a regular file directly in the record's real media folder
     */
    record MediaFile(Path path, long size, FileTime modified, Object fileKey, String contentType) {
    }

    /** What a record allows, valid while its record file keeps this stamp (size, time, identity). */
    private record Allowed(List<Object> stamp, Set<String> derived, List<String> originals) {
    }

    private final CatalogLayout layout;
    private final Map<String, Allowed> cache = Lru.map(CACHE_SIZE);

    MediaFiles(CatalogLayout layout) {
        this.layout = layout;
    }

    /** The file {@code name} of record {@code id} when it may be served; empty otherwise (not found). */
    Optional<MediaFile> find(String id, String name) {
        String type = TYPES.get(extension(name));
        String rel = CatalogLayout.mediaFile(id, name);
        try {
            Optional<Allowed> allowed = allowed(id);
            if (type == null || allowed.isEmpty() || !allowed.get().derived().contains(rel)) {
                return Optional.empty();
            }
            Path dir = layout.mediaDir(id).toRealPath();
            if (!dir.equals(layout.mediaRoot().toRealPath().resolve(id))) {
                LOG.warn("not serving {}: the media folder of {} is a link to {}", rel, id, dir);
                return Optional.empty();
            }
            Path file = dir.resolve(name);
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || isOriginal(a.fileKey(), allowed.get().originals())) {
                return Optional.empty();
            }
            return Optional.of(new MediaFile(file, a.size(), a.lastModifiedTime(), a.fileKey(), type));
        } catch (IOException | RuntimeException e) {
            LOG.debug("not serving {}: {}", rel, e.toString());
            return Optional.empty();
        }
    }

    private Optional<Allowed> allowed(String id) throws IOException {
        Path recordFile = layout.recordFile(id);
        BasicFileAttributes a = Files.readAttributes(recordFile, BasicFileAttributes.class);
        List<Object> stamp = java.util.Arrays.asList(a.size(), a.lastModifiedTime(), a.fileKey());
        Allowed known = cache.get(id);
        if (known != null && known.stamp().equals(stamp)) {
            return Optional.of(known);
        }
        if (!a.isRegularFile() || a.size() > MAX_RECORD) {
            return Optional.empty();
        }
        VideoRecord r = Catalog.read(recordFile);
        if (!id.equals(r.id())) {
            return Optional.empty();
        }
        List<String> originals = r.source() == null ? List.of()
                : java.util.stream.Stream.of(r.source().file(), r.source().subtitlesFile())
                        .filter(Objects::nonNull).toList();
        Set<String> derived = new HashSet<>(r.media().derivedFiles());
        derived.removeAll(originals);
        Allowed fresh = new Allowed(stamp, Set.copyOf(derived), originals);
        cache.put(id, fresh);
        return Optional.of(fresh);
    }

    /** Whether {@code key} is the identity of one of the record's originals (a second name of the same file). */
    private boolean isOriginal(Object key, List<String> originals) {
        if (key == null) {
            return false;
        }
        for (String o : originals) {
            try {
                if (key.equals(Files.readAttributes(layout.root().resolve(o), BasicFileAttributes.class).fileKey())) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // an original that is gone cannot be served under another name
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
