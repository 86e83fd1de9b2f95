package nl.vidcat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.CatalogLock;
import nl.vidcat.media.MediaResult;
import nl.vidcat.media.Shard;
import nl.vidcat.media.Thumbnailer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "thumbnails", mixinStandardHelpOptions = true,
        description = {"Make a representative poster (JPEG max 1280 wide, and WebP) and a storyboard (sprite sheet +",
                "WebVTT with #xywh=) for each video. Reruns skip videos whose images are intact."})
public final class ThumbnailsCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions globals;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Record ids (default: every record).")
    private List<String> ids = List.of();

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "Storyboard: one tile every SECONDS (default: ${DEFAULT-VALUE}; longer videos use at most 100 tiles).")
    private double interval;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1", description = "Videos at once (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = "--shard", paramLabel = "I/N", description = "Only the videos of shard I of N (see transcode).")
    private String shard;

    @Option(names = "--force", description = "Redo posters and storyboards even when they are intact.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1 || !(interval > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs and --interval must be positive");
        }
        Shard s = Shard.parse(shard);
        Catalog c = globals.openCatalog();
        try (CatalogLock lock = MediaSupport.lock(globals, c, "thumbnails", s)) {
            MediaResult r = new Thumbnailer(c, new Thumbnailer.Options(interval, force, jobs, s))
                    .run(c.select(ids), globals.progress());
            return MediaSupport.print(spec.commandLine().getOut(), r, globals.quiet());
        }
    }
}
