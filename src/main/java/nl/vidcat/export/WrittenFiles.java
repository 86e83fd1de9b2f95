package nl.vidcat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InterruptedIOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vidcat.stage.RecordRunner;

/**
 * Writes the files of an export (from parallel workers, hence unchecked) and counts them for the summary. No temp
 * file per file: the whole export folder is swapped in at the end. The export's work per record runs on every core
 * ({@link #eachInParallel}): it has no {@code --jobs} of its own.
 */
final class WrittenFiles {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface Each<T> {
        void accept(T item) throws IOException;
    }

    private final AtomicInteger count = new AtomicInteger();

    /**
     * Runs {@code work} for every item in parallel and returns only when no task is running any more, then throws
     * the first failure (the others suppressed in it): the caller deletes the export folder after a failure, and
     * nothing may still be writing into it then. After a failure no further item is started.
     */
    static <T> void eachInParallel(Collection<T> items, Each<T> work) throws IOException {
        mapInParallel(items, item -> {
            work.accept(item);
            return null;
        });
    }

    /** The results of {@code work} for every item, in order, computed in parallel as {@link #eachInParallel}. */
    static <T, R> List<R> mapInParallel(Collection<T> items, RecordRunner.Work<T, R> work) throws IOException {
        try {
            return RecordRunner.over(items, "export", Runtime.getRuntime().availableProcessors()).map(work);
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            for (Throwable other : e.getSuppressed()) {
                cause.addSuppressed(other);
            }
            throw cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (IOException) new InterruptedIOException("the export was interrupted").initCause(e);
        }
    }

    void write(Path file, Content content) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file, byte[] content) {
        write(file, out -> out.write(content));
    }

    int count() {
        return count.get();
    }
}
