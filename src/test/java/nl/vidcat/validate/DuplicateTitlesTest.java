package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounded duplicate-title pass on its own: the keys are chosen by hand, so a key collision between different
 * titles (rare with a 64-bit hash, so never met by the catalog tests) is forced here.
 */
class DuplicateTitlesTest {

    @Test
    void candidatesAreTheRepeatedKeysGroupedInOrderOfFirstOccurrence() {
        // 0 is "no title" and never a candidate, however often it occurs
        long[] keys = {9, 0, 4, 9, 7, 4, 0, 9, 3};
        assertArrayEquals(new int[] {0, 3, 7, 2, 5}, DuplicateTitles.candidates(keys));
        assertArrayEquals(new int[0], DuplicateTitles.candidates(new long[] {1, 2, 0, 0}));
        assertArrayEquals(new int[0], DuplicateTitles.candidates(new long[0]));
    }

    @Test
    void aKeyCollisionIsNotADuplicateAndATitleGoneIsSkipped() {
        long[] keys = {5, 5, 5, 5};
        String[] titles = {"Breuken", "Procenten", "breuken!", null};
        List<DuplicateTitles.Report> reports = run(keys, titles);

        assertEquals(List.of(0, 2), reports.stream().map(DuplicateTitles.Report::index).toList());
        Finding first = reports.get(0).report().findings().get(0);
        assertEquals(Rules.TITLE_DUPLICATE, first.rule());
        assertEquals("The title 'Breuken' is also used at Het Lyceum in: r2.json:3. Make the titles distinct"
                + " (e.g. 'part 1').", first.en());
        assertTrue(reports.get(1).report().findings().get(0).nl().contains("ook voor in: r0.json:3."));
    }

    @Test
    void aLargeGroupNamesFiveOthersAndCountsTheRest() {
        long[] keys = new long[9];
        String[] titles = new String[9];
        for (int i = 0; i < 9; i++) {
            keys[i] = 42;
            titles[i] = "Pythagoras";
        }
        List<DuplicateTitles.Report> reports = run(keys, titles);

        assertEquals(9, reports.size());
        assertTrue(reports.get(0).report().findings().get(0).en()
                .contains("in: r1.json:3, r2.json:3, r3.json:3, r4.json:3, r5.json:3 (+3)."));
        assertTrue(reports.get(8).report().findings().get(0).en()
                .contains("in: r0.json:3, r1.json:3, r2.json:3, r3.json:3, r4.json:3 (+3)."));
        assertTrue(reports.get(3).report().findings().get(0).en()
                .contains("in: r0.json:3, r1.json:3, r2.json:3, r4.json:3, r5.json:3 (+3)."));
    }

    @Test
    void groupsAreReportedInOrderOfTheirFirstItemMembersInInputOrder() {
        long[] keys = {8, 6, 8, 6, 1};
        String[] titles = {"Ruimte", "Kaart", "Ruimte", "Kaart", "Alleen"};
        assertEquals(List.of(0, 2, 1, 3), run(keys, titles).stream().map(DuplicateTitles.Report::index).toList());
    }

    @Test
    void noReportForAMemberWhoseTitleVanishedBeforeTheLastRead() {
        long[] keys = {3, 3};
        int[] candidates = DuplicateTitles.candidates(keys);
        DuplicateTitles.Groups groups = new DuplicateTitles.Groups(candidates, keys);
        for (int j = 0; j < candidates.length; j++) {
            groups.add(j, ref(candidates[j], "Klimaat"));
        }
        int[] members = groups.members();
        assertEquals(2, members.length);
        assertNull(groups.report(members[0], null, i -> "r" + i + ".json", Severity.WARNING));
    }

    private static List<DuplicateTitles.Report> run(long[] keys, String[] titles) {
        int[] candidates = DuplicateTitles.candidates(keys);
        DuplicateTitles.Groups groups = new DuplicateTitles.Groups(candidates, keys);
        for (int j = 0; j < candidates.length; j++) {
            groups.add(j, ref(candidates[j], titles[candidates[j]]));
        }
        List<DuplicateTitles.Report> out = new ArrayList<>();
        for (int m : groups.members()) {
            DuplicateTitles.Report r = groups.report(m, ref(candidates[m], titles[candidates[m]]),
                    i -> "r" + i + ".json", Severity.WARNING);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static Source.TitleRef ref(int index, String title) {
        if (title == null) {
            return null;
        }
        String file = "r" + index + ".json";
        return new Source.TitleRef("Het Lyceum", title, file, null, "rec-" + index, new Location(file, 3, "title"));
    }
}
