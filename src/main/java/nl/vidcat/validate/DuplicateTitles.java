package nl.vidcat.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.vidcat.model.Metadata;
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

    /**
     * The items whose keys occur more than once: the ones to read again. They come ordered so that the items of one
     * key are adjacent (keys in the order of their first item, the items of each in input order), which lets
     * {@link Groups} confirm the titles of one key at a time. Only primitive arrays: a catalog of millions costs a
     * few bytes per record here, not an object each.
     */
    static int[] candidates(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (long k : keys) {
            if (repeated(sorted, k) >= 0) {
                count++;
            }
        }
        // (position of the key among the sorted keys, item): sorted, the items of one key stand together in order
        long[] packed = new long[count];
        int c = 0;
        for (int i = 0; i < keys.length; i++) {
            int rank = repeated(sorted, keys[i]);
            if (rank >= 0) {
                packed[c++] = (long) rank << 32 | i;
            }
        }
        Arrays.sort(packed);
        // then (first item of the key, item): the keys in the order they first occur
        for (int start = 0, end; start < packed.length; start = end) {
            long rank = packed[start] >>> 32;
            long first = packed[start] & 0xffffffffL;
            for (end = start; end < packed.length && packed[end] >>> 32 == rank; end++) {
                packed[end] = first << 32 | (packed[end] & 0xffffffffL);
            }
        }
        Arrays.sort(packed);
        int[] items = new int[packed.length];
        for (int j = 0; j < packed.length; j++) {
            items[j] = (int) packed[j];
        }
        return items;
    }

    /** Where {@code k} first stands in {@code sorted} when it stands there more than once, else -1 (also for 0). */
    private static int repeated(long[] sorted, long k) {
        if (k == 0) {
            return -1;
        }
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1 < sorted.length && sorted[lo + 1] == k ? lo : -1;
    }

    /**
     * The duplicate groups of the candidates, built from their titles read again in {@link #candidates} order: items
     * whose folded (school, title) really match (a key collision is not a duplicate). It keeps two ints per
     * candidate and the first {@value #NAMED} + 1 members of each group, never the titles themselves, so its size
     * does not depend on how long the titles or paths are; the reports are made from a third read of each member.
     */
    static final class Groups {
        private static final int FIRST = NAMED + 1;

        private final int[] items;
        private final long[] keys;
        /** Per candidate: its group, or -1 when it has no title now. */
        private final int[] group;
        /** Per candidate: the line of its title, or 0 when unknown. */
        private final int[] line;
        private int[] size = new int[16];
        /** The first {@link #FIRST} candidates of each group, {@code FIRST} slots a group. */
        private int[] firsts = new int[16 * FIRST];
        private int groups;
        /** The exact titles of the key being read: one, unless two titles share a key. */
        private final Map<String, Integer> ofKey = new HashMap<>();
        private long key;

        /** @param items the {@link #candidates} of {@code keys} */
        Groups(int[] items, long[] keys) {
            this.items = items;
            this.keys = keys;
            this.group = new int[items.length];
            this.line = new int[items.length];
        }

        /** Takes the title of candidate {@code j} (null: it has none now); called for j = 0, 1, 2, ... in turn. */
        void add(int j, Source.TitleRef ref) {
            long k = keys[items[j]];
            if (k != key) {
                ofKey.clear();
                key = k;
            }
            if (ref == null) {
                group[j] = -1;
                return;
            }
            line[j] = ref.location().line() == null ? 0 : ref.location().line();
            int g = ofKey.computeIfAbsent(fold(ref.school()) + '\u0000' + fold(ref.title()), t -> newGroup());
            group[j] = g;
            if (size[g] < FIRST) {
                firsts[g * FIRST + size[g]] = j;
            }
            size[g]++;
        }

        private int newGroup() {
            if (groups == size.length) {
                size = Arrays.copyOf(size, groups * 2);
                firsts = Arrays.copyOf(firsts, groups * 2 * FIRST);
            }
            return groups++;
        }

        /**
         * The candidates to report, as positions into {@link #candidates}: the members of groups of two or more,
         * group by group in the order of their first item, the members of each in input order.
         */
        int[] members() {
            int count = 0;
            for (int g : group) {
                if (g >= 0 && size[g] > 1) {
                    count++;
                }
            }
            long[] packed = new long[count];
            int c = 0;
            for (int j = 0; j < group.length; j++) {
                int g = group[j];
                if (g >= 0 && size[g] > 1) {
                    packed[c++] = (long) items[firsts[g * FIRST]] << 32 | j;
                }
            }
            Arrays.sort(packed);
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = (int) packed[i];
            }
            return out;
        }

        /**
         * The report of member {@code j} (a {@link #members} position), from its title read once more; null when it
         * has none now.
         *
         * @param file how the source shows the file of an item
         */
        Report report(int j, Source.TitleRef ref, IntFunction<String> file, Severity severity) {
            if (ref == null) {
                return null;
            }
            int g = group[j];
            // each member names at most NAMED others, so a group of thousands costs no more than thousands of names
            List<String> others = new ArrayList<>(NAMED);
            for (int f = 0; f < Math.min(FIRST, size[g]) && others.size() < NAMED; f++) {
                int o = firsts[g * FIRST + f];
                if (o != j) {
                    String shown = file.apply(items[o]);
                    others.add(line[o] == 0 ? shown : shown + ":" + line[o]);
                }
            }
            int more = size[g] - 1 - others.size();
            String list = String.join(", ", others) + (more > 0 ? " (+" + more + ")" : "");
            String school = ref.school() == null || ref.school().isBlank() ? null : ref.school().strip();
            Finding finding = new Finding(Rules.TITLE_DUPLICATE, severity, ref.location(),
                    "De titel '" + ref.title().strip() + "' komt " + (school == null ? "" : "bij " + school + " ")
                            + "ook voor in: " + list + ". Maak de titels onderscheidend (bijv. 'deel 1').",
                    "The title '" + ref.title().strip() + "' is also used " + (school == null ? "" : "at " + school
                            + " ") + "in: " + list + ". Make the titles distinct (e.g. 'part 1').");
            return new Report(items[j], new ItemReport(ref.file(), ref.itemLine(), ref.recordId(), ref.title(),
                    List.of(finding)));
        }
    }
}
