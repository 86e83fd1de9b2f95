package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WrittenFilesTest {

    /** The export folder is deleted right after a failure: no task may still be writing into it then. */
    @Test
    void aFailureIsRethrownOnlyWhenNoTaskIsRunningAnyMore() {
        List<Integer> items = IntStream.range(0, 64).boxed().toList();
        AtomicInteger running = new AtomicInteger();
        IOException e = assertThrows(IOException.class, () -> WrittenFiles.eachInParallel(items, i -> {
            running.incrementAndGet();
            try {
                if (i == 3) {
                    throw new IOException("disk full");
                }
                Thread.sleep(20);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }));
        assertEquals(0, running.get(), "tasks still running after the failure was reported");
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void uncheckedWriteFailuresComeBackAsTheIoExceptionTheyWrap() {
        IOException e = assertThrows(IOException.class, () -> WrittenFiles.eachInParallel(List.of(1, 2), i -> {
            throw new java.io.UncheckedIOException(new IOException("no space left on device " + i));
        }));
        assertTrue(e.getMessage().startsWith("no space left on device"), e.getMessage());
    }

    @Test
    void everyItemRunsWhenNothingFails() throws IOException {
        AtomicInteger done = new AtomicInteger();
        WrittenFiles.eachInParallel(IntStream.range(0, 100).boxed().toList(), i -> done.incrementAndGet());
        assertEquals(100, done.get());
    }
}
