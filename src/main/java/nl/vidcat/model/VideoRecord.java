package nl.vidcat.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One video in the catalog, stored as {@code records/<id>.json}. The id is assigned once at ingest and never
 * changes; every stage produces a new record value through the {@code with…} methods.
 */
public record VideoRecord(
        int schemaVersion,
        String id,
        Metadata metadata,
        SourceFile source,
        Origin origin,
        Media media,
        ReviewStatus status,
        List<Review> reviews,
        List<Problem> problems,
        Instant ingestedAt,
        Instant updatedAt) {

    /** Bumped whenever the record shape changes; {@code catalog-schema/record.schema.json} follows it. */
    public static final int SCHEMA_VERSION = 1;

    public VideoRecord {
        media = media == null ? Media.EMPTY : media;
        status = status == null ? ReviewStatus.DRAFT : status;
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public VideoRecord withMetadata(Metadata m, Origin o, Instant now) {
        return new VideoRecord(schemaVersion, id, m, source, o, media, status, reviews, problems, ingestedAt, now);
    }

    public VideoRecord withSource(SourceFile s, Instant now) {
        return new VideoRecord(schemaVersion, id, metadata, s, origin, media, status, reviews, problems, ingestedAt, now);
    }

    public VideoRecord withMedia(Media m, Instant now) {
        return new VideoRecord(schemaVersion, id, metadata, source, origin, m, status, reviews, problems, ingestedAt, now);
    }

    public VideoRecord withReview(Review r, ReviewStatus newStatus, Instant now) {
        List<Review> all = new ArrayList<>(reviews);
        all.add(r);
        return new VideoRecord(schemaVersion, id, metadata, source, origin, media, newStatus, all, problems, ingestedAt, now);
    }

    public VideoRecord withStatus(ReviewStatus s, Instant now) {
        return new VideoRecord(schemaVersion, id, metadata, source, origin, media, s, reviews, problems, ingestedAt, now);
    }

    /** Replaces the problems of one stage (codes starting with {@code stage + "."}), keeping the others. */
    public VideoRecord withStageProblems(String stage, List<Problem> stageProblems, Instant now) {
        List<Problem> all = new ArrayList<>();
        for (Problem p : problems) {
            if (!p.code().startsWith(stage + ".")) {
                all.add(p);
            }
        }
        all.addAll(stageProblems);
        return new VideoRecord(schemaVersion, id, metadata, source, origin, media, status, reviews, all, ingestedAt, now);
    }
}
