package nl.vidcat.cli;

import java.util.concurrent.Callable;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.CatalogLock;
import nl.vidcat.store.RecordScan;
import nl.vidcat.media.FFmpeg;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.MediaStage;
import nl.vidcat.media.Profiles;
import nl.vidcat.media.Transcoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "transcode", mixinStandardHelpOptions = true,
        description = {"Make web-ready renditions of the catalog's videos.",
                "Default profile 'web': 720p and 360p H.264/AAC MP4. Renditions are loudness-normalized, without any"
                        + " metadata from the source; sidecar subtitles become WebVTT. Reruns redo only missing,"
                        + " damaged or outdated renditions."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every video done or already up to date", "1:some videos failed (listed with the reason)",
                "2:usage error (unknown profile, bad profiles file or --shard, catalog busy)"})
public final class TranscodeCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Mixin
    private MediaOptions media;

    @Mixin
    private ProfileOptions profiles;

    @Option(names = "--no-remux", description = "Re-encode even sources that already fit a rendition.")
    private boolean noRemux;

    @Override
    public Integer call() throws Exception {
        var shard = media.shard();
        FFmpeg.preload(); // while the catalog, profiles and records are read
        Catalog c = globals.openCatalog();
        Profiles.Profile p = Profiles.load(c.dir(), profiles.profilesFile).get(profiles.profile);
        var options = new Transcoder.Options(p, !noRemux, media.force, media.jobs, shard);
        try (CatalogLock lock = media.lock(globals, c, "transcode")) {
            RecordScan scan = c.scan(media.ids);
            MediaResult r = MediaStage.transcode(() -> options, scan::records).work(c, globals.progress());
            return media.print(r, scan, globals.quiet());
        }
    }
}
