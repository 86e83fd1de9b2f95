package nl.vidcat.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.Term;
import nl.vidcat.review.Criterion;
import nl.vidcat.review.Decision;
import nl.vidcat.review.ReviewForm;
import nl.vidcat.validate.Lang;
import nl.vidcat.validate.Severity;

/** Dutch wording of record values for teachers. */
final class Labels {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", NL).withZone(ZONE);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", NL).withZone(ZONE);

    private Labels() {
    }

    static String status(ReviewStatus s) {
        return switch (s) {
            case DRAFT -> "Nog niet beoordeeld";
            case IN_REVIEW -> "In beoordeling";
            case APPROVED -> "Goedgekeurd";
            case REJECTED -> "Afgewezen";
        };
    }

    /** "1 fout", "3 waarschuwingen". */
    static String count(Severity s, long n) {
        return n + " " + (s == Severity.ERROR ? (n == 1 ? "fout" : "fouten") : (n == 1 ? "waarschuwing" : "waarschuwingen"));
    }

    /** The CSS class and filter value of a severity: "fout" or "waarschuwing". */
    static String css(Severity s) {
        return s.label(Lang.NL);
    }

    static String decision(String code) {
        return Decision.find(code).map(Decision::dutchLabel).orElse(code);
    }

    static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }

    static String dayTime(Instant t) {
        return t == null ? "" : DAY_TIME.format(t);
    }

    /** 95.4 -> "1:35"; 3725 -> "1:02:05". */
    static String duration(double seconds) {
        if (!(seconds > 0)) {
            return "";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** 1_234_567 -> "1,2 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(NL, "%d kB", Math.max(1, bytes / 1024));
        }
        return String.format(NL, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The vocabulary label, or what was typed when the value is unknown. */
    static String term(Term t) {
        if (t == null) {
            return "";
        }
        return t.label() != null ? t.label() : t.input();
    }

    static String terms(List<Term> ts) {
        return ts.stream().map(Labels::term).collect(Collectors.joining(", "));
    }

    static String years(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        boolean consecutive = last - first == years.size() - 1;
        return "leerjaar " + (years.size() == 1 ? String.valueOf(first)
                : consecutive ? first + "-" + last : years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** A score as shown in the review history: "4", "in orde", "niet in orde". */
    static String score(Criterion c, String value) {
        if (value == null) {
            return "–";
        }
        if (c == Criterion.COPYRIGHT) {
            return ReviewForm.OK.equals(value) ? "in orde" : ReviewForm.NOT_OK.equals(value) ? "niet in orde" : value;
        }
        return value;
    }

    /** "4,5,3" -> "gem. 4,0 (3 leerlingen)". */
    static String studentRatings(String stored) {
        if (stored == null || stored.isBlank()) {
            return "–";
        }
        int[] r = Arrays.stream(stored.split(",")).map(String::strip).filter(s -> s.matches("\\d+"))
                .mapToInt(Integer::parseInt).toArray();
        if (r.length == 0) {
            return stored;
        }
        double avg = Arrays.stream(r).average().orElse(0);
        return String.format(NL, "gem. %.1f (%d %s)", avg, r.length, r.length == 1 ? "leerling" : "leerlingen");
    }
}
