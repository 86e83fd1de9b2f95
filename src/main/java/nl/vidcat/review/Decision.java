package nl.vidcat.review;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.model.ReviewStatus;

/**
 * A reviewer's verdict and the status it moves the record to.
 * <ul>
 * <li>{@code approve}: published (status approved); only with every criterion sufficient and copyright ok.</li>
 * <li>{@code revise}: the makers must fix something first; the record is (or stays) in-review and the review's
 * comment says what to fix. The next review, after the fix, decides.</li>
 * <li>{@code reject}: not published (status rejected), with the reason in the comment.</li>
 * </ul>
 */
public enum Decision {
    APPROVE("approve", "Goedgekeurd", ReviewStatus.APPROVED,
            Set.of("approve", "approved", "goedkeuren", "goedgekeurd", "akkoord", "ok")),
    REVISE("revise", "Herzien", ReviewStatus.IN_REVIEW,
            Set.of("revise", "revision", "herzien", "herziening", "aanpassen", "revisie", "verbeteren")),
    REJECT("reject", "Afgewezen", ReviewStatus.REJECTED,
            Set.of("reject", "rejected", "afwijzen", "afgewezen", "afkeuren", "afgekeurd"));

    private final String code;
    private final String dutchLabel;
    private final ReviewStatus status;
    private final Set<String> names;

    Decision(String code, String dutchLabel, ReviewStatus status, Set<String> names) {
        this.code = code;
        this.dutchLabel = dutchLabel;
        this.status = status;
        this.names = names;
    }

    /** As stored in {@code Review.decision}. */
    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    /** The record's status after this decision. */
    public ReviewStatus status() {
        return status;
    }

    /** English or Dutch, any case; empty when the text names no decision. */
    public static Optional<Decision> find(String text) {
        String t = Criterion.fold(text);
        return Arrays.stream(values()).filter(d -> d.names.contains(t)).findFirst();
    }
}
