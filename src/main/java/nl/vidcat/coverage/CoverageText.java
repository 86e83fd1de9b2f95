package nl.vidcat.coverage;

import java.util.Map;
import nl.vidcat.io.ControlCharacters;

/**
 * {@code vidcat coverage} for people: a table per kerndoel set that fits in 100 columns, kerndoelen without an
 * approved video marked {@code !}, then the list of those kerndoelen by learning area ("what should the next student
 * films be about?") and, for the whole school, a line per subject. Zero is shown as {@code .} so the counts stand out.
 */
public final class CoverageText {

    private static final int LABEL = 34;
    private static final int CELL = 4;
    /** Column heads of at most three letters; a level the table does not know gets its first three. */
    private static final Map<String, String> SHORT = Map.of("vmbo-b", "bb", "vmbo-k", "kb", "vmbo-gt", "gt",
            "havo", "hv", "vwo", "vwo", "praktijkonderwijs", "pro");

    private CoverageText() {
    }

    public static String render(Coverage c) {
        String scope = c.school() ? "the whole school" : String.join(", ", c.subjects().stream().map(Scope::label).toList());
        StringBuilder sb = new StringBuilder();
        sb.append("Kerndoelen covered by approved videos: ").append(esc(scope)).append(", ")
                .append(videos(c.approved())).append('\n');
        if (c.withoutGoals() > 0) {
            sb.append(videos(c.withoutGoals())).append(" without a kerndoel count nowhere.\n");
        }
        for (Coverage.GoalSet set : c.sets()) {
            table(sb, set, c.columns());
        }
        legend(sb, c.columns());
        gaps(sb, c);
        if (!c.bySubject().isEmpty()) {
            sb.append("\nPer subject ('vidcat coverage --subject VAK' shows its table):\n");
            for (Coverage.SubjectSummary s : c.bySubject()) {
                sb.append(String.format("  %-28s %5d approved  %3d of %d kerndoelen without a video\n",
                        esc(cut(s.label(), 28)), s.approved(), s.goalCount() - s.coveredCount(), s.goalCount()));
            }
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, Coverage.GoalSet set, Coverage.Columns cols) {
        sb.append('\n').append(set.summary()).append('\n');
        if (set.goalCount() == 0) {
            sb.append("  (none belong to this subject; records of it name none)\n");
            return;
        }
        sb.append(String.format("      %-" + LABEL + "s", "kerndoel"));
        cols.years().forEach(y -> sb.append(cell("j" + y)));
        sb.append(" |");
        cols.levels().forEach(l -> sb.append(cell(shortLevel(l))));
        sb.append(" |").append(String.format("%5s", "all")).append('\n');
        for (Coverage.Area area : set.areas()) {
            sb.append("  ").append(esc(area.name())).append('\n');
            for (Coverage.Goal g : area.goals()) {
                row(sb, g, cols);
            }
        }
    }

    private static void row(StringBuilder sb, Coverage.Goal g, Coverage.Columns cols) {
        sb.append(g.uncovered() ? " !" : "  ").append(String.format("%3d ", g.number()))
                .append(String.format("%-" + LABEL + "s", esc(cut(g.label(), LABEL))));
        cols.years().forEach(y -> sb.append(cell(count(g.years().getOrDefault(y.toString(), 0)))));
        sb.append(" |");
        cols.levels().forEach(l -> sb.append(cell(count(g.levels().getOrDefault(l, 0)))));
        sb.append(" |").append(String.format("%5d", g.total())).append('\n');
    }

    private static void legend(StringBuilder sb, Coverage.Columns cols) {
        StringBuilder levels = new StringBuilder();
        for (String l : cols.levels()) {
            String s = shortLevel(l);
            levels.append(levels.isEmpty() ? "" : ", ").append(s.equals(l) ? l : s + " " + l);
        }
        sb.append("\nA number is how many approved videos are for the kerndoel in that school year or level.\n")
                .append("j1-j").append(cols.years().size()).append(": school year 1-").append(cols.years().size())
                .append("; ").append(levels).append(".\n")
                .append("A video counts in each column it is for, and once in 'all'. ! marks a kerndoel without one.\n");
    }

    /** The summary a coordinator plans the next films with: the kerndoelen without a video, by learning area. */
    private static void gaps(StringBuilder sb, Coverage c) {
        sb.append("\nWhich kerndoelen do the next student films need to cover?\n");
        boolean any = false;
        for (Coverage.GoalSet set : c.sets()) {
            int open = set.goalCount() - set.coveredCount();
            if (open == 0) {
                continue;
            }
            any = true;
            sb.append("  ").append(set.label()).append(", ").append(open).append(" of ").append(set.goalCount())
                    .append(":\n");
            for (Coverage.Area a : set.areas()) {
                if (!a.uncovered().isEmpty()) {
                    sb.append("    ").append(esc(a.name())).append(": ").append(Coverage.ranges(a.uncovered()))
                            .append('\n');
                }
            }
        }
        if (!any) {
            sb.append("  None: every kerndoel shown has an approved video.\n");
        }
    }

    /** A level's column head of at most three letters ("bb" for vmbo-b, "pro" for praktijkonderwijs). */
    public static String shortLevel(String code) {
        return SHORT.getOrDefault(code, code.length() <= 3 ? code : code.substring(0, 3));
    }

    private static String cell(String s) {
        return String.format("%" + CELL + "s", s);
    }

    private static String count(int n) {
        return n == 0 ? "." : String.valueOf(n);
    }

    private static String videos(int n) {
        return n + (n == 1 ? " approved video" : " approved videos");
    }

    /** Cut to {@code width} characters, ending in '…' when something was cut. */
    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Vocabulary text only, but the terminal gets no control characters from anywhere. */
    private static String esc(String s) {
        return ControlCharacters.escape(s == null ? "" : s);
    }
}
