package nl.vidcat.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.model.Problem;
import nl.vidcat.model.Term;

/**
 * Turns what coordinators type into vocabulary terms. Shared by ingest and validate so that {@code KD22},
 * {@code kerndoel 22}, {@code 22} and the OBK UUID all mean the same goal everywhere. Unknown values come back as
 * {@link Term#unknown} (validation explains them); input that cannot even be read (a year of "abc") is added to the
 * problem list.
 */
public final class Normalizer {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[,;|]\\s*");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern GOAL = Pattern.compile(
            "(?i)^(po|vo)?\\s*-?\\s*(?:kerndoel|kd|k)?\\s*-?\\s*(\\d{1,2})(?:\\s*deel\\s*[12])?$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d)\\s*(?:-|–|t/m|tm|tot en met)\\s*(\\d)$");

    private final Vocabularies vocab;

    public Normalizer(Vocabularies vocab) {
        this.vocab = vocab;
    }

    public static Normalizer standard() {
        return new Normalizer(Vocabularies.get());
    }

    /** Splits a multi-value cell on ',', ';' or '|', trimming and dropping empty parts and repeats. */
    public static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(LIST_SEPARATORS.split(cell.strip()))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    /** A VO subject by name, code, school shorthand or OBK UUID; null when the cell is empty. */
    public Term subject(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String in = cell.strip();
        return vocab.subjects().lookup(in)
                .map(e -> new Term(e.id(), e.code(), e.label(), in))
                .orElse(Term.unknown(in));
    }

    /** Kerndoelen: numbers, KD22, "kerndoel 22", "PO 12" (primary-school set) or OBK UUIDs. */
    public List<Term> goals(String cell) {
        List<Term> out = new ArrayList<>();
        for (String part : splitList(cell)) {
            Term t = goal(part);
            if (out.stream().noneMatch(o -> o.known() && o.id().equals(t.id()))) {
                out.add(t);
            }
        }
        return out;
    }

    public Term goal(String input) {
        String in = input.strip();
        if (UUID.matcher(in).matches()) {
            String id = in.toLowerCase(Locale.ROOT);
            return vocab.goalsVo().byId(id).map(e -> new Term(e.id(), e.code(), e.label(), in))
                    .or(() -> vocab.goalsPo().byId(id).map(e -> new Term(e.id(), "po-" + e.code(), e.label(), in)))
                    .orElse(Term.unknown(in));
        }
        Matcher m = GOAL.matcher(in);
        if (!m.matches()) {
            return Term.unknown(in);
        }
        boolean po = "po".equalsIgnoreCase(m.group(1));
        String number = String.valueOf(Integer.parseInt(m.group(2)));
        Vocabulary set = po ? vocab.goalsPo() : vocab.goalsVo();
        return set.lookup(number)
                .map(e -> new Term(e.id(), po ? "po-" + e.code() : e.code(), e.label(), in))
                .orElse(Term.unknown(in));
    }

    /** Levels such as "havo", "HAVO/VWO", "vmbo-gt", "vmbo gl/tl", "praktijkonderwijs". */
    public List<Term> levels(String cell) {
        List<Term> out = new ArrayList<>();
        for (String part : splitList(cell)) {
            List<String> tokens = vocab.levels().lookup(part).isPresent() ? List.of(part) : List.of(part.split("\\s*/\\s*"));
            for (String token : tokens) {
                Term t = vocab.levels().lookup(token).map(e -> new Term(e.id(), e.code(), e.label(), part))
                        .orElse(Term.unknown(token));
                if (out.stream().noneMatch(o -> o.known() ? o.code().equals(t.code()) : o.input().equals(t.input()))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** School years: "1", "1-2", "1 t/m 3", "1, 2". Anything unreadable is reported and left out. */
    public List<Integer> years(String cell, List<Problem> problems) {
        Set<Integer> out = new TreeSet<>();
        for (String part : splitList(cell)) {
            String p = part.toLowerCase(Locale.ROOT).replaceFirst("^(leerjaar|klas|jaar|year)\\s*", "").strip();
            Matcher range = YEAR_RANGE.matcher(p);
            if (p.matches("\\d{1,2}")) {
                out.add(Integer.parseInt(p));
            } else if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int y = Math.min(from, to); y <= Math.max(from, to); y++) {
                    out.add(y);
                }
            } else {
                problems.add(new Problem("ingest.bad-year", "leerjaar '" + part
                        + "' is not a school year; use a number 1-6 or a range like 1-2"));
            }
        }
        return List.copyOf(out);
    }

    /** "CC BY-SA 4.0", "cc-by-sa-40", a creativecommons.org URL, "CC BY" (read as 4.0). */
    public Term licence(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String in = cell.strip();
        String asUrl = in.replaceFirst("^https?://", "").replaceFirst("/$", "");
        return vocab.licences().lookup(in)
                .or(() -> vocab.licences().entries().stream()
                        .filter(e -> !e.data().path("url").isNull() && e.data().path("url").asText()
                                .replaceFirst("^https?://", "").replaceFirst("/$", "").equalsIgnoreCase(asUrl))
                        .findFirst())
                .map(e -> new Term(e.id(), e.id(), e.label(), in))
                .orElse(Term.unknown(in));
    }

    /** ISO 639-1 code; "nl" when empty. Unknown input is kept as typed (lower-cased) for validation to flag. */
    public String language(String cell) {
        if (cell == null || cell.isBlank()) {
            return "nl";
        }
        return vocab.languages().lookup(cell.strip()).map(Vocabulary.Entry::id)
                .orElse(cell.strip().toLowerCase(Locale.ROOT));
    }

    /** ja/nee, yes/no and the like; null when empty or unreadable (unreadable is reported: treated as no consent). */
    public Boolean consent(String cell, List<Problem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String k = Vocabulary.key(cell);
        if (Set.of("ja", "j", "yes", "y", "true", "waar", "1", "x", "akkoord", "toestemming").contains(k)) {
            return Boolean.TRUE;
        }
        if (Set.of("nee", "n", "no", "false", "onwaar", "0", "geen", "geentoestemming").contains(k)) {
            return Boolean.FALSE;
        }
        problems.add(new Problem("ingest.bad-consent", "toestemming '" + cell.strip()
                + "' is not ja or nee; the makers will not be named until it is"));
        return null;
    }
}
