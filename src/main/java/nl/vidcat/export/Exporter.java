package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.io.AtomicFiles;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.validate.CatalogFindings;
import nl.vidcat.validate.Severity;
import nl.vidcat.vocab.Vocabularies;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code vidcat export}: applies the publication rules (approved, no validation errors, a playable rendition for
 * formats that point at the video), hands the records to the format's writer, and swaps the finished folder into
 * place. Exports are deterministic: the same catalog gives byte-identical files.
 */
public final class Exporter {

    private static final Logger LOG = LogManager.getLogger(Exporter.class);

    private final Catalog catalog;
    private final Clock clock;

    public Exporter(Catalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    /** @param clock only used to date OAI-PMH deletions, the one thing an export notices rather than reads */
    public Exporter(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public ExportResult export(ExportRequest request, Progress progress) throws IOException {
        ExportRequest req = checked(request);
        OutputDir out = OutputDir.check(req.out(), req.format(), catalog);
        List<ExportJob.Item> items = new ArrayList<>();
        List<ExportResult.Skipped> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // the same validator run, rules and catalog overrides as 'vidcat validate', so export never disagrees with CI
        CatalogFindings findings = req.format().publishes() ? CatalogFindings.of(catalog, progress) : null;
        RecordScan scan = catalog.scan(List.copyOf(new LinkedHashSet<>(req.ids())));
        List<VideoRecord> records = new ArrayList<>(scan.records());
        records.sort(Comparator.comparing(VideoRecord::id));
        for (VideoRecord r : records) {
            eligible(r, req, findings, skipped, notes).ifPresent(items::add);
        }
        // never silently absent: an unreadable record or a stray file is a failure the curator must fix
        scan.unreadable().forEach(u -> skipped.add(new ExportResult.Skipped(u.id() == null ? u.file() : u.id(),
                ExportResult.Reason.UNREADABLE, u.message())));
        scan.strays().forEach(s -> skipped.add(new ExportResult.Skipped(s.file(), ExportResult.Reason.STRAY,
                s.message())));
        JsonNode previous = out.previousState();
        long published = req.format() == ExportFormat.OAI_PMH
                ? OaiPmhWriter.stillPublished(previous, scan.unreadable()) : 0;
        if (published > 0) {
            notes.add("the OAI-PMH repository in " + out.path() + " was left as it was, so harvesters keep the last"
                    + " published version: " + published + " published record(s) cannot be read, and publishing"
                    + " without them would mark them deleted. Fix them, then export again");
            skipped.sort(Comparator.comparing(ExportResult.Skipped::id));
            LOG.warn("OAI-PMH export to {} not written: {} published record(s) unreadable", out.path(), published);
            return new ExportResult(req.format(), out.path(), List.of(), skipped, notes, 0);
        }
        ExportJob job = new ExportJob(catalog, req, items, new LomMapper(Vocabularies.get(), catalog.settings().name()),
                previous, clock.instant(), progress);
        FormatWriter writer = writer(req.format());
        Path temp = out.newTemp();
        try {
            progress.start("export " + req.format().code(), items.size());
            JsonNode state = writer.write(job, temp);
            progress.finish();
            out.commit(temp, req.format(), state);
        } finally {
            AtomicFiles.deleteTree(temp);
        }
        skipped.addAll(job.skipped());
        notes.addAll(job.notes());
        Set<String> failedIds = new HashSet<>(
                job.skipped().stream().map(ExportResult.Skipped::id).toList());
        List<String> exported = items.stream().map(ExportJob.Item::id).filter(id -> !failedIds.contains(id)).toList();
        skipped.sort(Comparator.comparing(ExportResult.Skipped::id));
        LOG.info("exported {} records as {} to {} ({} skipped)", exported.size(), req.format().code(), out.path(),
                skipped.size());
        return new ExportResult(req.format(), out.path(), exported, skipped, notes, writer.files());
    }

    private Optional<ExportJob.Item> eligible(VideoRecord r, ExportRequest req, CatalogFindings findings,
                                              List<ExportResult.Skipped> skipped, List<String> notes) {
        ExportFormat f = req.format();
        if (!f.publishes()) {
            return Optional.of(new ExportJob.Item(r, null));
        }
        boolean previewOk = req.includeUnreviewed() && r.status() != ReviewStatus.REJECTED;
        if (r.status() != ReviewStatus.APPROVED && !previewOk) {
            skipped.add(new ExportResult.Skipped(r.id(), ExportResult.Reason.NOT_APPROVED, "review status is "
                    + r.status().code() + (r.status() == ReviewStatus.REJECTED ? "" : "; approve it with 'vidcat review'"
                    + " (or preview with --include-unreviewed)")));
            return Optional.empty();
        }
        if (findings.hasErrors(r.id())) {
            List<String> errors = findings.of(r.id()).stream().filter(x -> x.severity() == Severity.ERROR)
                    .map(x -> x.rule().id() + (x.location() == null || x.location().field() == null ? ""
                            : " (" + x.location().field() + ")") + ": " + x.en()).toList();
            skipped.add(new ExportResult.Skipped(r.id(), ExportResult.Reason.INVALID,
                    "validation errors (see 'vidcat validate'): " + String.join("; ", errors)));
            return Optional.empty();
        }
        if (!f.needsMedia()) {
            return Optional.of(new ExportJob.Item(r, Publication.of(r).orElse(null)));
        }
        Optional<Publication> p = Publication.of(r);
        if (p.isEmpty()) {
            skipped.add(new ExportResult.Skipped(r.id(), ExportResult.Reason.NO_MEDIA,
                    "no web video yet; run 'vidcat transcode' first"));
            return Optional.empty();
        }
        if (p.get().fallback()) {
            notes.add(r.id() + ": no 720p rendition, exporting " + p.get().rendition().name() + " instead");
        }
        return Optional.of(new ExportJob.Item(r, p.get()));
    }

    private static FormatWriter writer(ExportFormat f) {
        return switch (f) {
            case NLLOM -> new NlLomWriter();
            case IMSCP -> new ContentPackageWriter();
            case OAI_PMH -> new OaiPmhWriter();
            case OPENSEARCH -> new OpenSearchWriter();
            case CSV -> new CsvSheetWriter();
        };
    }

    /** Option rules per format, as usage errors; the base URL comes back without a trailing slash. */
    static ExportRequest checked(ExportRequest r) {
        if (r.out() == null) {
            throw VidcatException.usage("--out is required");
        }
        ExportFormat f = r.format();
        String base = r.baseUrl();
        if (base == null && (f == ExportFormat.NLLOM || f == ExportFormat.OAI_PMH)) {
            throw VidcatException.usage("--base-url is required for " + f.code()
                    + ": every record must say where the video can be watched (e.g. https://school.nl/video)");
        }
        if (base != null) {
            base = baseUrl(base);
        }
        if (r.collection() != null && f != ExportFormat.IMSCP) {
            throw VidcatException.usage("--collection only applies to --format imscp");
        }
        if (r.collection() != null && r.collection().isBlank()) {
            throw VidcatException.usage("--collection needs a name, e.g. --collection \"Wiskunde onderbouw\"");
        }
        if (f == ExportFormat.OAI_PMH) {
            if (r.adminEmail() == null || !r.adminEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw VidcatException.usage("--admin-email is required for oai-pmh (OAI-PMH Identify names the"
                        + " repository administrator), e.g. --admin-email ict@school.nl");
            }
        }
        return new ExportRequest(f, r.out(), r.ids(), base, r.collection() == null ? null : r.collection().strip(),
                r.includeUnreviewed(), r.adminEmail() == null ? null : r.adminEmail().strip(), r.pageSize());
    }

    private static String baseUrl(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null
                    || u.getRawQuery() != null || u.getRawFragment() != null) {
                throw VidcatException.usage("--base-url must be an http(s) address without ?query or #fragment, e.g."
                        + " https://school.nl/video (got '" + s + "')");
            }
            return u.toString().replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw VidcatException.usage("--base-url '" + s + "' is not a valid address: " + e.getReason());
        }
    }
}
