package nl.vidcat.model;

import java.time.Instant;
import java.util.Map;

/**
 * One peer review of a video (criteria after MERLOT peer review: content, didactics, usability, copyright).
 *
 * @param scores   criterion -> score ("4", "ok")
 * @param decision approve, revise or reject
 */
public record Review(String reviewer, Instant at, Map<String, String> scores, String decision, String comment) {

    public Review {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }
}
