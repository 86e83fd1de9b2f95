package nl.vidcat.validate;

import nl.vidcat.store.CatalogLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.store.RecordListing;
import nl.vidcat.io.VidcatException;

/**
 * Turns the PATHS of {@code vidcat validate} into sources: a catalog directory, a folder of record files, single
 * record files (.json) or a metadata sheet (.csv). No paths means the catalog of --catalog.
 */
public final class Targets {

    private final Path catalogOption;
    private final Map<Path, CatalogContext> contexts = new HashMap<>();

    public Targets(Path catalogOption) {
        this.catalogOption = catalogOption;
    }

    public List<Source> resolve(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return List.of(Source.catalog(Catalog.open(catalogOption)));
        }
        List<Source> out = new ArrayList<>();
        List<Path> pending = new ArrayList<>(); // consecutive record files of one catalog form one source
        CatalogContext pendingContext = null;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw VidcatException.usage("no such file or directory: " + p);
            }
            if (Files.isDirectory(p) && CatalogLayout.isCatalog(p)) {
                flush(out, pending, pendingContext);
                out.add(Source.catalog(Catalog.open(p)));
                continue;
            }
            if (isSheet(p)) {
                flush(out, pending, pendingContext);
                out.add(Source.sheet(p, sheetContext()));
                continue;
            }
            if (Files.isDirectory(p) && flat(p)) {
                // a folder without subfolders (a catalog's records/, say) is one source, listed as the catalog is
                flush(out, pending, pendingContext);
                out.add(Source.records(recordsIn(p), contextOfFolder(p)));
                continue;
            }
            List<Path> records = Files.isDirectory(p) ? jsonFilesIn(p) : List.of(p);
            if (!Files.isDirectory(p) && !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                throw VidcatException.usage("cannot validate " + p + ": give a catalog directory, record files (.json)"
                        + " or a metadata sheet saved as CSV (.csv)");
            }
            for (Path r : records) {
                CatalogContext c = contextOf(r);
                if (!pending.isEmpty() && !Objects.equals(c, pendingContext)) {
                    flush(out, pending, pendingContext);
                }
                pending.add(r);
                pendingContext = c;
            }
        }
        flush(out, pending, pendingContext);
        return out;
    }

    private static boolean isSheet(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt"));
    }

    /** A sheet is headed for the --catalog catalog when it exists: its rule settings apply. */
    private CatalogContext sheetContext() {
        if (CatalogLayout.isCatalog(catalogOption)) {
            return CatalogContext.settingsOf(Catalog.open(catalogOption));
        }
        return CatalogContext.NONE;
    }

    /** A record file in {@code X/records/} of a catalog X belongs to it: X's rules and media apply. */
    private CatalogContext contextOf(Path recordFile) {
        return contextOfFolder(recordFile.toAbsolutePath().normalize().getParent());
    }

    private CatalogContext contextOfFolder(Path folder) {
        Path records = folder == null ? null : folder.toAbsolutePath().normalize();
        if (records == null || !CatalogLayout.isRecordsDir(records)) {
            return CatalogContext.NONE;
        }
        return contexts.computeIfAbsent(records.getParent(), dir -> CatalogContext.of(Catalog.open(dir)));
    }

    /** No subfolders: a folder's link count is 2 on the usual Unix file systems (on others it walks). */
    private static boolean flat(Path dir) {
        try {
            return Files.getAttribute(dir, "unix:nlink") instanceof Integer n && n == 2;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<Path> recordsIn(Path dir) {
        try {
            return RecordListing.of(dir, Targets::isRecordName);
        } catch (UncheckedIOException e) {
            throw VidcatException.usage("cannot list the files in " + dir + ": " + e.getCause().getMessage());
        }
    }

    /** A .json file (any case) that is not a half-written temp file. */
    private static boolean isRecordName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") && !AtomicFiles.isTempName(name);
    }

    private static List<Path> jsonFilesIn(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> isRecordName(f.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw VidcatException.usage("cannot list the files in " + dir + ": " + e.getMessage());
        }
    }

    private static void flush(List<Source> out, List<Path> pending, CatalogContext context) {
        if (!pending.isEmpty()) {
            out.add(Source.records(List.copyOf(pending), context));
            pending.clear();
        }
    }
}
