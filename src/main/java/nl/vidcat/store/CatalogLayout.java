package nl.vidcat.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where everything lives in a catalog directory; the one place that knows the names:
 * <pre>
 * catalog.json            settings and schema version
 * profiles.json           optional encoding profiles of this catalog
 * records/&lt;id&gt;.json      one pretty-printed record per video
 * media/&lt;id&gt;/…           the source and everything derived from it
 * index/                  the search index (built by {@code vidcat index})
 * history/&lt;id&gt;/         the last versions of each record ({@link RecordHistory})
 * logs/vidcat.log         the log file
 * report/                 the report pages ({@code vidcat report})
 * export/&lt;format&gt;/       the default folder of each export format
 * lost+found/             what {@code vidcat check --repair} set aside (strays, damaged media), never deleted
 * .lock                   held by the one process that may write
 * .records.lock           held for a moment by each record update of a sharded media run
 * </pre>
 * Records store media paths relative to the catalog ("media/ID/source.mp4"), so a catalog can be moved or kept in
 * git; {@link #mediaFile} makes those names. Other code asks this class (or {@link Catalog}) for a path and never
 * builds one from these names itself.
 */
public record CatalogLayout(Path root) {

    public static final String SETTINGS_FILE = "catalog.json";
    public static final String RECORDS_DIR = "records";
    public static final String MEDIA_DIR = "media";
    public static final String INDEX_DIR = "index";
    public static final String HISTORY_DIR = "history";
    public static final String LOGS_DIR = "logs";
    public static final String LOST_FOUND_DIR = "lost+found";
    static final String LOCK_FILE = ".lock";
    private static final String RECORDS_LOCK_FILE = ".records.lock";
    private static final String REPORT_DIR = "report";
    private static final String EXPORT_DIR = "export";
    private static final String PROFILES_FILE = "profiles.json";
    private static final String GITIGNORE = ".gitignore";
    /** What git should not keep of a catalog: rebuildable or per-machine files. */
    static final String GITIGNORE_TEXT = LOGS_DIR + "/\n" + INDEX_DIR + "/\n" + LOCK_FILE + "\n.*.part-*\n";

    /** The layout of the catalog at {@code root}, which need not exist yet. */
    public static CatalogLayout of(Path root) {
        return new CatalogLayout(root);
    }

    /** True when {@code dir} holds a catalog (its settings file). */
    public static boolean isCatalog(Path dir) {
        return Files.isRegularFile(dir.resolve(SETTINGS_FILE));
    }

    /** True when {@code dir} is the records folder of a catalog. */
    public static boolean isRecordsDir(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return parent != null && dir.getFileName() != null && dir.getFileName().toString().equals(RECORDS_DIR)
                && isCatalog(parent);
    }

    /** The catalog-relative name of a file in record {@code id}'s media folder, as records store it. */
    public static String mediaFile(String id, String fileName) {
        return MEDIA_DIR + "/" + id + "/" + fileName;
    }

    /** The catalog-relative name of record {@code id}'s media folder, as records store it (no trailing slash). */
    public static String mediaFolder(String id) {
        return MEDIA_DIR + "/" + id;
    }

    /** The catalog-relative name of a file in the records folder. */
    public static String recordsEntry(String fileName) {
        return RECORDS_DIR + "/" + fileName;
    }

    public Path settingsFile() {
        return root.resolve(SETTINGS_FILE);
    }

    public Path profilesFile() {
        return root.resolve(PROFILES_FILE);
    }

    public Path gitignore() {
        return root.resolve(GITIGNORE);
    }

    public Path recordsDir() {
        return root.resolve(RECORDS_DIR);
    }

    public Path recordFile(String id) {
        return recordsDir().resolve(id + ".json");
    }

    public Path mediaRoot() {
        return root.resolve(MEDIA_DIR);
    }

    public Path mediaDir(String id) {
        return mediaRoot().resolve(id);
    }

    public Path indexDir() {
        return root.resolve(INDEX_DIR);
    }

    public Path historyRoot() {
        return root.resolve(HISTORY_DIR);
    }

    /** Keeps the history out of git, which versions a kept catalog itself. */
    public Path historyGitignore() {
        return historyRoot().resolve(GITIGNORE);
    }

    public Path historyDir(String id) {
        return historyRoot().resolve(id);
    }

    public Path logsDir() {
        return root.resolve(LOGS_DIR);
    }

    public Path logFile() {
        return logsDir().resolve("vidcat.log");
    }

    public Path lostFoundDir() {
        return root.resolve(LOST_FOUND_DIR);
    }

    public Path lockFile() {
        return root.resolve(LOCK_FILE);
    }

    public Path recordsLockFile() {
        return root.resolve(RECORDS_LOCK_FILE);
    }

    public Path reportDir() {
        return root.resolve(REPORT_DIR);
    }

    /** The default output folder of an export format, by its code ("nl-lom", "oai-pmh", …). */
    public Path exportDir(String formatCode) {
        return root.resolve(EXPORT_DIR).resolve(formatCode);
    }

    /**
     * The folders vidcat keeps inside the catalog (records, media, index, logs, history, lost+found): no export or
     * report may be written into one, where replacing its output folder would delete what they hold.
     */
    public List<Path> ownedFolders() {
        return List.of(recordsDir(), mediaRoot(), indexDir(), logsDir(), historyRoot(), lostFoundDir());
    }
}
