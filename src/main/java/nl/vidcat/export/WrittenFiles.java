package nl.vidcat.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final AtomicInteger count = new AtomicInteger();

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
