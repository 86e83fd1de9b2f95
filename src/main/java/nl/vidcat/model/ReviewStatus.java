package nl.vidcat.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Publication workflow: draft -> in-review -> approved / rejected. Only approved records are exported. */
public enum ReviewStatus {
    DRAFT("draft"),
    IN_REVIEW("in-review"),
    APPROVED("approved"),
    REJECTED("rejected");

    private final String code;

    ReviewStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    private static final ReviewStatus[] VALUES = values();

    @JsonCreator
    public static ReviewStatus of(String code) {
        String c = code.trim();
        for (ReviewStatus s : VALUES) { // every record read goes through here
            if (s.code.equalsIgnoreCase(c)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status '" + code
                + "' (expected draft, in-review, approved or rejected)");
    }
}
