package nl.vidcat.validate;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.model.VideoRecord;

/**
 * Whether one record file is a record: readable, valid JSON, matching the record schema and bindable, checked exactly
 * as {@code vidcat validate} checks it but without the content rules (kerndoelen, licence, privacy, ...). For
 * {@code vidcat check}, which asks whether the catalog is intact, not whether its metadata is good.
 */
public final class RecordIntegrity {

    /**
     * @param record   the record, or null when the file is not one
     * @param findings what is wrong (record.unreadable, schema.invalid), each with its line where known; empty when
     *                 the file is an intact record
     * @param modified the file's modification time in epoch milliseconds, read with its size; -1 when unknown
     */
    public record Result(VideoRecord record, List<Finding> findings, long modified) {
    }

    private RecordIntegrity() {
    }

    /** Thread-safe; the schema is compiled once per JVM. @param shown the file as messages name it */
    public static Result read(Path file, String shown) {
        return RecordFiles.readChecked(file, shown);
    }

    /**
     * The quick form of {@link #read}: a file that binds to a record strictly (no unknown field or value, no wrong
     * type, no repeated key, nothing after the record) passes without the schema, which costs more than the rest
     * together; anything else gets the full read and its findings. Misses only what the schema alone catches in a
     * bindable record: a missing required field, a value out of its pattern or range.
     */
    public static Result readQuick(Path file, String shown) {
        return RecordFiles.readBound(file, shown);
    }
}
