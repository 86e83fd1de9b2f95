package nl.vidcat.check;

import nl.vidcat.store.CatalogLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordListing;
import nl.vidcat.check.Fault.Kind;

/** Folders in media/ that no record file owns: what is left of a record whose file was removed or renamed. */
final class MediaFolders {

    private MediaFolders() {
    }

    /** @param owners every id a record file names, readable or not (its media are not orphans) */
    static List<Fault> orphans(Catalog catalog, Set<String> owners) {
        List<Fault> out = new ArrayList<>();
        for (Path p : RecordListing.of(catalog.mediaRoot(), name -> !owners.contains(name))) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && !name.startsWith(".")) {
                out.add(new Fault(Kind.MEDIA_ORPHAN, CatalogLayout.mediaFolder(name) + "/", null, "belongs to no"
                        + " record file: left by a removed record, or its record file is lost (check "
                        + CatalogLayout.LOST_FOUND_DIR + "/ and the record history). Left in place."));
            }
        }
        return out;
    }
}
