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
     * A folder changed this recently may change again within its time stamp's granularity (coarse clocks, FAT's two
     * seconds) without its time changing, so what was found in it is not kept until it is this old.
     */
    private static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(3);

    /**
     * A servable file.
     *
     * @param path the real path, checked to be a regular file directly in the record's real media folder
     */
    record MediaFile(Path path, long size, FileTime modified, Object fileKey, String contentType) {
    }

    /** What a record allows, valid while its record file keeps this stamp (size, time, identity). */
    private record Allowed(List<Object> stamp, VideoRecord record, Set<String> derived, List<String> originals) {
    }

    /**
     * The files of a record that {@link #find} serves, by name, checked together: what a search hit may link to.
     *
     * @param record the record they come from
     * @param names  file names in the record's media folder
     * @param stamp  the record file's and the media folder's stamps they were checked at
     */
    record Servable(VideoRecord record, Set<String> names, List<Object> stamp) {
    }

    private final CatalogLayout layout;
    private final Map<String, Allowed> cache = Lru.map(CACHE_SIZE);
    private final Map<String, Servable> servable = Lru.map(CACHE_SIZE);

    MediaFiles(CatalogLayout layout) {
        this.layout = layout;
    }

    /** The file {@code name} of record {@code id} when it may be served; empty otherwise (not found). */
    Optional<MediaFile> find(String id, String name) {
        try {
            Optional<Allowed> allowed = allowed(id);
            return allowed.isEmpty() || !realFolder(id) ? Optional.empty() : file(id, name, allowed.get());
        } catch (IOException | RuntimeException e) {
            LOG.debug("not serving {}: {}", CatalogLayout.mediaFile(id, name), e.toString());
            return Optional.empty();
        }
    }

    /**
     * What {@link #find} would serve of record {@code id} now, all files at once; empty when the record cannot be
     * read. Checked again only when the record file or the media folder's entries change (a file added, removed,
     * renamed or replaced by a link changes the folder), so a search hit costs two stats, not a check per file.
     * {@code find} still checks every request: a stale answer here can only offer a link that then answers 404.
     */
    Optional<Servable> servable(String id) {
        try {
            Optional<Allowed> allowed = allowed(id);
            if (allowed.isEmpty()) {
                return Optional.empty();
            }
            BasicFileAttributes d = folder(id);
            List<Object> stamp = d == null ? java.util.Arrays.asList(allowed.get().stamp(), null)
                    : java.util.Arrays.asList(allowed.get().stamp(), d.isDirectory(), d.lastModifiedTime(), d.fileKey());
            Servable known = servable.get(id);
            if (known != null && known.stamp().equals(stamp)) {
                return Optional.of(known);
            }
            Set<String> names = new HashSet<>();
            String folder = CatalogLayout.mediaFolder(id) + "/";
            if (d != null && d.isDirectory() && realFolder(id)) {
                for (String rel : allowed.get().derived()) {
                    String name = rel.startsWith(folder) ? rel.substring(folder.length()) : "";
                    if (!name.isEmpty() && name.indexOf('/') < 0 && file(id, name, allowed.get()).isPresent()) {
                        names.add(name);
                    }
                }
            }
            Servable fresh = new Servable(allowed.get().record(), Set.copyOf(names), stamp);
            if (d == null || d.lastModifiedTime().toInstant().isBefore(java.time.Instant.now().minus(SETTLED))) {
                servable.put(id, fresh);
            } else {
                servable.remove(id);
            }
            return Optional.of(fresh);
        } catch (IOException | RuntimeException e) {
            LOG.debug("no media of {}: {}", id, e.toString());
            return Optional.empty();
        }
    }

    /** The record's media folder's own attributes (a link is not followed), or null when there is none yet. */
    private BasicFileAttributes folder(String id) throws IOException {
        try {
            return Files.readAttributes(layout.mediaDir(id), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /** Whether the record's media folder is a real folder directly in the real {@code media/} folder. */
    private boolean realFolder(String id) throws IOException {
        Path dir = layout.mediaDir(id).toRealPath();
        if (!dir.equals(layout.mediaRoot().toRealPath().resolve(id))) {
            LOG.warn("not serving the media of {}: its folder is a link to {}", id, dir);
            return false;
        }
        return true;
    }

    /** The file {@code name} in the (checked) media folder of {@code id} when the record allows serving it. */
    private Optional<MediaFile> file(String id, String name, Allowed allowed) throws IOException {
        String type = TYPES.get(extension(name));
        if (type == null || !allowed.derived().contains(CatalogLayout.mediaFile(id, name))) {
            return Optional.empty();
        }
        Path file = layout.mediaDir(id).resolve(name);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
        if (!a.isRegularFile() || isOriginal(a.fileKey(), allowed.originals())) {
            return Optional.empty();
        }
        return Optional.of(new MediaFile(file, a.size(), a.lastModifiedTime(), a.fileKey(), type));
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
        Allowed fresh = new Allowed(stamp, r, Set.copyOf(derived), originals);
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
