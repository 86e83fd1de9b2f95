package nl.vidcat.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.VideoRecord;

/**
 * Updates records by read-modify-write of the stage's own part, so a transcode and a thumbnails run (or two shards)
 * that touch one record never undo each other's work. Under the exclusive catalog lock a JVM-wide monitor is enough;
 * sharded runs also take an OS lock on {@code .records.lock} for the few milliseconds of each update, which
 * serializes updates across processes and machines.
 */
final class RecordWriter {

    private static final Object MONITOR = new Object();
    private final Catalog catalog;
    private final boolean crossProcess;
    private final String stage;

    /** @param stage names the change in the record's history ("transcode", "thumbnails") */
    RecordWriter(Catalog catalog, boolean crossProcess, String stage) {
        this.catalog = catalog;
        this.crossProcess = crossProcess;
        this.stage = stage;
    }

    /** Applies {@code change} to the record as it is on disk now and saves it atomically. */
    VideoRecord update(String id, UnaryOperator<VideoRecord> change) throws IOException {
        synchronized (MONITOR) {
            if (!crossProcess) {
                return apply(id, change);
            }
            try (FileChannel ch = FileChannel.open(catalog.layout().recordsLockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                return apply(id, change);
            }
        }
    }

    private VideoRecord apply(String id, UnaryOperator<VideoRecord> change) throws IOException {
        Optional<VideoRecord> current = catalog.find(id);
        if (current.isEmpty()) {
            throw new IOException("record " + id + " disappeared during the run");
        }
        VideoRecord updated = change.apply(current.get());
        if (!updated.equals(current.get())) {
            catalog.save(updated, stage);
        }
        return updated;
    }
}
