package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.vidcat.cli.CliRun;
import nl.vidcat.serve.Harvesters.Harvested;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 21's proof with real clients: Debian's {@code oai_pmh} and npm's {@code oai-pmh} harvest a running
 * {@code vidcat serve} (its own JVM, on loopback) over 1,000 records in full, then incrementally ({@code from} the
 * responseDate after the full harvest) once records were changed and withdrawn and the catalog re-exported: every
 * identifier once, deleted records reported, exactly the changed records in the incremental harvest.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HarvestClientsTest {

    private static final int RECORDS = 1_000;
    private static final String BASE = "https://video.school.nl/leerlingen";
    private static final String PREFIX = "oai:video.school.nl:";
    /** Withdrawn before the first harvest: deleted records a full harvest must report. */
    private static final List<Integer> WITHDRAWN = List.of(0, 7, 107, 333, 512, 640, 701, 888, 998, 999);
    /** Changed and withdrawn after it: exactly what the incremental harvest must bring. */
    private static final List<Integer> CHANGED = List.of(3, 250, 251, 777, 950);
    private static final List<Integer> WITHDRAWN_LATER = List.of(12, 600, 997);

    private Path dir;
    private HarvestCatalog catalog;
    private ServeProcess serve;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void publish(@TempDir Path tmp) throws Exception {
        dir = tmp;
        catalog = HarvestCatalog.create(dir.resolve("catalog"), RECORDS);
        export();
        WITHDRAWN.forEach(i -> catalog.withdraw(i, HarvestCatalog.APPROVED));
        export(); // withdrawn after being published: listed as deleted from now on
        serve = ServeProcess.start(catalog.catalog().dir(), dir.resolve("serve.log"));
    }

    @AfterAll
    void stop() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Harvesters.class)
    @Order(1)
    void fullHarvestBringsEveryRecordOnceAndTheDeletedOnes(Harvesters client) throws Exception {
        assumeTrue(client.command().isPresent(), client + " harvester not installed (bin/test installs it)");
        List<Harvested> got = client.harvest(serve.oai(), "lom", null, dir);

        assertEquals(RECORDS, got.size(), "records harvested");
        assertEquals(ids(IntStream.range(0, RECORDS).boxed().toList()), identifiers(got), "each identifier once");
        assertEquals(ids(WITHDRAWN), identifiers(got.stream().filter(Harvested::deleted).toList()), "deleted");
    }

    @Test
    @Order(2)
    void incrementalHarvestBringsExactlyTheChangedRecords() throws Exception {
        List<Harvesters> clients = List.of(Harvesters.values()).stream().filter(h -> h.command().isPresent()).toList();
        assumeTrue(!clients.isEmpty(), "no OAI-PMH harvester installed (bin/test installs them)");
        String since = responseDate();
        Instant at = nextSecondAfter(Instant.parse(since));
        CHANGED.forEach(i -> catalog.change(i, at));
        WITHDRAWN_LATER.forEach(i -> catalog.withdraw(i, at));
        export();
        serve.awaitRecordsFrom(since);

        for (Harvesters client : clients) {
            List<Harvested> got = client.harvest(serve.oai(), "lom", since, dir);
            assertEquals(CHANGED.size() + WITHDRAWN_LATER.size(), got.size(), client + ": records from " + since);
            Set<String> changed = new TreeSet<>(ids(CHANGED));
            changed.addAll(ids(WITHDRAWN_LATER));
            assertEquals(changed, identifiers(got), client + ": exactly the changed records");
            assertEquals(ids(WITHDRAWN_LATER), identifiers(got.stream().filter(Harvested::deleted).toList()),
                    client + ": the withdrawn ones as deleted");
        }
    }

    private void export() {
        CliRun.Result r = CliRun.inCatalog(catalog.catalog().dir(), "export", "--format", "oai-pmh", "--out",
                catalog.catalog().layout().exportDir("oai-pmh").toString(), "--base-url", BASE, "--admin-email",
                "ict@school.nl");
        assertEquals(0, r.code(), r.all());
    }

    /** The responseDate of an Identify now: what a harvester keeps as the start of its next incremental harvest. */
    private String responseDate() throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(serve.oai() + "?verb=Identify")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("<responseDate>([^<]+)</responseDate>").matcher(body);
        assertEquals(true, m.find(), body);
        return m.group(1);
    }

    /** Waits for the clock to pass {@code t}'s second (datestamps have seconds granularity), then returns now. */
    private static Instant nextSecondAfter(Instant t) throws InterruptedException {
        Instant limit = t.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        while (Instant.now().isBefore(limit)) {
            Thread.sleep(20);
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Set<String> ids(List<Integer> numbers) {
        return numbers.stream().map(i -> PREFIX + HarvestCatalog.id(i)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> identifiers(List<Harvested> records) {
        return records.stream().map(Harvested::identifier).collect(Collectors.toCollection(TreeSet::new));
    }
}
