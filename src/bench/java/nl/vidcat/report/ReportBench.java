package nl.vidcat.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.CatalogFindings;

/**
 * {@code bench/report}: the report of N generated records (default 5,000) against its peer, the validator run over
 * the same catalog (the report needs those findings; everything above that is the report's own cost). Best of a
 * few runs after a warm-up. Prints wall times, the ratio and the size of what a browser has to load.
 */
public final class ReportBench {

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int runs = 3;
        long t = System.nanoTime();
        // one folder per size: regenerating overwrites every record of that size, and no other record is there
        Catalog c = ReportFixtures.large(work.resolve("catalog-" + n), n);
        System.out.printf("generated %d records in %d ms%n", n, ms(t));
        Path out = ReportWriter.defaultDir(c);
        ReportWriter writer = new ReportWriter(Clock.systemUTC());
        writer.write(c, out, Progress.NONE); // warm-up
        CatalogFindings.of(c, Progress.NONE);
        long bestValidate = Long.MAX_VALUE;
        long bestReport = Long.MAX_VALUE;
        long bestPages = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            t = System.nanoTime();
            CatalogFindings findings = CatalogFindings.of(c, Progress.NONE);
            bestValidate = Math.min(bestValidate, ms(t));
            t = System.nanoTime();
            writer.write(c, out, Progress.NONE);
            bestReport = Math.min(bestReport, ms(t));
            List<VideoRecord> records = c.records();
            t = System.nanoTime();
            writer.write(c, records, findings::of, out, Progress.NONE);
            bestPages = Math.min(bestPages, ms(t));
        }
        long index = Files.size(out.resolve("index.html"));
        long total;
        long files;
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> all = s.filter(Files::isRegularFile).toList();
            files = all.size();
            total = all.stream().mapToLong(ReportBench::size).sum();
        }
        System.out.printf("peer: validator over the catalog (CatalogFindings)  %6d ms%n", bestValidate);
        System.out.printf("vidcat report (validate + read + write pages)       %6d ms  (%.0f videos/s)%n", bestReport,
                n * 1000.0 / bestReport);
        System.out.printf("  of which read records + write HTML                %6d ms%n", bestPages);
        System.out.printf("ratio report / validator: %.2fx%n", bestReport / (double) bestValidate);
        System.out.printf("index.html: %.2f MB (%d bytes per video); report folder: %d files, %.1f MB%n",
                index / 1e6, index / n, files, total / 1e6);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
