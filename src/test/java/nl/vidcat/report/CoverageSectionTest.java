package nl.vidcat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.vidcat.coverage.Coverage;
import nl.vidcat.coverage.CoverageCounter;
import nl.vidcat.coverage.CoverageFixtures;
import nl.vidcat.coverage.Scope;
import org.junit.jupiter.api.Test;

/** The heat map's HTML without a browser: escaped, counts as text, shading by count. */
class CoverageSectionTest {

    private static String render(Coverage school, List<Coverage> subjects) {
        StringBuilder h = new StringBuilder();
        new CoverageSection(school, subjects).render(h);
        return h.toString();
    }

    @Test
    void everyTextIsEscapedAndNoRecordTitleIsShown() {
        String tag = "<script>document.body.dataset.pwned='4'</script>";
        Coverage.Goal g = new Coverage.Goal(7, "7", "id-7", tag + " label", Map.of("1", 5), Map.of("havo", 9), 9, false,
                List.of("a-00000001"));
        Coverage hostile = new Coverage(Coverage.FORMAT, List.of(), 9, 0, new Coverage.Columns(List.of(1), List.of("havo")),
                List.of(new Coverage.GoalSet("vo", "Kerndoelen " + tag, 1, 1,
                        List.of(new Coverage.Area("Gebied " + tag, List.of(g), List.of())))), List.of());
        String html = render(hostile, List.of());
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("Gebied &lt;script&gt;document.body.dataset.pwned=&#39;4&#39;&lt;/script&gt;"), html);
        assertTrue(html.contains("<td class=\"h3\">5</td><td class=\"h4 sep\">9</td><td class=\"h4 tot\">9</td>"), html);

        CoverageCounter counter = new CoverageCounter();
        List<nl.vidcat.model.VideoRecord> records = CoverageFixtures.school();
        String school = render(counter.count(records, Scope.SCHOOL), counter.perSubject(records, false));
        assertFalse(school.contains("<script") || school.contains("pwned"), "titles are not part of the section");
        assertFalse(school.contains("\u001b") || school.contains("\u202e"));
        assertTrue(school.contains("<summary><h2>Dekking van de kerndoelen</h2> <span>4 van 116 kerndoelen hebben een"
                + " goedgekeurde video (4 video’s)</span></summary>"), school);
        assertTrue(school.contains("<caption>Kerndoelen primair onderwijs: 1 van 58 met een video</caption>"), school);
        assertTrue(school.contains("<li><b>Wiskunde</b>: KD 19-21, 24-27</li>"), school);
        assertTrue(school.contains("<p class=\"hint\">1 goedgekeurde video heeft geen kerndoel en telt nergens mee.</p>"),
                school);
        assertTrue(school.contains("<th scope=\"col\"><abbr title=\"praktijkonderwijs\">pro</abbr></th>"), school);
    }

    @Test
    void shadesStepUpAtOneTwoFourAndEight() {
        assertEquals(List.of("h0", "h1", "h2", "h2", "h3", "h3", "h4", "h4"),
                List.of(0, 1, 2, 3, 4, 7, 8, 500).stream().map(CoverageSection::shade).toList());
    }
}
