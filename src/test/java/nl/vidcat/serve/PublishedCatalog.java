package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.vidcat.cli.CliRun;
import nl.vidcat.export.ExportFixtures;
import nl.vidcat.model.VideoRecord;

/**
 * A catalog of approved videos in several subjects and levels, exported as OAI-PMH into its default export folder the
 * way {@code vidcat export} does it, and a {@link Server} over it on a free loopback port.
 */
final class PublishedCatalog {

    static final String HOST = "video.hetbaken.nl";
    static final String[] SUBJECTS = {"wiskunde", "biologie", "Nederlands"};
    static final String[] LEVELS = {"havo", "vwo", "vmbo-gt"};

    final ExportFixtures fx;
    final List<String> ids = new ArrayList<>();

    PublishedCatalog(Path tmp) throws IOException {
        fx = new ExportFixtures(tmp);
    }

    /** {@code n} approved records; record i changed on day i of September 2026 (so from/until can tell them apart). */
    PublishedCatalog records(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            String id = String.format("video-%03d-%08x", i, i);
            VideoRecord r = ExportFixtures.withUpdatedAt(fx.published(nl.vidcat.model.RecordFixtures.sample(id,
                    "Video " + i, SUBJECTS[i % 3], LEVELS[i % 3] + (i % 2 == 0 ? ", vwo" : ""), "1", "")),
                    day(i));
            fx.save(r);
            ids.add(id);
        }
        return this;
    }

    /** The datestamp of record {@code i}: 08:00 UTC on day i + 1 of September 2026. */
    static Instant day(int i) {
        return Instant.parse("2026-09-01T08:00:00Z").plusSeconds(86_400L * i);
    }

    Path catalog() {
        return fx.catalog.dir();
    }

    Path exportDir() {
        return fx.catalog.layout().exportDir("oai-pmh");
    }

    /** Runs {@code vidcat export --format oai-pmh} into the default folder; fails the test unless it exits 0 or 1. */
    PublishedCatalog export() {
        CliRun.Result r = CliRun.inCatalog(catalog(), "export", "--format", "oai-pmh", "--out", exportDir().toString(),
                "--base-url", ExportFixtures.BASE, "--admin-email", "ict@hetbaken.nl", "--page-size", "4");
        assertEquals(0, r.code(), r.all());
        return this;
    }

    /** A server over the export on a free loopback port, {@code pageSize} records per list page. */
    Server serve(int pageSize) throws IOException {
        return Server.start(fx.catalog.layout(), PublishedExport.open(exportDir()),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, pageSize);
    }
}
