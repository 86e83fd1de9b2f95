package nl.vidcat.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.RecordIds;
import nl.vidcat.store.RecordScan;
import nl.vidcat.model.Review;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Peer review: records reviews on videos (history kept, newest last) and moves their status. A decision sets the
 * status ({@link Decision}); a review identical to one already on the record (same reviewer, scores, decision and
 * comment, and the same date when the sheet gives one) is not added twice, so re-running an import is safe.
 * Writing methods expect the caller to hold the catalog lock.
 */
public final class Reviews {

    private static final Logger LOG = LogManager.getLogger(Reviews.class);

    private final Catalog catalog;
    private final Clock clock;

    public Reviews(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** What one review did to one record. */
    public record Outcome(String id, String title, ReviewStatus before, ReviewStatus after, Decision decision,
                          boolean duplicate) {
    }

    /** Adds one review; an unknown id is a usage error. Caller holds the lock. */
    public Outcome add(String id, ReviewForm form) throws IOException {
        VideoRecord r = find(id);
        return apply(r, form, false);
    }

    private VideoRecord find(String id) {
        if (!RecordIds.isValid(id)) {
            throw VidcatException.usage("'" + id + "' is not a video id (ids look like breuken-vereenvoudigen-3f9a2c1d;"
                    + " 'vidcat review --pending' lists them)");
        }
        return catalog.find(id).orElseThrow(() -> VidcatException.usage("no video with id '" + id + "' in "
                + catalog.dir() + "; 'vidcat review --pending' lists the videos waiting for review"));
    }

    private Outcome apply(VideoRecord r, ReviewForm form, boolean sheetGaveDate) throws IOException {
        Review review = form.toReview();
        String title = r.metadata() == null ? r.id() : r.metadata().title();
        boolean duplicate = r.reviews().stream().anyMatch(old -> same(old, review, sheetGaveDate));
        if (duplicate) {
            LOG.info("review of {} by {} is already recorded; not added again", r.id(), review.reviewer());
            return new Outcome(r.id(), title, r.status(), r.status(), form.decision(), true);
        }
        Instant now = clock.instant();
        VideoRecord updated = r.withReview(review, form.decision().status(), now);
        catalog.save(updated, "review");
        LOG.info("review of {} by {}: {} ({} -> {})", r.id(), review.reviewer(), review.decision(),
                r.status().code(), updated.status().code());
        return new Outcome(r.id(), title, r.status(), updated.status(), form.decision(), false);
    }

    private static boolean same(Review a, Review b, boolean compareDate) {
        return Objects.equals(a.reviewer(), b.reviewer()) && Objects.equals(a.scores(), b.scores())
                && Objects.equals(a.decision(), b.decision()) && Objects.equals(a.comment(), b.comment())
                && (!compareDate || Objects.equals(a.at(), b.at()));
    }

    /** The result of a sheet import: per line applied, already there, or rejected with the reason. */
    public record ImportResult(Path sheet, String encoding, char delimiter, List<Outcome> applied,
                               List<Outcome> duplicates, List<LineError> rejected, List<String> unknownColumns,
                               int unfilled, int brokenLine) {
        public boolean clean() {
            return rejected.isEmpty() && brokenLine == 0;
        }
    }

    public record LineError(int line, String id, String message) {
    }

    /**
     * Applies every good line of a reviews sheet in file order and reports the others; one bad line never stops the
     * rest. Caller holds the lock. Header problems (no id column) are usage errors and change nothing.
     */
    public ImportResult importSheet(Path sheet, Progress progress) throws IOException {
        ReviewSheet.Parsed parsed = ReviewSheet.read(sheet, clock);
        List<Outcome> applied = new ArrayList<>();
        List<Outcome> duplicates = new ArrayList<>();
        List<LineError> rejected = new ArrayList<>();
        progress.start("review import", parsed.lines().size());
        for (ReviewSheet.Line line : parsed.lines()) {
            try {
                if (line.error() != null) {
                    throw VidcatException.usage(line.error());
                }
                VideoRecord r = find(line.id());
                Outcome o = apply(r, line.form(), line.dated());
                (o.duplicate() ? duplicates : applied).add(o);
            } catch (VidcatException e) {
                rejected.add(new LineError(line.line(), line.id(), e.getMessage()));
                LOG.warn("{} line {}: {}", sheet.getFileName(), line.line(), e.getMessage());
            }
            progress.advance(1, line.id());
        }
        progress.finish();
        return new ImportResult(sheet, parsed.sheet().describeEncoding(), parsed.sheet().delimiter(), applied, duplicates,
                rejected, parsed.unknownColumns(), parsed.unfilled(), parsed.sheet().brokenLine());
    }

    /** A video waiting for a review decision. */
    public record Pending(String id, String title, String subject, ReviewStatus status, Instant waitingSince,
                          Review lastReview) {
    }

    /**
     * Videos without a final decision, the longest waiting first: drafts (never reviewed, waiting since ingest) and
     * in-review ones (a revision was asked for, waiting since that review).
     */
    public List<Pending> pending() {
        return pending(catalog.scan());
    }

    /** {@link #pending()} of records already read; the caller reports the scan's unreadable files. */
    public List<Pending> pending(RecordScan scan) {
        List<Pending> out = new ArrayList<>();
        for (VideoRecord r : scan.records()) {
            if (r.status() != ReviewStatus.DRAFT && r.status() != ReviewStatus.IN_REVIEW) {
                continue;
            }
            Optional<Review> last = r.reviews().isEmpty() ? Optional.empty()
                    : Optional.of(r.reviews().get(r.reviews().size() - 1));
            Instant since = last.map(Review::at).orElse(r.ingestedAt());
            String subject = r.metadata() == null || r.metadata().subject() == null ? null
                    : Optional.ofNullable(r.metadata().subject().label()).orElse(r.metadata().subject().input());
            out.add(new Pending(r.id(), r.metadata() == null ? null : r.metadata().title(), subject, r.status(),
                    since, last.orElse(null)));
        }
        out.sort(Comparator.comparing(Pending::waitingSince, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Pending::id));
        return out;
    }
}
