package nl.vidcat.ingest;

import java.nio.file.Path;
import java.util.List;

/** Opens the package-private import folder to tests in other packages (the reliability suite). */
public final class ImportFolderProbe {

    private ImportFolderProbe() {
    }

    /** The file a sheet name resolves to, or null when vidcat refuses it. */
    public static Path resolve(Path folder, String name) {
        return ImportFolder.scan(folder, List.of()).resolve(name).path();
    }
}
