package nl.vidcat.validate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vidcat.store.Catalog;

/**
 * What the rules know about the catalog an input belongs to: its rule settings and whether its media can be checked.
 *
 * @param dir          the catalog directory, or null for inputs outside any catalog
 * @param mediaPresent true when {@code media/} exists and has content. A CI checkout usually holds only records
 *                     (media are too big for git), and then a missing video is not the record's fault.
 * @param allowedNames the catalog's {@code allowedNames}, ready for matching
 */
public record CatalogContext(Path dir, RuleSet rules, boolean mediaPresent, NamePhrases allowedNames) {

    /** Inputs outside a catalog: default rules, no media checks. */
    public static final CatalogContext NONE = new CatalogContext(null, RuleSet.DEFAULTS, false, NamePhrases.NONE);

    public static CatalogContext of(Catalog c) {
        return new CatalogContext(c.dir(), RuleSet.of(c.settings()), hasEntries(c.mediaRoot()),
                NamePhrases.allowList(c.settings().allowedNames()));
    }

    /** A sheet headed for catalog {@code c}: its rule settings apply, its media do not matter yet. */
    public static CatalogContext settingsOf(Catalog c) {
        return new CatalogContext(null, RuleSet.of(c.settings()), false,
                NamePhrases.allowList(c.settings().allowedNames()));
    }

    /** A catalog-relative path from a record as a file, or null when it would leave the catalog. */
    Path resolve(String catalogRelative) {
        if (dir == null || catalogRelative == null) {
            return null;
        }
        Path p = dir.resolve(catalogRelative).normalize();
        return p.startsWith(dir) && !Path.of(catalogRelative).isAbsolute() ? p : null;
    }

    private static boolean hasEntries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
