package nl.vidcat.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.vidcat.model.Term;

/**
 * One controlled vocabulary from {@code catalog-schema/vocab/}. Lookups ignore case, diacritics, spaces and
 * punctuation, and accept the identifier, the code, the label or any alias.
 */
public final class Vocabulary {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters and digits of any script stay: an Arabic or Greek word must not fold to nothing. */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** @param data the whole JSON entry, for vocabulary-specific fields (maxYear, years, url) */
    public record Entry(String id, String code, String label, List<String> aliases, JsonNode data) {
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** Every known spelling with its folded form, computed once: validate suggests for each unknown value. */
    private final List<Spellings> spellings = new ArrayList<>();
    /**
     * Suggestions already computed: a school repeats its typos over many rows, and an edit-distance scan over every
     * spelling is the most expensive thing validate does for an unknown value. Bounded so odd input cannot grow it.
     */
    private final Map<String, List<String>> suggested = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    Vocabulary(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            byId.putIfAbsent(e.id(), e);
            // first wins: ids and codes are registered before labels and aliases of later entries
            byKey.putIfAbsent(key(e.id()), e);
            if (e.code() != null) {
                byKey.putIfAbsent(key(e.code()), e);
            }
        }
        for (Entry e : entries) {
            if (e.label() != null) {
                byKey.putIfAbsent(key(e.label()), e);
            }
            e.aliases().forEach(a -> byKey.putIfAbsent(key(a), e));
        }
        for (Entry e : entries) {
            List<String> forms = new ArrayList<>();
            if (e.code() != null) {
                forms.add(e.code());
            }
            if (e.label() != null) {
                forms.add(e.label());
            }
            forms.addAll(e.aliases());
            spellings.add(Spellings.of(e.code() != null ? e.code() : e.label(), forms));
        }
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> lookup(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(input)));
    }

    public Optional<Entry> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * The entry a stored term stands for, or empty when it is unknown here. Some OBK ids are shared (vmbo-b, vmbo-k and
     * vmbo-gt are all "VMBO"), so the code decides when the term has one.
     */
    public Optional<Entry> entryOf(Term term) {
        if (term == null || term.id() == null) {
            return Optional.empty();
        }
        if (term.code() != null) {
            Optional<Entry> byCode = lookup(term.code()).filter(e -> e.id().equals(term.id()));
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        return byId(term.id());
    }

    /**
     * The closest known spellings to {@code input} (by edit distance on the folded form), best first; empty when
     * nothing is close enough to be a likely typo.
     */
    public List<String> suggest(String input, int max) {
        String memo = max + ":" + (input == null ? "" : input);
        List<String> known = suggested.get(memo);
        if (known != null) {
            return known;
        }
        List<String> found = closest(input, spellings, max);
        if (suggested.size() < MAX_REMEMBERED) {
            suggested.put(memo, found);
        }
        return found;
    }

    /** Did-you-mean over plain words (rule ids, option values), with the same tolerance as {@link #suggest}. */
    public static List<String> suggestAmong(String input, Collection<String> words, int max) {
        return closest(input, words.stream().map(w -> Spellings.of(w, List.of(w))).toList(), max);
    }

    /** @param keys the folded forms of the spellings */
    private record Spellings(String shown, List<String> keys) {
        static Spellings of(String shown, List<String> forms) {
            return new Spellings(shown, forms.stream().map(Vocabulary::key).toList());
        }
    }

    private static List<String> closest(String input, List<Spellings> candidates, int max) {
        String k = input == null ? "" : key(input);
        if (k.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, k.length() / 3);
        record Candidate(String shown, int distance) {
        }
        List<Candidate> close = new ArrayList<>();
        for (Spellings c : candidates) {
            int best = Integer.MAX_VALUE;
            for (String form : c.keys()) {
                // the length difference is a lower bound of the distance: skip what cannot be close
                if (Math.abs(form.length() - k.length()) <= limit) {
                    best = Math.min(best, distance(k, form));
                }
            }
            if (best <= limit) {
                close.add(new Candidate(c.shown(), best));
            }
        }
        return close.stream().sorted(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::shown).distinct().limit(max).toList();
    }

    /**
     * The folded form used for matching: "Lichamelijke Opvoeding" and "lichamelijke-opvoeding" are equal, so are
     * "Één" and "een", "Straße" and "strasse"; other scripts keep their letters ("فارسی" is not "العربية").
     */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return foldUnicode(s);
            }
            if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        // plain ASCII (nearly every lookup) needs no Unicode decomposition; the result is the same
        return sb.toString();
    }

    private static String foldUnicode(String s) {
        String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        // upper then lower is a full case fold: ß becomes ss, a final sigma a plain one
        return NOT_ALPHANUMERIC.matcher(bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
