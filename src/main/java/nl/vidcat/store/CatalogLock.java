package nl.vidcat.store;

import nl.vidcat.io.FileProblems;
import nl.vidcat.io.VidcatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Exclusive write access to one catalog. Uses an OS file lock on {@code .lock}, so a crashed or killed holder never
 * leaves a stale lock behind; the file's text names the holder for the error message.
 *
 * <p>A shared lock on the same file is what sharded media runs ({@code --shard I/N}) hold instead: any number of
 * shards, on this or other machines (NFS with working locks), hold it together, while an exclusive writer such as
 * {@code ingest} can neither start while shards run nor be overtaken by one.
 */
public final class CatalogLock implements AutoCloseable {

    private static final Pattern HOLDER_PID = Pattern.compile("pid (\\d{1,18}) ");
    private static final Logger LOG = LogManager.getLogger(CatalogLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private CatalogLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param wait how long to keep trying; zero fails at once
     * @throws VidcatException (exit 2) naming the holder when the catalog stays busy
     */
    static CatalogLock acquire(Path catalogDir, String command, Duration wait, boolean shared) throws IOException {
        Path file = CatalogLayout.of(catalogDir).lockFile();
        Instant deadline = Instant.now().plus(wait);
        boolean waiting = false;
        while (true) {
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (FileSystemException e) {
                if (FileProblems.isNotWritable(e)) {
                    throw FileProblems.catalogNotWritable(catalogDir, command, e);
                }
                throw e;
            }
            FileLock lock = null;
            try {
                lock = ch.tryLock(0, Long.MAX_VALUE, shared);
            } catch (OverlappingFileLockException e) {
                // held by this same JVM: busy, like any other holder
            }
            if (lock != null && shared) {
                return new CatalogLock(ch, lock); // the exclusive holder's name is not ours to overwrite
            }
            if (lock != null) {
                String who = "pid " + ProcessHandle.current().pid() + " (" + command + ", since " + Instant.now() + ")\n";
                try {
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
                    ch.force(false);
                } catch (IOException e) {
                    // The OS lock is what keeps other writers out; the name only improves their message. On a full
                    // disk a command with nothing to write must still run (a check, an index already up to date).
                    LOG.info("could not write the lock holder's name into {}: {}", file, e.getMessage());
                }
                return new CatalogLock(ch, lock);
            }
            ch.close();
            if (!Instant.now().isBefore(deadline)) {
                throw busy(catalogDir, readHolder(file));
            }
            if (!waiting) {
                // the log then explains a command that seemed to hang (and tests can see it wait)
                LOG.info("catalog {} is in use by {}; waiting up to {} s for it", catalogDir, readHolder(file),
                        wait.toSeconds());
                waiting = true;
            }
            pause(null);
        }
    }

    private static VidcatException busy(Path catalogDir, String holder) {
        return new VidcatException(VidcatException.USAGE, "catalog " + catalogDir
                + " is in use by another vidcat process" + (holder.isEmpty() ? "" : ": " + holder)
                + "; wait for it to finish (or use --wait SECONDS)");
    }

    private static void pause(FileChannel open) throws IOException {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (open != null) {
                open.close();
            }
            throw new VidcatException(VidcatException.USAGE, "interrupted while waiting for the catalog lock");
        }
    }

    /**
     * The lock for a command that only reads the catalog but wants no writer to change it meanwhile (export): the
     * write lock where the catalog is writable; on a read-only catalog (or one this user may not write) a shared lock
     * on an existing lock file, which still keeps a writer with permission out; or none at all when there is no lock
     * file to lock, since then nobody can be writing through vidcat.
     */
    static CatalogLock acquireForReading(Path catalogDir, String command, Duration wait) throws IOException {
        try {
            return acquire(catalogDir, command, wait, false);
        } catch (VidcatException e) {
            if (!(e.getCause() instanceof FileSystemException)) {
                throw e;
            }
        }
        LOG.info("catalog {} is not writable; '{}' reads it under a shared lock", catalogDir, command);
        Path file = CatalogLayout.of(catalogDir).lockFile();
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            return new CatalogLock(null, null);
        }
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            FileLock lock;
            try {
                lock = ch.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException | IOException e) {
                ch.close();
                return new CatalogLock(null, null); // locks unsupported here: nothing else can be taken either
            }
            if (lock != null) {
                return new CatalogLock(ch, lock);
            }
            if (!Instant.now().isBefore(deadline)) {
                ch.close();
                String holder = readHolder(file);
                throw busy(catalogDir, holder);
            }
            pause(ch);
        }
    }

    /**
     * The writer the lock file names, if it names one: {@code running} when that process still runs here or some
     * process holds the lock (the pid may be of another machine sharing the catalog over NFS), else it was killed.
     */
    record Holder(String name, boolean running) {
    }

    static Optional<Holder> holder(Path catalogDir) {
        Path file = CatalogLayout.of(catalogDir).lockFile();
        String name = readHolder(file);
        Matcher m = HOLDER_PID.matcher(name);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        if (ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.of(new Holder(name, true));
        }
        // A shared try on a read-only channel changes nothing on disk and is released at once.
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe = ch.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return Optional.of(new Holder(name, true));
            }
            probe.release();
            return Optional.of(new Holder(name, false));
        } catch (IOException | OverlappingFileLockException e) {
            return Optional.of(new Holder(name, true)); // held by this JVM, or not ours to probe
        }
    }

    private static String readHolder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether this is the write lock (not a shared one, not none). */
    boolean exclusive() {
        return lock != null && !lock.isShared();
    }

    @Override
    public void close() throws IOException {
        if (channel == null) {
            return;
        }
        try {
            if (!lock.isShared()) {
                // A finished writer leaves no name behind, so a name left is a writer that was killed (staleHolder).
                channel.truncate(0);
            }
            lock.release();
        } finally {
            channel.close();
        }
    }
}
