package nl.vidcat.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import nl.vidcat.store.Catalog;

/**
 * Generates the catalogs bench/check measures. Not a test.
 *
 * <p>{@code CheckBench quick DIR N}: N records, each naming a source, a rendition, poster, storyboard and subtitles
 * of realistic sizes (a 20-200 MB source), as sparse files of the recorded size: a quick check compares sizes only.
 * <br>{@code CheckBench full DIR N MB}: N records whose files hold random bytes, the source MB megabytes (the rest in
 * proportion), with their true SHA-256: what a full check reads.
 */
public final class CheckBench {

    private CheckBench() {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = args[0].equals("quick");
        Catalog cat = Catalog.openOrCreate(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        int mb = quick ? 0 : Integer.parseInt(args[3]);
        IntStream.range(0, n).parallel().forEach(i -> {
            String id = "uitlegvideo-" + String.format("%08x", i);
            int size = quick ? 20_000_000 + (int) ((i * 2_654_435_761L) % 180_000_000) : mb << 20;
            try {
                CheckFixtures.add(cat, id, size, i, quick);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf("generated %d records in %s (%s)%n", n, cat.dir(), quick ? "sparse media" : mb + " MB sources");
    }
}
