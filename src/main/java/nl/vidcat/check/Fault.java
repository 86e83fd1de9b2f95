package nl.vidcat.check;

/**
 * One thing {@code vidcat check} found, in plain words.
 *
 * @param kind    what sort of thing (its code is stable for scripts)
 * @param file    the catalog-relative file or folder it is about, '/'-separated; null for the catalog as a whole
 * @param id      the record it belongs to, or null
 * @param message what is wrong and what to do, one sentence or two
 * @param repair  what {@code --repair} does about it
 */
public record Fault(Kind kind, String file, String id, String message, Repair repair) {

    /** A fault --repair leaves to a person. */
    public Fault(Kind kind, String file, String id, String message) {
        this(kind, file, id, message, Repair.NONE);
    }

    /** The safe repairs; each keeps every byte it takes away (in lost+found/) except temp files. */
    public enum Repair {
        NONE,
        /** Remove a temp file of an interrupted write (the file it was for is intact). */
        SWEEP,
        /** Clear the name a killed writer left in the lock file. */
        CLEAR_LOCK,
        /** Move the file to lost+found/, under its catalog path. */
        SET_ASIDE,
        /** Rename a record file to its id (the name is free). */
        RENAME,
        /** Move a damaged derived file to lost+found/ and mark it stale in its record, so it is made again. */
        REMAKE,
        /** Put back the record's last good version from its history (only when asked: --restore-unreadable). */
        RESTORE
    }

    /** The kinds of fault; {@link #problem} ones make the check fail, the others are notes. */
    public enum Kind {
        RECORD_UNREADABLE("record.unreadable", true),
        RECORD_SCHEMA("record.schema", true),
        STRAY("record.stray", true),
        DUPLICATE_ID("record.duplicate-id", true),
        MEDIA_MISSING("media.missing", true),
        MEDIA_DAMAGED("media.damaged", true),
        MEDIA_ORPHAN("media.orphan", true),
        /** A derived file marked for remaking (no hash recorded): the next transcode or thumbnails run makes it. */
        MEDIA_STALE("media.stale", false),
        INDEX_OUT_OF_DATE("index.out-of-date", true),
        INDEX_UNREADABLE("index.unreadable", true),
        INDEX_NONE("index.none", false),
        TEMP_FILE("temp-file", true),
        /** A temp file while a writer runs: most likely its work in progress. */
        TEMP_FILE_IN_USE("temp-file.in-use", false),
        STALE_LOCK("lock.stale", true);

        private final String code;
        private final boolean problem;

        Kind(String code, boolean problem) {
            this.code = code;
            this.problem = problem;
        }

        public String code() {
            return code;
        }

        public boolean problem() {
            return problem;
        }
    }

    public boolean problem() {
        return kind.problem();
    }

    /** The console line: the file, then the message. */
    public String line() {
        return (file == null ? "" : file + ": ") + message;
    }
}
