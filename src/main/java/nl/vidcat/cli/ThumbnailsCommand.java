package nl.vidcat.cli;

import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.store.RecordScan;
import nl.vidcat.media.FFmpeg;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.MediaStage;
import nl.vidcat.media.Thumbnailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "thumbnails", mixinStandardHelpOptions = true,
        description = {"Make a poster and a storyboard for each video.",
                "The poster is a representative frame (JPEG max 1280 wide, and WebP); the storyboard a sprite sheet"
                        + " + WebVTT with #xywh=. Reruns skip videos whose images are intact."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every video done or already up to date", "1:some videos failed (listed with the reason)",
                "2:usage error (bad --interval or --shard, catalog busy)"})
public final class ThumbnailsCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Mixin
    private MediaOptions media;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "" + Thumbnailer.DEFAULT_INTERVAL,
            description = "Storyboard: one tile every SECONDS (default: ${DEFAULT-VALUE}; longer videos use at most 100 tiles).")
    private double interval;

    @Override
    public Integer call() throws Exception {
        if (!(interval > 0)) {
            throw new ParameterException(spec.commandLine(), "--interval must be a positive number of seconds");
        }
        var shard = media.shard();
        FFmpeg.preload(); // while the catalog and records are read
        Catalog c = globals.openCatalog();
        try (CatalogLock lock = media.lock(globals, c, "thumbnails")) {
            RecordScan scan = c.scan(media.ids);
            MediaResult r = MediaStage.thumbnails(new Thumbnailer.Options(interval, media.force, media.jobs, shard),
                    scan::records).work(c, globals.progress());
            return media.print(r, scan, globals.quiet());
        }
    }
}
