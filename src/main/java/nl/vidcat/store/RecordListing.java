package nl.vidcat.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The sorted names of a records folder as a list of paths, in a heap that does not grow with the folder. A folder
 * of up to a few hundred thousand files is listed at once and sorted in memory (the fast way: one String per entry).
 * A larger one is read entry by entry and sorted in runs of {@value #RUN} names that are spilled to temporary files,
 * merged into one file of names and one of offsets, and memory-mapped: the list then holds no name on the heap, so a
 * catalog of ten million records is listed in the same few dozen megabytes as one of a million. The temporary files
 * are deleted as soon as they are mapped (or when listing fails); nothing is written beside the catalog, so a
 * read-only CI checkout works.
 */
public final class RecordListing {

    private static final Logger LOG = LogManager.getLogger(RecordListing.class);

    /**
     * Directory sizes up to this are listed at once. ext4 uses ~85 bytes of directory per record file of a typical
     * name, so this is ~400,000 records there; a file system that reports a small size for any directory is only
     * listed the way every folder was before.
     */
    static final long AT_ONCE_UP_TO = 32L << 20;
    static final int RUN = 200_000;
    /** Bytes each mapped window of the names file reaches past its 1 GB start: a name never straddles two windows. */
    private static final int OVERLAP = 64 << 10;
    private static final int WINDOW_SHIFT = 30;

    private RecordListing() {
    }

    /**
     * The names in {@code dir} that {@code wanted} accepts, sorted, as paths in {@code dir}; empty if it is absent.
     * (Up to 268 million of them: the offsets are one mapped buffer.)
     */
    public static List<Path> of(Path dir, Predicate<String> wanted) {
        return of(dir, wanted, AT_ONCE_UP_TO, RUN, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param atOnceUpTo the largest directory size to list at once
     * @param run how many names to sort in memory at a time
     * @param tmp where the runs go
     */
    static List<Path> of(Path dir, Predicate<String> wanted, long atOnceUpTo, int run, Path tmp) {
        try {
            if (Files.notExists(dir)) {
                return List.of();
            }
            if (Files.size(dir) <= atOnceUpTo) {
                return atOnce(dir, wanted);
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                // only the runs and the merge write, so an IOException here is the temp folder's: full, read-only or
                // missing costs heap, not the run
                return sorted(dir, filtered(entries, wanted), run, tmp);
            } catch (TempFolderFailed e) {
                LOG.warn("cannot sort the names in {} through {} ({}); listing them in memory", dir, tmp,
                        e.getCause().toString());
                return atOnce(dir, wanted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> atOnce(Path dir, Predicate<String> wanted) throws IOException {
        // On a large catalog this runs before any of the code is compiled, on one thread, so it does as little per
        // entry as it can: File.list makes one String per entry where a DirectoryStream makes a Path and a name, the
        // names are sorted as an array rather than as a stream of paths with a comparator, and the paths are made
        // when asked for, by whichever worker thread reads the file.
        String[] all = dir.toFile().list();
        if (all == null) { // File.list does not say why; the NIO listing does
            try (Stream<Path> s = Files.list(dir)) {
                s.findFirst();
            }
            throw new IOException("cannot list " + dir);
        }
        int n = 0;
        for (String name : all) {
            if (wanted.test(name)) {
                all[n++] = name;
            }
        }
        String[] names = Arrays.copyOf(all, n);
        Arrays.sort(names);
        return new InMemory(dir, names);
    }

    private static Iterator<String> filtered(DirectoryStream<Path> entries, Predicate<String> wanted) {
        Iterator<Path> it = entries.iterator();
        return new Iterator<>() {
            private String next = advance();

            private String advance() {
                while (it.hasNext()) {
                    String name = it.next().getFileName().toString();
                    if (wanted.test(name)) {
                        return name;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public String next() {
                String n = next;
                next = advance();
                return n;
            }
        };
    }

    /**
     * Sorts {@code names} holding at most {@code run} of them at a time: in memory when they fit one run, else
     * through sorted runs in {@code tmp} merged into a mapped file.
     */
    static List<Path> sorted(Path dir, Iterator<String> names, int run, Path tmp) throws TempFolderFailed {
        List<Path> runs = new ArrayList<>();
        try {
            String[] buffer = new String[Math.min(run, 1024)];
            int n = 0;
            while (names.hasNext()) {
                if (n == buffer.length) {
                    if (n < run) {
                        buffer = Arrays.copyOf(buffer, Math.min(run, n * 2));
                    } else {
                        runs.add(spill(buffer, n, tmp));
                        n = 0;
                    }
                }
                buffer[n++] = names.next();
            }
            if (runs.isEmpty()) {
                String[] all = Arrays.copyOf(buffer, n);
                Arrays.sort(all);
                return new InMemory(dir, all);
            }
            if (n > 0) {
                runs.add(spill(buffer, n, tmp));
            }
            buffer = null; // the merge needs the room
            return merge(dir, runs, tmp);
        } catch (IOException e) {
            throw new TempFolderFailed(e);
        } finally {
            for (Path r : runs) {
                try {
                    Files.deleteIfExists(r);
                } catch (IOException e) {
                    LOG.warn("cannot remove the temporary file {}: {}", r, e.toString());
                }
            }
        }
    }

    /** Writing the runs or the merged names failed: a temp folder problem, not one of the records folder. */
    static final class TempFolderFailed extends Exception {
        private static final long serialVersionUID = 1L;

        TempFolderFailed(IOException cause) {
            super(cause);
        }
    }

    private static Path spill(String[] buffer, int n, Path tmp) throws IOException {
        Arrays.sort(buffer, 0, n);
        Path file = Files.createTempFile(tmp, "vidcat-names-", ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                1 << 16))) {
            for (int i = 0; i < n; i++) {
                out.writeUTF(buffer[i]);
                buffer[i] = null;
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private record Head(String name, int run) {
    }

    private static List<Path> merge(Path dir, List<Path> runs, Path tmp) throws IOException {
        Path names = Files.createTempFile(tmp, "vidcat-names-", ".txt");
        Path offsets = Files.createTempFile(tmp, "vidcat-names-", ".idx");
        List<DataInputStream> in = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
                int c = a.name().compareTo(b.name());
                return c != 0 ? c : Integer.compare(a.run(), b.run());
            });
            for (Path r : runs) {
                in.add(new DataInputStream(new BufferedInputStream(Files.newInputStream(r), 1 << 16)));
                Head h = read(in.get(in.size() - 1), in.size() - 1);
                if (h != null) {
                    heads.add(h);
                }
            }
            long at = 0;
            int count = 0;
            try (BufferedOutputStream data = new BufferedOutputStream(Files.newOutputStream(names), 1 << 16);
                    DataOutputStream index = new DataOutputStream(new BufferedOutputStream(
                            Files.newOutputStream(offsets), 1 << 16))) {
                for (Head h; (h = heads.poll()) != null; count++) {
                    byte[] b = h.name().getBytes(StandardCharsets.UTF_8);
                    index.writeLong(at);
                    data.write(b);
                    at += b.length;
                    Head next = read(in.get(h.run()), h.run());
                    if (next != null) {
                        heads.add(next);
                    }
                }
                index.writeLong(at);
            }
            return new Mapped(dir, names, offsets, count);
        } finally {
            for (DataInputStream s : in) {
                s.close();
            }
            // mapped pages stay readable after the names are unlinked, and a crash now leaves nothing behind
            Files.deleteIfExists(names);
            Files.deleteIfExists(offsets);
        }
    }

    private static Head read(DataInputStream in, int run) throws IOException {
        try {
            return new Head(in.readUTF(), run);
        } catch (EOFException e) {
            return null;
        }
    }

    /** The files {@code dir/names[i]}, as an immutable list. */
    private static final class InMemory extends AbstractList<Path> implements RandomAccess {
        private final Path dir;
        private final String[] names;

        InMemory(Path dir, String[] names) {
            this.dir = dir;
            this.names = names;
        }

        @Override
        public Path get(int index) {
            return dir.resolve(names[index]);
        }

        @Override
        public int size() {
            return names.length;
        }
    }

    /** The same, with the names in mapped files; safe for any number of reading threads (absolute gets only). */
    private static final class Mapped extends AbstractList<Path> implements RandomAccess {
        private final Path dir;
        private final int size;
        private final MappedByteBuffer offsets;
        private final MappedByteBuffer[] windows;

        Mapped(Path dir, Path names, Path offsetFile, int size) throws IOException {
            this.dir = dir;
            this.size = size;
            try (FileChannel o = FileChannel.open(offsetFile, StandardOpenOption.READ);
                    FileChannel d = FileChannel.open(names, StandardOpenOption.READ)) {
                this.offsets = o.map(FileChannel.MapMode.READ_ONLY, 0, o.size());
                long length = d.size();
                int count = (int) ((length >>> WINDOW_SHIFT) + 1);
                this.windows = new MappedByteBuffer[count];
                for (int w = 0; w < count; w++) {
                    long start = (long) w << WINDOW_SHIFT;
                    long end = Math.min(length, start + (1L << WINDOW_SHIFT) + OVERLAP);
                    windows[w] = d.map(FileChannel.MapMode.READ_ONLY, start, Math.max(0, end - start));
                }
            }
        }

        @Override
        public Path get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            long from = offsets.getLong(index * 8);
            int length = (int) (offsets.getLong(index * 8 + 8) - from);
            byte[] b = new byte[length];
            windows[(int) (from >>> WINDOW_SHIFT)].get((int) (from & ((1L << WINDOW_SHIFT) - 1)), b);
            return dir.resolve(new String(b, StandardCharsets.UTF_8));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
