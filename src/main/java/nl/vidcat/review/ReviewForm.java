package nl.vidcat.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vidcat.model.Review;
import nl.vidcat.io.VidcatException;

/**
 * One review as entered on the command line or in a sheet line, checked against the programme's rules before it
 * touches a record. Every check fails with a {@link VidcatException} (exit 2) whose message says what to type
 * instead.
 *
 * @param scores         per criterion: "1".."5", or "ok"/"not-ok" for copyright; may be partial for revise/reject
 * @param studentRatings optional 1-5 ratings from students who watched the film (stored as {@value #STUDENTS_KEY})
 * @param at             when the review was given
 */
public record ReviewForm(String reviewer, Map<Criterion, String> scores, List<Integer> studentRatings,
                         Decision decision, String comment, Instant at) {

    /** Key of the student ratings in {@code Review.scores}: the ratings joined by ','. */
    public static final String STUDENTS_KEY = "students";
    public static final String OK = "ok";
    public static final String NOT_OK = "not-ok";
    static final int MAX_NAME = 100;
    static final int MAX_COMMENT = 2000;
    static final int MAX_RATINGS = 500;
    private static final Set<String> YES = Set.of("ok", "ja", "yes", "goed", "inorde", "j", "y");
    private static final Set<String> NO = Set.of("notok", "nietok", "nee", "no", "n", "fout", "nietinorde");

    public ReviewForm {
        scores = Collections.unmodifiableMap(new EnumMap<>(scores.isEmpty() ? new EnumMap<>(Criterion.class) : scores));
        studentRatings = List.copyOf(studentRatings);
    }

    /**
     * Checks everything and applies the publication rules: approving needs all four criteria, each scored at least
     * {@value Criterion#SUFFICIENT}, and copyright ok (a film with material the school may not use is never
     * published); revise and reject need a comment, because the makers must learn what to fix or why.
     */
    public static ReviewForm of(String reviewer, Map<Criterion, String> scores, List<Integer> studentRatings,
                                Decision decision, String comment, Instant at) {
        String name = clean("reviewer", reviewer, MAX_NAME, false);
        if (name == null) {
            throw VidcatException.usage("the reviewer's name is missing (--reviewer NAME, or the 'beoordelaar' column)");
        }
        if (decision == null) {
            throw VidcatException.usage("the decision is missing: use approve, revise or reject");
        }
        String text = clean("comment", comment, MAX_COMMENT, true);
        if (decision == Decision.APPROVE) {
            List<String> missing = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                if (!scores.containsKey(c)) {
                    missing.add(c.key());
                }
            }
            if (!missing.isEmpty()) {
                throw VidcatException.usage("cannot approve without a score for " + String.join(", ", missing)
                        + ": an approval needs all of content, didactics, usability (1-5) and copyright (ok/not-ok)");
            }
            if (NOT_OK.equals(scores.get(Criterion.COPYRIGHT))) {
                throw VidcatException.usage("cannot approve with copyright=not-ok: a film with material the school"
                        + " may not publish is never published; use --decision revise (say what to replace)"
                        + " or reject");
            }
            List<String> low = scores.entrySet().stream()
                    .filter(e -> e.getKey().scored() && Integer.parseInt(e.getValue()) < Criterion.SUFFICIENT)
                    .map(e -> e.getKey().key() + "=" + e.getValue()).toList();
            if (!low.isEmpty()) {
                throw VidcatException.usage("cannot approve with " + String.join(", ", low) + ": scores below "
                        + Criterion.SUFFICIENT + " mean insufficient; use --decision revise and say what to improve");
            }
        } else if (text == null) {
            throw VidcatException.usage("a " + decision.code() + " decision needs a comment (--comment, or the"
                    + " 'opmerking' column) telling the makers " + (decision == Decision.REVISE ? "what to fix" : "why"));
        }
        return new ReviewForm(name, scores, studentRatings, decision, text, at);
    }

    /**
     * Parses {@code content=4,didactics=5,usability=3,copyright=ok} (Dutch names and ';' also accepted).
     */
    public static Map<Criterion, String> parseScores(String text) {
        Map<Criterion, String> out = new EnumMap<>(Criterion.class);
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("[=:]", 2);
            if (kv.length != 2) {
                throw VidcatException.usage("score '" + part.strip() + "' is not NAME=VALUE; example: "
                        + "content=4,didactics=5,usability=3,copyright=ok");
            }
            Criterion c = Criterion.find(kv[0]).orElseThrow(() -> VidcatException.usage("unknown criterion '"
                    + kv[0].strip() + "'; the criteria are " + Criterion.names()));
            if (out.containsKey(c)) {
                throw VidcatException.usage("criterion " + c.key() + " is given twice");
            }
            out.put(c, score(c, kv[1]));
        }
        return out;
    }

    /** Checks one value: 1-5 for the scored criteria, ok/not-ok (ja/nee, yes/no) for copyright. */
    public static String score(Criterion c, String value) {
        String v = value == null ? "" : value.strip();
        if (c == Criterion.COPYRIGHT) {
            String f = Criterion.fold(v);
            if (YES.contains(f)) {
                return OK;
            }
            if (NO.contains(f)) {
                return NOT_OK;
            }
            throw VidcatException.usage("copyright must be ok or not-ok (ja/nee), not '" + v + "'");
        }
        if (!v.matches("[1-5]")) {
            throw VidcatException.usage(c.key() + " must be a whole number from 1 (insufficient) to 5 (excellent),"
                    + " not '" + v + "'");
        }
        return v;
    }

    /** Parses student ratings such as {@code 4,5,3} or {@code 4 5 3}; empty for none. */
    public static List<Integer> parseRatings(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : text.strip().split("[,;|\\s]+")) {
            if (!part.matches("[1-5]")) {
                throw VidcatException.usage("student rating '" + part + "' is not a whole number from 1 to 5;"
                        + " example: --student-ratings 4,5,3");
            }
            out.add(Integer.parseInt(part));
        }
        if (out.size() > MAX_RATINGS) {
            throw VidcatException.usage("more than " + MAX_RATINGS + " student ratings in one review");
        }
        return out;
    }

    /** The value stored in the record, with the criteria's stored keys and the ratings as "4,5,3". */
    public Review toReview() {
        Map<String, String> s = new LinkedHashMap<>();
        scores.forEach((c, v) -> s.put(c.key(), v));
        if (!studentRatings.isEmpty()) {
            s.put(STUDENTS_KEY, studentRatings.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return new Review(reviewer, at, s, decision.code(), comment);
    }

    private static String clean(String what, String text, int max, boolean multiline) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace("\r\n", "\n");
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isISOControl(ch) && !(multiline && (ch == '\n' || ch == '\t'))) {
                throw VidcatException.usage("the " + what + " contains a control character (code "
                        + (int) ch + "); remove it");
            }
        }
        if (t.length() > max) {
            throw VidcatException.usage("the " + what + " is longer than " + max + " characters");
        }
        return t;
    }
}
