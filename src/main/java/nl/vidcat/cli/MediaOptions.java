package nl.vidcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.store.RecordScan;
import nl.vidcat.io.VidcatException;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.Shard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code transcode} and {@code thumbnails} share: which videos, how many at once, the lock and the summary. */
final class MediaOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Record ids (default: every record).")
    List<String> ids = List.of();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1", converter = Jobs.class,
            description = "Videos at once (default: ${DEFAULT-VALUE}); ffmpeg threads are split between them.")
    int jobs;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Only the videos whose id hashes to shard I of N (0 <= I < N), for N machines sharing the catalog.")
    private String shard;

    @Option(names = "--force", description = "Redo the work even when the outputs are intact and up to date.")
    boolean force;

    Shard shard() {
        return Shard.parse(shard);
    }

    /** The exclusive catalog lock, or with {@code --shard} the shared one that lets the other shards run too. */
    CatalogLock lock(GlobalOptions g, Catalog c, String command) throws IOException {
        return shard().isAll() ? g.lock(c, command) : c.lockShared(command, g.lockWait());
    }

    /**
     * The summary. A record file that could not be read, or a misnamed one, is one of the failures (its video is not
     * touched); a stray copy beside its record is named but fails nothing here, since the record itself was worked on.
     */
    int print(MediaResult r, RecordScan scan, boolean quiet) {
        PrintWriter out = spec.commandLine().getOut();
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
        List<String> unusable = new java.util.ArrayList<>();
        scan.unreadable().forEach(u -> unusable.add(u.message()));
        scan.strays().stream().filter(s -> !s.shadowed()).forEach(s -> unusable.add(s.message()));
        unusable.forEach(m -> out.println("  FAILED   " + m));
        scan.strays().stream().filter(RecordScan.Stray::shadowed).forEach(s -> out.println("  note     " + s.message()));
        out.printf("%s: %d done, %d up to date, %d failed%s%n", r.stage(), r.count(MediaResult.Status.DONE),
                r.count(MediaResult.Status.UNCHANGED), r.count(MediaResult.Status.FAILED) + unusable.size(),
                r.otherShards() > 0 ? " (" + r.otherShards() + " left to other shards)" : "");
        out.flush();
        return unusable.isEmpty() ? r.exitCode() : Math.max(r.exitCode(), VidcatException.FINDINGS);
    }
}
