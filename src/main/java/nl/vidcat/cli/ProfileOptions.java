package nl.vidcat.cli;

import java.nio.file.Path;
import nl.vidcat.media.Profiles;
import picocli.CommandLine.Option;

/** Which transcode profile, shared by {@code transcode} and {@code run}. */
final class ProfileOptions {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = Profiles.DEFAULT,
            description = "Encoding profile (default: ${DEFAULT-VALUE}); see catalog-schema/profiles.md.")
    String profile;

    @Option(names = "--profiles-file", paramLabel = "FILE",
            description = "Extra profiles (same format as catalog-schema/profiles.json); also read: CATALOG/profiles.json.")
    Path profilesFile;
}
