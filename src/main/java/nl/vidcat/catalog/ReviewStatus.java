package nl.vidcat.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

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

    @JsonCreator
    public static ReviewStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review status '" + code
                        + "' (expected draft, in-review, approved or rejected)"));
    }
}
