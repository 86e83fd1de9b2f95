package nl.vidcat.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vidcat.io.VidcatException;
import nl.vidcat.model.VideoRecord;
import org.junit.jupiter.api.Test;

/** Coverage counts on {@link CoverageFixtures#school()}, worked out by hand. */
class CoverageCounterTest {

    private final CoverageCounter counter = new CoverageCounter();

    static Coverage.Goal goal(Coverage c, String set, int number) {
        return c.sets().stream().filter(s -> s.set().equals(set)).flatMap(s -> s.areas().stream())
                .flatMap(a -> a.goals().stream()).filter(g -> g.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError(set + " kerndoel " + number + " is not in the table"));
    }

    static Coverage.GoalSet set(Coverage c, String set) {
        return c.sets().stream().filter(s -> s.set().equals(set)).findFirst().orElseThrow();
    }

    @Test
    void onlyApprovedVideosCountAndEachInEveryColumnItIsFor() {
        Coverage c = counter.count(CoverageFixtures.school(), Scope.SCHOOL);
        assertEquals(4, c.approved());
        assertEquals(1, c.withoutGoals(), "planten has no kerndoel");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), c.columns().years());
        assertEquals(List.of("vmbo-b", "vmbo-k", "vmbo-gt", "havo", "vwo", "praktijkonderwijs"), c.columns().levels());

        // procenten is havo and vwo, years 1 and 2: one video in four columns, once in the total
        Coverage.Goal kd22 = goal(c, "vo", 22);
        assertEquals(Map.of("1", 2, "2", 1, "3", 0, "4", 0, "5", 0, "6", 0), kd22.years());
        assertEquals(2, kd22.levels().get("havo"));
        assertEquals(1, kd22.levels().get("vwo"));
        assertEquals(0, kd22.levels().get("vmbo-gt"));
        assertEquals(2, kd22.total());
        assertEquals(List.of("breuken-00000001", "procenten-00000002"), kd22.videos());
        assertFalse(kd22.uncovered());
        assertEquals("Rekenstructuren doorzien en rekenbegrippen gebruiken", kd22.label());
        assertEquals("22", kd22.code());

        Coverage.Goal kd4 = goal(c, "vo", 4);
        assertEquals(1, kd4.levels().get("vmbo-b"));
        assertEquals(1, kd4.levels().get("vmbo-k"));
        assertEquals(1, kd4.total());

        // a draft, a rejected and an in-review video do not cover their kerndoel
        for (int n : List.of(24, 28, 34, 37)) {
            assertEquals(0, goal(c, "vo", n).total(), "KD" + n);
            assertTrue(goal(c, "vo", n).uncovered(), "KD" + n);
        }
        Coverage.GoalSet vo = set(c, "vo");
        assertEquals(58, vo.goalCount());
        assertEquals(3, vo.coveredCount(), "4, 22 and 23");
    }

    @Test
    void theWholeSchoolShowsEveryKerndoelByLearningArea() {
        Coverage c = counter.count(CoverageFixtures.school(), Scope.SCHOOL);
        List<String> areas = set(c, "vo").areas().stream().map(Coverage.Area::name).toList();
        assertEquals(List.of("Nederlands", "Engels", "Wiskunde", "Mens en natuur", "Mens en maatschappij",
                "Kunst en cultuur", "Bewegen en sport"), areas);
        Coverage.Area wiskunde = set(c, "vo").areas().get(2);
        assertEquals(List.of(19, 20, 21, 24, 25, 26, 27), wiskunde.uncovered());
        assertEquals("19-21, 24-27", Coverage.ranges(wiskunde.uncovered()));
        assertEquals(List.of(1, 2, 3, 5, 6, 7, 8, 9, 10), set(c, "vo").areas().get(0).uncovered());
    }

    @Test
    void poKerndoelenShowOnlyWhenARecordHasOneOrWhenAskedFor() {
        Coverage c = counter.count(CoverageFixtures.school(), Scope.SCHOOL);
        Coverage.GoalSet po = set(c, "po");
        assertEquals(58, po.goalCount());
        assertEquals(1, po.coveredCount());
        Coverage.Goal po2 = goal(c, "po", 2);
        assertEquals("po-2", po2.code());
        assertEquals(1, po2.total());
        assertEquals("Nederlands", po.areas().get(0).name());
        assertEquals(List.of("Nederlands", "Engels", "Fries", "Rekenen/wiskunde", "Oriëntatie op jezelf en de wereld",
                "Kunstzinnige oriëntatie", "Bewegingsonderwijs"), po.areas().stream().map(Coverage.Area::name).toList());

        List<VideoRecord> voOnly = new ArrayList<>(CoverageFixtures.school());
        voOnly.removeIf(r -> r.id().startsWith("spelling"));
        assertEquals(List.of("vo"), counter.count(voOnly, Scope.SCHOOL).sets().stream().map(Coverage.GoalSet::set).toList());
        assertEquals(List.of("vo", "po"), counter.count(voOnly, new Scope(List.of(), true)).sets().stream()
                .map(Coverage.GoalSet::set).toList());
    }

    @Test
    void aSubjectShowsItsLearningAreasAndTheAreasItsRecordsName() {
        Coverage c = counter.count(CoverageFixtures.school(), Scope.of(List.of("wis"), false));
        assertEquals(List.of("wiskunde"), c.subjects());
        assertEquals(2, c.approved());
        assertEquals(1, c.sets().size(), "no wiskunde record names a PO kerndoel");
        // the draft 'grafieken' names KD28 (Mens en natuur): that area is shown too, uncovered
        assertEquals(List.of("Wiskunde", "Mens en natuur"), set(c, "vo").areas().stream().map(Coverage.Area::name).toList());
        assertEquals(17, set(c, "vo").goalCount());
        assertEquals(2, set(c, "vo").coveredCount());
        assertTrue(c.bySubject().isEmpty());

        Coverage nl = counter.count(CoverageFixtures.school(), Scope.of(List.of("Nederlands"), false));
        assertEquals(List.of("Nederlands"), set(nl, "po").areas().stream().map(Coverage.Area::name).toList());
        assertEquals(12, set(nl, "po").goalCount());
        assertEquals(58, set(counter.count(CoverageFixtures.school(), Scope.of(List.of("wis"), true)), "po").goalCount());

        Coverage bio = counter.count(CoverageFixtures.school(), Scope.of(List.of("biologie"), false));
        assertEquals(1, bio.approved());
        assertEquals(1, bio.withoutGoals());
        assertEquals(0, set(bio, "vo").coveredCount());
    }

    @Test
    void theWholeSchoolHasALinePerSubjectWithARecord() {
        List<VideoRecord> records = new ArrayList<>(CoverageFixtures.school());
        records.add(CoverageFixtures.unknownSubject());
        Coverage c = counter.count(records, Scope.SCHOOL);
        assertEquals(List.of("Biologie", "Geschiedenis", "Nederlands", "Wiskunde"),
                c.bySubject().stream().map(Coverage.SubjectSummary::label).toList(), "an unknown subject is no line");
        Coverage.SubjectSummary wis = c.bySubject().get(3);
        assertEquals(new Coverage.SubjectSummary("wiskunde", "Wiskunde", 2, 17, 2), wis);
        assertEquals(new Coverage.SubjectSummary("geschiedenis", "Geschiedenis", 0, 12, 0), c.bySubject().get(1));
        assertEquals(5, c.approved(), "the unknown subject's video counts for the whole school");
        assertEquals(2, c.withoutGoals(), "KD99 is no kerndoel");
    }

    @Test
    void anUnknownSubjectIsAUsageErrorWithSuggestions() {
        VidcatException e = assertThrows(VidcatException.class, () -> Scope.of(List.of("wiskunder"), false));
        assertEquals(VidcatException.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("did you mean wiskunde"), e.getMessage());
        assertEquals(List.of("wiskunde"), Scope.of(List.of("wis", "Wiskunde"), false).subjects(), "each subject once");
    }

    @Test
    void rangesJoinRuns() {
        assertEquals("", Coverage.ranges(List.of()));
        assertEquals("7", Coverage.ranges(List.of(7)));
        assertEquals("1-3, 5, 7-8", Coverage.ranges(List.of(1, 2, 3, 5, 7, 8)));
    }
}
