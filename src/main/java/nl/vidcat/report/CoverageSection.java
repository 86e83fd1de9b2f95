package nl.vidcat.report;

import static nl.vidcat.report.Html.esc;

import java.util.List;
import nl.vidcat.coverage.Coverage;
import nl.vidcat.coverage.CoverageText;
import nl.vidcat.coverage.Scope;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * The coverage section of {@code index.html}: which kerndoelen the approved videos cover, as a heat map per kerndoel
 * set (the same counts as {@code vidcat coverage}), the kerndoelen still without a video by learning area, and the
 * same per subject. A plain table: every count is text, the shading only repeats it (the legend says how), and a
 * kerndoel without a video says so in words. It opens closed, so the grid stays near the top; {@code #dekking} in
 * the URL opens it.
 */
final class CoverageSection {

    /** Shades by count: 0, 1, 2-3, 4-7, 8 or more. */
    private static final int[] STEPS = {1, 2, 4, 8};
    /** Level codes up to this long head their column ("vmbo-gt"); longer ones are abbreviated ("pro"). */
    private static final int SHORT_HEAD = 8;

    private final Coverage school;
    private final List<Coverage> subjects;

    CoverageSection(Coverage school, List<Coverage> subjects) {
        this.school = school;
        this.subjects = subjects;
    }

    void render(StringBuilder h) {
        h.append("<section class=\"coverage\" id=\"dekking\">\n<details id=\"dekking-open\">\n<summary><h2>Dekking van de")
                .append(" kerndoelen</h2> <span>").append(headline(school)).append("</span></summary>\n")
                .append("<p class=\"hint\">Per kerndoel het aantal goedgekeurde video’s per leerjaar en niveau. Een video")
                .append(" telt mee in elk leerjaar en niveau waarvoor hij is, en één keer in het totaal. Video’s die nog")
                .append(" niet zijn goedgekeurd tellen niet mee. Hetzelfde als tekst of voor Excel:")
                .append(" <code>vidcat coverage</code>.</p>\n");
        legend(h);
        body(h, school);
        if (!subjects.isEmpty()) {
            h.append("<h3>Per vak</h3>\n");
            for (Coverage c : subjects) {
                h.append("<details class=\"vak\"><summary><b>").append(esc(Scope.label(c.subjects().get(0))))
                        .append("</b> – ").append(headline(c)).append("</summary>\n");
                body(h, c);
                h.append("</details>\n");
            }
        }
        h.append("</details>\n</section>\n");
    }

    /** "3 van 58 kerndoelen hebben een goedgekeurde video (2 video’s)". */
    private static String headline(Coverage c) {
        int goals = c.sets().stream().mapToInt(Coverage.GoalSet::goalCount).sum();
        int covered = c.sets().stream().mapToInt(Coverage.GoalSet::coveredCount).sum();
        return covered + " van " + goals + " kerndoelen " + (covered == 1 ? "heeft" : "hebben")
                + " een goedgekeurde video (" + c.approved() + (c.approved() == 1 ? " video" : " video’s") + ")";
    }

    private static void legend(StringBuilder h) {
        h.append("<p class=\"legend\">Aantal goedgekeurde video’s: <span class=\"h0\">0</span> <span class=\"h1\">1</span>")
                .append(" <span class=\"h2\">2–3</span> <span class=\"h3\">4–7</span> <span class=\"h4\">8 of meer</span>.")
                .append(" Een kerndoel zonder video staat er met <span class=\"gap\">geen video</span>.</p>\n");
    }

    private static void body(StringBuilder h, Coverage c) {
        if (c.withoutGoals() > 0) {
            h.append("<p class=\"hint\">").append(c.withoutGoals()).append(c.withoutGoals() == 1 ? " goedgekeurde video"
                    + " heeft" : " goedgekeurde video’s hebben").append(" geen kerndoel en ").append(c.withoutGoals() == 1
                    ? "telt" : "tellen").append(" nergens mee.</p>\n");
        }
        for (Coverage.GoalSet set : c.sets()) {
            if (set.goalCount() == 0) {
                h.append("<p class=\"hint\">Bij dit vak horen geen ").append(esc(set.label().toLowerCase(java.util.Locale.ROOT)))
                        .append(", en de video’s noemen er geen.</p>\n");
                continue;
            }
            table(h, set, c.columns());
            gaps(h, set);
        }
    }

    private static void table(StringBuilder h, Coverage.GoalSet set, Coverage.Columns cols) {
        int width = 2 + cols.years().size() + cols.levels().size();
        h.append("<div class=\"tablewrap\"><table class=\"heat\">\n<caption>").append(esc(set.label())).append(": ")
                .append(set.coveredCount()).append(" van ").append(set.goalCount()).append(" met een video</caption>\n")
                .append("<thead><tr><th rowspan=\"2\" scope=\"col\">Kerndoel</th><th colspan=\"").append(cols.years().size())
                .append("\" scope=\"colgroup\">Leerjaar</th><th colspan=\"").append(cols.levels().size())
                .append("\" scope=\"colgroup\">Niveau</th><th rowspan=\"2\" scope=\"col\">Totaal</th></tr>\n<tr>");
        cols.years().forEach(y -> h.append("<th scope=\"col\">").append(y).append("</th>"));
        for (String l : cols.levels()) {
            String label = Vocabularies.get().levels().lookup(l).map(Vocabulary.Entry::label).orElse(l);
            String head = l.length() <= SHORT_HEAD ? l : CoverageText.shortLevel(l);
            h.append("<th scope=\"col\"><abbr title=\"").append(esc(label)).append("\">").append(esc(head))
                    .append("</abbr></th>");
        }
        h.append("</tr></thead>\n");
        for (Coverage.Area a : set.areas()) {
            int covered = a.goals().size() - a.uncovered().size();
            h.append("<tbody><tr class=\"area\"><th colspan=\"").append(width).append("\" scope=\"rowgroup\">")
                    .append(esc(a.name())).append(" <span>").append(covered).append(" van ").append(a.goals().size())
                    .append("</span></th></tr>\n");
            a.goals().forEach(g -> row(h, set, g, cols));
            h.append("</tbody>\n");
        }
        h.append("</table></div>\n");
    }

    private static void row(StringBuilder h, Coverage.GoalSet set, Coverage.Goal g, Coverage.Columns cols) {
        h.append(g.uncovered() ? "<tr class=\"leeg\">" : "<tr>").append("<th scope=\"row\"><span class=\"nr\">")
                .append(set.po() ? "PO " : "KD ").append(g.number()).append("</span> ").append(esc(g.label()));
        if (g.uncovered()) {
            h.append(" <span class=\"gap\">geen video</span>");
        }
        h.append("</th>");
        cols.years().forEach(y -> cell(h, g.years().getOrDefault(y.toString(), 0), ""));
        for (int i = 0; i < cols.levels().size(); i++) {
            cell(h, g.levels().getOrDefault(cols.levels().get(i), 0), i == 0 ? " sep" : "");
        }
        cell(h, g.total(), " tot");
        h.append("</tr>\n");
    }

    /** @param css more classes, each after a space: where a column group starts */
    private static void cell(StringBuilder h, int n, String css) {
        h.append("<td class=\"").append(shade(n)).append(css).append("\">").append(n).append("</td>");
    }

    static String shade(int n) {
        int step = 0;
        while (step < STEPS.length && n >= STEPS[step]) {
            step++;
        }
        return "h" + step;
    }

    /** The kerndoelen without a video by learning area: what the next student films could be about. */
    private static void gaps(StringBuilder h, Coverage.GoalSet set) {
        int open = set.goalCount() - set.coveredCount();
        if (open == 0) {
            h.append("<p class=\"allgood\">Elk kerndoel hier heeft een goedgekeurde video.</p>\n");
            return;
        }
        h.append("<div class=\"gaps\"><h4>Nog zonder video (").append(open).append("): onderwerpen voor de volgende")
                .append(" leerlingenfilms</h4>\n<ul>\n");
        for (Coverage.Area a : set.areas()) {
            if (!a.uncovered().isEmpty()) {
                h.append("<li><b>").append(esc(a.name())).append("</b>: ").append(set.po() ? "PO " : "KD ")
                        .append(Coverage.ranges(a.uncovered())).append("</li>\n");
            }
        }
        h.append("</ul></div>\n");
    }
}
