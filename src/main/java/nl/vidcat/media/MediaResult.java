package nl.vidcat.media;

import java.util.List;

/**
 * What a transcode or thumbnails run did, per video, for the command to print.
 *
 * @param otherShards videos left to other shards ({@code --shard})
 */
public record MediaResult(String stage, List<Outcome> outcomes, int otherShards) {

    public enum Status { DONE, UNCHANGED, FAILED }

    public record Outcome(String id, Status status, String detail) {
    }

    public MediaResult {
        outcomes = List.copyOf(outcomes);
    }

    public long count(Status s) {
        return outcomes.stream().filter(o -> o.status() == s).count();
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
    }

    /** 0 when every video succeeded, 1 when any failed. */
    public int exitCode() {
        return failures().isEmpty() ? 0 : 1;
    }
}
