package nl.vidcat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the files of an export (from parallel workers, hence unchecked) and counts them for the summary. No temp
 * file per file: the whole export folder is swapped in at the end.
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
     * Runs {@code work} for every item in parallel and returns only when every task has ended, then throws the first
     * failure (the others added as suppressed). A parallel stream rethrows as soon as one task fails while the other
     * tasks go on writing into the export folder the caller is about to delete; here nothing is still running when
     * the caller cleans up. After a failure no further item is started.
     */
    static <T> void eachInParallel(Collection<T> items, Each<T> work) throws IOException {
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();
        items.parallelStream().forEach(item -> {
            if (!failures.isEmpty()) {
                return;
            }
            try {
                work.accept(item);
            } catch (IOException | RuntimeException e) {
                failures.add(e instanceof UncheckedIOException u ? u.getCause() : e);
            }
        });
        Exception first = failures.poll();
        if (first == null) {
            return;
        }
        failures.forEach(first::addSuppressed);
        if (first instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) first;
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
