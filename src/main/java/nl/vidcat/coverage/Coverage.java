package nl.vidcat.coverage;

import java.util.List;
import java.util.Map;

/**
 * Which kerndoelen the approved videos cover, per school year and level: what {@code vidcat coverage} prints and the
 * report's heat map shows. Serialized as-is for {@code --format json}; the shape is documented in docs/guide.md and
 * only ever grows (new fields), {@code format} is its version.
 *
 * @param format       the version of this shape
 * @param subjects     the subjects counted (vakken-vo.json codes); empty for the whole school
 * @param approved     approved videos in scope: the only ones counted
 * @param withoutGoals approved videos in scope without a known kerndoel: they count nowhere
 * @param columns      the year and level columns, in the order the tables show them
 * @param sets         the kerndoelen onderbouw VO, then the PO kerndoelen when a record carries one (or asked for)
 * @param bySubject    for the whole school, a line per subject that has a record; empty for a subject's coverage
 */
public record Coverage(int format, List<String> subjects, int approved, int withoutGoals, Columns columns,
                       List<GoalSet> sets, List<SubjectSummary> bySubject) {

    public static final int FORMAT = 1;

    public Coverage {
        subjects = List.copyOf(subjects);
        sets = List.copyOf(sets);
        bySubject = List.copyOf(bySubject);
    }

    /** Whether this is the whole school rather than some subjects. */
    public boolean school() {
        return subjects.isEmpty();
    }

    /** Kerndoel numbers as runs: [1, 2, 3, 5, 7, 8] as "1-3, 5, 7-8". */
    public static String ranges(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            int from = numbers.get(i);
            while (i + 1 < numbers.size() && numbers.get(i + 1) == numbers.get(i) + 1) {
                i++;
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(from).append(from == numbers.get(i) ? "" : "-" + numbers.get(i));
        }
        return sb.toString();
    }

    /**
     * The columns of every table: school years 1 up to the highest any level has, and the levels of niveaus.json.
     *
     * @param levels level codes (vmbo-b, …, praktijkonderwijs)
     */
    public record Columns(List<Integer> years, List<String> levels) {
        public Columns {
            years = List.copyOf(years);
            levels = List.copyOf(levels);
        }
    }

    /**
     * One vocabulary of kerndoelen.
     *
     * @param set          "vo" (kerndoelen onderbouw VO) or "po" (primair onderwijs)
     * @param goalCount    kerndoelen in the tables of this scope
     * @param coveredCount of those, the ones with at least one approved video
     */
    public record GoalSet(String set, String label, int goalCount, int coveredCount, List<Area> areas) {
        public GoalSet {
            areas = List.copyOf(areas);
        }

        public boolean po() {
            return "po".equals(set);
        }

        /** "Kerndoelen onderbouw VO: 3 of 58 have an approved video". */
        public String summary() {
            return label + ": " + coveredCount + " of " + goalCount + " have an approved video";
        }
    }

    /**
     * One learning area (leergebied) and its kerndoelen in this scope.
     *
     * @param uncovered the numbers of its kerndoelen without an approved video
     */
    public record Area(String name, List<Goal> goals, List<Integer> uncovered) {
        public Area {
            goals = List.copyOf(goals);
            uncovered = List.copyOf(uncovered);
        }
    }

    /**
     * One kerndoel with its counts. A video counts in each year and level column it is for, and once in
     * {@code total}; a video without years or levels counts only in {@code total}.
     *
     * @param code      as records store it: "22", or "po-12" for a PO kerndoel
     * @param label     the short label ("Rekenstructuren doorzien en rekenbegrippen gebruiken")
     * @param years     school year ("1") to approved videos for it
     * @param levels    level code to approved videos for it
     * @param total     approved videos with this kerndoel
     * @param uncovered {@code total == 0}: a goal for the next student films
     * @param videos    the ids of those videos, sorted
     */
    public record Goal(int number, String code, String id, String label, Map<String, Integer> years,
                       Map<String, Integer> levels, int total, boolean uncovered, List<String> videos) {
        public Goal {
            years = Map.copyOf(years);
            levels = Map.copyOf(levels);
            videos = List.copyOf(videos);
        }
    }

    /**
     * A subject at a glance (whole school only), over its own tables ({@code vidcat coverage --subject}).
     *
     * @param subject      its vakken-vo.json code
     * @param goalCount    kerndoelen in the subject's tables
     * @param coveredCount of those, the ones with at least one approved video of the subject
     */
    public record SubjectSummary(String subject, String label, int approved, int goalCount, int coveredCount) {
    }
}
