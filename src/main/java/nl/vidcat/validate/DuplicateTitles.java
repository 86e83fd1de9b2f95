package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.vidcat.catalog.Metadata;
import nl.vidcat.vocab.Vocabulary;

/**
 * Duplicate titles within one school need the whole set, yet records are streamed. The first pass keeps only a
 * 64-bit key per item (8 bytes per record); afterwards the few items whose keys collide are read again to confirm the
 * titles really match (a hash collision is not a duplicate) and to name each other.
 */
final class DuplicateTitles {

    private static final int NAMED = 5;

    private DuplicateTitles() {
    }

    /** Case, accents, spacing and punctuation do not make a title different. 0 when there is no title. */
    static long key(Metadata m) {
        if (m == null || m.title() == null || m.title().isBlank()) {
            return 0;
        }
        long h = fnv(fold(m.school()) + '\u0000' + fold(m.title()));
        return h == 0 ? 1 : h;
    }

    private static String fold(String s) {
        return s == null ? "" : Vocabulary.key(s);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A duplicate-title report for item {@code index} of the source. */
    record Report(int index, ItemReport report) {
    }

    private record Member(int index, Source.TitleRef ref) {
    }

    /** The items whose keys occur more than once, in input order: the ones to read again. */
    static int[] candidates(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != 0 && sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        if (repeated.isEmpty()) {
            return new int[0];
        }
        return IntStream.range(0, keys.length).filter(i -> keys[i] != 0 && repeated.contains(keys[i])).toArray();
    }

    /**
     * The reports naming every duplicate, ordered by first occurrence.
     *
     * @param refs the titles of the {@link #candidates}, read again (null: the item has no title now)
     */
    static List<Report> reports(CatalogContext context, int[] candidates, List<Source.TitleRef> refs) {
        // exact folded (school, title) -> the items having it: a key collision is not a duplicate
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        for (int j = 0; j < candidates.length; j++) {
            Source.TitleRef ref = refs.get(j);
            if (ref != null) {
                groups.computeIfAbsent(fold(ref.school()) + '\u0000' + fold(ref.title()), k -> new ArrayList<>())
                        .add(new Member(candidates[j], ref));
            }
        }
        Severity severity = context.rules().severity(Rules.TITLE_DUPLICATE);
        List<Report> out = new ArrayList<>();
        for (List<Member> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            // each member names at most NAMED others, so a group of thousands costs no more than thousands of names
            List<String> first = group.subList(0, Math.min(NAMED + 1, group.size())).stream()
                    .map(o -> name(o.ref().location())).toList();
            for (int m = 0; m < group.size(); m++) {
                Source.TitleRef ref = group.get(m).ref();
                List<String> others = new ArrayList<>(first);
                if (m < first.size()) {
                    others.remove(m);
                }
                int more = group.size() - 1 - Math.min(NAMED, others.size());
                String list = String.join(", ", others.subList(0, Math.min(NAMED, others.size())))
                        + (more > 0 ? " (+" + more + ")" : "");
                String school = ref.school() == null || ref.school().isBlank() ? null : ref.school().strip();
                Finding f = new Finding(Rules.TITLE_DUPLICATE, severity, ref.location(),
                        "De titel '" + ref.title().strip() + "' komt " + (school == null ? "" : "bij " + school + " ")
                                + "ook voor in: " + list + ". Maak de titels onderscheidend (bijv. 'deel 1').",
                        "The title '" + ref.title().strip() + "' is also used " + (school == null ? "" : "at " + school
                                + " ") + "in: " + list + ". Make the titles distinct (e.g. 'part 1').");
                out.add(new Report(group.get(m).index(),
                        new ItemReport(ref.file(), ref.itemLine(), ref.recordId(), ref.title(), List.of(f))));
            }
        }
        return out;
    }

    private static String name(Location l) {
        return l.line() == null ? l.file() : l.file() + ":" + l.line();
    }
}
