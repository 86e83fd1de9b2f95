package nl.vidcat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.CatalogLock;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.Profiles;
import nl.vidcat.media.Shard;
import nl.vidcat.media.Transcoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "transcode", mixinStandardHelpOptions = true,
        description = {"Make web-ready renditions of the catalog's videos (default profile 'web': 720p and 360p",
                "H.264/AAC MP4), loudness-normalized, without any metadata from the source; sidecar subtitles",
                "become WebVTT. Reruns redo only missing, damaged or outdated renditions."})
public final class TranscodeCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Record ids (default: every record).")
    private List<String> ids = List.of();

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = Profiles.DEFAULT,
            description = "Encoding profile (default: ${DEFAULT-VALUE}); see catalog-schema/profiles.md.")
    private String profile;

    @Option(names = "--profiles-file", paramLabel = "FILE",
            description = "Extra profiles (same format as catalog-schema/profiles.json); also read: CATALOG/profiles.json.")
    private Path profilesFile;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Videos to transcode at once (default: ${DEFAULT-VALUE}); ffmpeg threads are split between them.")
    private int jobs;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Only the videos whose id hashes to shard I of N (0 <= I < N), for N machines sharing the catalog.")
    private String shard;

    @Option(names = "--force", description = "Redo renditions even when they are up to date.")
    private boolean force;

    @Option(names = "--no-remux", description = "Re-encode even sources that already fit a rendition.")
    private boolean noRemux;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more");
        }
        Shard s = Shard.parse(shard);
        Catalog c = globals.openCatalog();
        Profiles.Profile p = Profiles.load(c.dir(), profilesFile).get(profile);
        try (CatalogLock lock = MediaSupport.lock(globals, c, "transcode", s)) {
            MediaResult r = new Transcoder(c, new Transcoder.Options(p, !noRemux, force, jobs, s))
                    .run(c.select(ids), globals.progress());
            return MediaSupport.print(spec.commandLine().getOut(), r, globals.quiet());
        }
    }
}
