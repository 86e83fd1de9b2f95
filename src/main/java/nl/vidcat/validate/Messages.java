package nl.vidcat.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Phrasing shared by the rules, so every message suggests and quotes the same way in both languages. */
final class Messages {

    private Messages() {
    }

    /** " Bedoel je 'havo'?" or "" when there is no suggestion. */
    static String didYouMeanNl(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : " Bedoel je " + quoted(suggestions, " of ") + "?";
    }

    static String didYouMeanEn(List<String> suggestions) {
        return suggestions.isEmpty() ? "" : " Did you mean " + quoted(suggestions, " or ") + "?";
    }

    static String quoted(List<String> words, String lastJoin) {
        List<String> q = words.stream().map(w -> "'" + w + "'").toList();
        if (q.size() <= 1) {
            return String.join("", q);
        }
        return q.subList(0, q.size() - 1).stream().collect(Collectors.joining(", ")) + lastJoin + q.get(q.size() - 1);
    }

    static String q(String s) {
        return "'" + (s == null ? "" : s.strip()) + "'";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
