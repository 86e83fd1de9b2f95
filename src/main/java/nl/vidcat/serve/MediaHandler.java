package nl.vidcat.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Predicate;
import nl.vidcat.serve.ByteRange.Part;
import nl.vidcat.serve.ByteRange.Unsatisfiable;
import nl.vidcat.serve.Exchanges.BadRequest;
import nl.vidcat.serve.MediaFiles.MediaFile;
import nl.vidcat.store.CatalogLayout;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code GET|HEAD /media/<recordId>/<fileName>}: the renditions, posters, storyboard and subtitle tracks of published
 * records, with byte ranges (so a player can seek), validators for caches and the right content types. The URL is
 * {@code /} plus the file's catalog-relative path as the record stores it ({@link #urlPath}).
 *
 * <p>Never served: records the predicate does not call published (drafts, invalid, withdrawn, without consent:
 * answered 404 like ids that do not exist, so nothing reveals which ids exist), the source original and its sidecar
 * subtitles, any file the record does not list as derived media, links, folders and anything outside the record's
 * media folder ({@link MediaFiles}, {@link MediaPath}). Files are streamed from a channel in bounded chunks; a client
 * that goes away mid-file ends the response quietly.
 */
public final class MediaHandler implements HttpHandler {

    private static final Logger LOG = LogManager.getLogger(MediaHandler.class);
    /**
     * Caches may keep a file an hour and then revalidate it by its ETag: files keep their names when transcode
     * remakes them, and a withdrawn video should not outlive its withdrawal in caches by long.
     */
    static final String CACHE_CONTROL = "public, max-age=3600";
    private static final int CHUNK = 64 * 1024;

    private final MediaFiles files;
    private final Predicate<String> published;

    /**
     * @param layout    the catalog whose media are served (read only)
     * @param published whether a record id may be served now (the OAI snapshot's live, not deleted records)
     */
    public MediaHandler(CatalogLayout layout, Predicate<String> published) {
        this.files = new MediaFiles(layout);
        this.published = published;
    }

    /**
     * The URL path of a media file from its catalog-relative path as a record stores it ({@code media/ID/poster.jpg}
     * becomes {@code /media/ID/poster.jpg}); whether it is served depends on the record, see the class comment.
     */
    public static String urlPath(String catalogRelative) {
        return "/" + catalogRelative;
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            serve(ex);
        } catch (BadRequest e) {
            failed(ex, e.status(), e.getMessage());
        } catch (IOException e) {
            // the client went away (closed the player, seeked elsewhere): nothing to answer, nothing to report
            LOG.debug("media response to {} ended early: {}", ex.getRemoteAddress(), e.toString());
        } catch (RuntimeException e) {
            LOG.error("media request {} failed: {}", ex.getRequestURI().getRawPath(), e.toString(), e);
            failed(ex, 500, "internal error");
        } finally {
            ex.close();
        }
    }

    /** Answers with an error unless the response has begun (then the connection just ends). */
    private static void failed(HttpExchange ex, int status, String message) {
        if (ex.getResponseCode() == -1) {
            try {
                Exchanges.sendText(ex, status, message);
            } catch (IOException e) {
                LOG.debug("could not answer {}: {}", status, e.toString());
            }
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            Exchanges.sendText(ex, 405, "media files answer GET and HEAD only");
            return;
        }
        Optional<MediaPath> path = MediaPath.parse(ex.getRequestURI().getRawPath());
        Optional<MediaFile> file = path.filter(p -> published.test(p.id()))
                .flatMap(p -> files.find(p.id(), p.name()));
        if (file.isEmpty()) {
            Exchanges.sendText(ex, 404, "not found");
            return;
        }
        respond(ex, file.get());
    }

    private static void respond(HttpExchange ex, MediaFile f) throws IOException {
        Validators v = Validators.of(f);
        Headers out = ex.getResponseHeaders();
        out.set("ETag", v.etag());
        out.set("Last-Modified", v.lastModified());
        out.set("Cache-Control", CACHE_CONTROL);
        out.set("Accept-Ranges", "bytes");
        Headers in = ex.getRequestHeaders();
        if (v.notModified(in)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        try (FileChannel ch = FileChannel.open(f.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            boolean get = ex.getRequestMethod().equals("GET");
            ByteRange.Request asked = get && v.rangeApplies(in)
                    ? ByteRange.of(in.getFirst("Range"), size) : new ByteRange.Whole();
            if (asked instanceof Unsatisfiable) {
                out.set("Content-Range", "bytes */" + size);
                Exchanges.sendText(ex, 416, "range not satisfiable");
                return;
            }
            ByteRange range = asked instanceof Part p ? p.range() : new ByteRange(0, size - 1);
            out.set("Content-Type", f.contentType());
            out.set("X-Content-Type-Options", "nosniff");
            int status = 200;
            if (asked instanceof Part) {
                out.set("Content-Range", range.contentRange(size));
                status = 206;
            }
            send(ex, ch, status, range, get);
        }
    }

    private static void send(HttpExchange ex, FileChannel ch, int status, ByteRange range, boolean get)
            throws IOException {
        long length = Math.max(0, range.length());
        if (!get) {
            // the JDK sends no Content-Length for HEAD unless it is set by hand
            ex.getResponseHeaders().set("Content-Length", Long.toString(length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        try (OutputStream out = ex.getResponseBody()) {
            copy(ch, range.first(), length, out);
        }
    }

    /** Copies through one bounded buffer: a video is never held in memory whole. */
    private static void copy(FileChannel ch, long position, long count, OutputStream out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, count)));
        long pos = position;
        long left = count;
        while (left > 0) {
            buf.clear().limit((int) Math.min(buf.capacity(), left));
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new EOFException("the file became shorter while it was sent");
            }
            out.write(buf.array(), 0, n);
            pos += n;
            left -= n;
        }
    }
}
