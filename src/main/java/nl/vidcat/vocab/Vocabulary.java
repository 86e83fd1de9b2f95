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
import nl.vidcat.catalog.Term;

/**
 * One controlled vocabulary from {@code catalog-schema/vocab/}. Lookups ignore case, diacritics, spaces and
 * punctuation, and accept the identifier, the code, the label or any alias.
 */
public final class Vocabulary {

    /** @param data the whole JSON entry, for vocabulary-specific fields (maxYear, years, url) */
    public record Entry(String id, String code, String label, List<String> aliases, JsonNode data) {
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

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
        List<Spellings> candidates = new ArrayList<>();
        for (Entry e : entries) {
            List<String> forms = new ArrayList<>();
            if (e.code() != null) {
                forms.add(e.code());
            }
            if (e.label() != null) {
                forms.add(e.label());
            }
            forms.addAll(e.aliases());
            candidates.add(new Spellings(e.code() != null ? e.code() : e.label(), forms));
        }
        return closest(input, candidates, max);
    }

    /** Did-you-mean over plain words (rule ids, option values), with the same tolerance as {@link #suggest}. */
    public static List<String> suggestAmong(String input, Collection<String> words, int max) {
        return closest(input, words.stream().map(w -> new Spellings(w, List.of(w))).toList(), max);
    }

    private record Spellings(String shown, List<String> forms) {
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
            int best = c.forms().stream().mapToInt(s -> distance(k, key(s))).min().orElse(Integer.MAX_VALUE);
            if (best <= limit) {
                close.add(new Candidate(c.shown(), best));
            }
        }
        return close.stream().sorted(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::shown).distinct().limit(max).toList();
    }

    /** The folded form used for matching: "Lichamelijke Opvoeding" and "lichamelijke-opvoeding" are equal. */
    public static String key(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
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
