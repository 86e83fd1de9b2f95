package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.CatalogLock;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.Shard;

/** What {@code transcode} and {@code thumbnails} share: the shard-aware lock and the summary. */
final class MediaSupport {

    private MediaSupport() {
    }

    /** The exclusive catalog lock, or with {@code --shard} the shared one that lets the other shards run too. */
    static CatalogLock lock(GlobalOptions g, Catalog c, String command, Shard shard) throws IOException {
        return shard.isAll() ? g.lock(c, command) : c.lockShared(command, g.lockWait());
    }

    static int print(PrintWriter out, MediaResult r, boolean quiet) {
        if (!quiet) {
            for (MediaResult.Outcome o : r.outcomes()) {
                if (o.status() == MediaResult.Status.DONE) {
                    out.println("  done     " + o.id() + "  " + o.detail());
                }
            }
        }
        for (MediaResult.Outcome o : r.failures()) {
            out.println("  FAILED   " + o.id() + ": " + o.detail());
        }
        out.printf("%s: %d done, %d up to date, %d failed%s%n", r.stage(), r.count(MediaResult.Status.DONE),
                r.count(MediaResult.Status.UNCHANGED), r.count(MediaResult.Status.FAILED),
                r.otherShards() > 0 ? " (" + r.otherShards() + " left to other shards)" : "");
        out.flush();
        return r.exitCode();
    }
}
