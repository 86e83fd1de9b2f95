package nl.vidcat.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.FirstNames;
import nl.vidcat.vocab.Vocabularies;

/**
 * The cost of the name rules per record, in CPU time of one thread (so a busy machine does not blur it), next to the
 * cost of all record rules together. Records are read first; the catalog's media decide whether subtitles are read.
 * Usage: {@code BenchNames CATALOG [MAX_RECORDS=20000] [ROUNDS=5]}; bench/validate measures the whole command.
 */
public final class BenchNames {

    private BenchNames() {
    }

    public static void main(String[] args) {
        Catalog catalog = Catalog.open(Path.of(args[0]));
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<VideoRecord> all = catalog.records();
        List<VideoRecord> records = all.subList(0, Math.min(max, all.size()));
        CatalogContext context = CatalogContext.of(catalog);
        NamesCheck names = new NamesCheck(FirstNames.get());
        RecordChecks every = new RecordChecks(Vocabularies.get());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d records, media present: %s%n", records.size(), context.mediaPresent());
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            int hits = 0;
            for (VideoRecord r : records) {
                Findings out = new Findings(context.rules());
                names.check(new Subject(r.metadata(), r, r.problems(), context), out);
                hits += out.hits().size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (VideoRecord r : records) {
                every.run(new Subject(r.metadata(), r, r.problems(), context), new Findings(context.rules()));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: name rules %.2f us/record (%d findings), all record rules %.2f us/record%n",
                    round + 1, (t1 - t0) / 1e3 / records.size(), hits, (t2 - t1) / 1e3 / records.size());
        }
    }
}
