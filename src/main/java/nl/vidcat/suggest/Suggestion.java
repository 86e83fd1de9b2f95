package nl.vidcat.suggest;

import java.util.List;

/**
 * What vidcat proposes for one record. It never changes the record by itself: {@code vidcat suggest} shows it, writes
 * it to a sheet, and {@code --apply} takes only what a person accepted there.
 *
 * @param goals         the three likeliest kerndoelen, likeliest first
 * @param hasGoals      whether the record has kerndoelen already (then the goals are shown, not proposed)
 * @param subject       the likeliest subject when the record has none or one that does not fit; else null
 * @param subjectReason why a subject is proposed: "empty" or what does not fit
 * @param levels        likely levels when the record has none; else empty
 * @param keywords      words from the text that are not yet keywords, heaviest first
 */
public record Suggestion(String id, String title, List<Proposal> goals, boolean hasGoals, Proposal subject,
                         String subjectReason, List<Proposal> levels, List<String> keywords) {

    /**
     * One proposed value.
     *
     * @param code       as a sheet writes it: {@code KD 22}, {@code wiskunde}, {@code havo}
     * @param label      what it means ("Rekenstructuren doorzien en rekenbegrippen gebruiken"), or ""
     * @param confidence in [0, 1]
     * @param words      the record's words that led to it, heaviest first
     */
    public record Proposal(String code, String label, double confidence, List<String> words) {
        public Proposal {
            words = List.copyOf(words);
        }
    }

    public Suggestion {
        goals = List.copyOf(goals);
        levels = List.copyOf(levels);
        keywords = List.copyOf(keywords);
    }

    /** "KD 22 (0.81), KD 23 (0.64)": the short form validate shows as a hint. */
    public String goalsShort() {
        StringBuilder sb = new StringBuilder();
        for (Proposal p : goals) {
            sb.append(sb.isEmpty() ? "" : ", ").append(p.code()).append(" (").append(confidence(p.confidence()))
                    .append(')');
        }
        return sb.toString();
    }

    /** Two decimals with a point, whatever the locale: 0.81. */
    public static String confidence(double c) {
        long hundredths = Math.round(Math.max(0, Math.min(1, c)) * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
