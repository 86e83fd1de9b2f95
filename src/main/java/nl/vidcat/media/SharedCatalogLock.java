package nl.vidcat.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import nl.vidcat.catalog.Catalog;
import nl.vidcat.catalog.VidcatException;

/**
 * The lock a sharded media run ({@code --shard I/N}) holds instead of the exclusive catalog lock: a shared OS lock on
 * the same {@code .lock} file. Any number of shards (on this or other machines, over NFS with working locks) hold it
 * together, while an exclusive writer such as {@code vidcat ingest} can neither start while shards run nor be
 * overtaken by one. Shards never write the same media directory (each video belongs to one shard); their record
 * updates are serialized by {@link RecordWriter}.
 */
public final class SharedCatalogLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SharedCatalogLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static SharedCatalogLock acquire(Catalog catalog, Duration wait) throws IOException {
        Path file = catalog.dir().resolve(".lock");
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l = null;
            try {
                l = ch.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException e) {
                // this JVM holds the exclusive lock: busy
            }
            if (l != null) {
                return new SharedCatalogLock(ch, l);
            }
            ch.close();
            if (!Instant.now().isBefore(deadline)) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw new VidcatException(VidcatException.USAGE, "catalog " + catalog.dir()
                        + " is being written by another vidcat process" + (holder.isEmpty() ? "" : ": " + holder)
                        + "; wait for it to finish (or use --wait SECONDS)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new VidcatException(VidcatException.USAGE, "interrupted while waiting for the catalog lock");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
