package nl.vidcat.check;

import nl.vidcat.store.CatalogLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vidcat.model.RecordIds;
import nl.vidcat.check.Fault.Kind;
import nl.vidcat.check.Fault.Repair;
import nl.vidcat.validate.RecordIntegrity;

/**
 * File names against record ids in records/: vidcat finds a record by its file name, so a record file named otherwise
 * is either a copy of a record that has its own file (two files claim one id) or a record vidcat misses.
 */
final class Names {

    private final List<Path> entries;
    /** id -> the first misnamed file (in name order) that holds it, when no {@code <id>.json} exists */
    private final Map<String, String> firstClaim = new HashMap<>();

    Names(List<Path> entries) {
        this.entries = entries;
    }

    /** The id the name of entry {@code i} says ({@code <id>.json}). */
    String id(int i) {
        String name = entries.get(i).getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    /** The fault of entry {@code i}, a readable record holding {@code claimed} under another name. */
    Fault misnamed(int i, String claimed) {
        Path file = entries.get(i);
        String rel = CatalogLayout.recordsEntry(file.getFileName().toString());
        if (!RecordIds.isValid(claimed)) {
            return new Fault(Kind.STRAY, rel, null, "holds a record whose id '" + claimed + "' is not a valid record id,"
                    + " so vidcat cannot use it; correct the id (and name the file after it) by hand.");
        }
        String own = CatalogLayout.recordsEntry(claimed + ".json");
        Path ownFile = file.resolveSibling(claimed + ".json");
        if (Files.exists(ownFile)) {
            if (RecordIntegrity.read(ownFile, own).record() == null) {
                return new Fault(Kind.DUPLICATE_ID, rel, claimed, "holds record " + claimed + " too, whose own file "
                        + own + " cannot be read: this one may be its good copy. Compare them; it is left in place.");
            }
            return new Fault(Kind.DUPLICATE_ID, rel, claimed, "holds record " + claimed + ", which " + own
                    + " holds too; vidcat reads " + own + " for it. 'vidcat check --repair' moves this copy to "
                    + CatalogLayout.LOST_FOUND_DIR + "/.", Repair.SET_ASIDE);
        }
        String first = firstClaim.putIfAbsent(claimed, rel);
        if (first != null) {
            return new Fault(Kind.DUPLICATE_ID, rel, claimed, "holds record " + claimed + ", which " + first
                    + " holds too. 'vidcat check --repair' names that one " + own + " and moves this copy to "
                    + CatalogLayout.LOST_FOUND_DIR + "/.", Repair.SET_ASIDE);
        }
        return new Fault(Kind.STRAY, rel, claimed, "holds record " + claimed + " but is not named " + claimed
                + ".json, so vidcat does not find it by its id. 'vidcat check --repair' renames it to " + own + ".",
                Repair.RENAME);
    }
}
