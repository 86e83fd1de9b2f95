package nl.vidcat.coverage;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * Counts which kerndoelen the approved videos cover: the one implementation behind {@code vidcat coverage} and the
 * report's heat map. Only approved videos count (drafts may still change and rejected ones will not be shown), but
 * the kerndoelen on every record decide what is shown: PO kerndoelen only when a record carries one, and for a subject
 * the learning areas it teaches plus those its records name.
 */
public final class CoverageCounter {

    private static final Pattern LABEL_PREFIX = Pattern.compile("^(?:VO|PO) Kerndoel \\d+:\\s*");
    private static final String OTHER_AREA = "Overig";

    private final Vocabularies vocab;
    private final Coverage.Columns columns;

    public CoverageCounter() {
        this(Vocabularies.get());
    }

    CoverageCounter(Vocabularies vocab) {
        this.vocab = vocab;
        List<String> levels = vocab.levels().entries().stream().map(Vocabulary.Entry::code).distinct().toList();
        int maxYear = levels.stream().mapToInt(vocab::maxYear).max().orElse(6);
        List<Integer> years = new ArrayList<>();
        for (int y = 1; y <= maxYear; y++) {
            years.add(y);
        }
        this.columns = new Coverage.Columns(years, levels);
    }

    /** The coverage of {@code records} (of any status; only approved ones are counted) in {@code scope}. */
    public Coverage count(List<VideoRecord> records, Scope scope) {
        Tallies t = tally(records, scope);
        List<Coverage.GoalSet> sets = new ArrayList<>();
        sets.add(set(false, relevant(false, scope, t), t));
        if (scope.po() || !t.poAreas.isEmpty()) {
            sets.add(set(true, relevant(true, scope, t), t));
        }
        List<Coverage.SubjectSummary> bySubject = scope.school()
                ? perSubject(records, scope.po()).stream().map(this::summary).toList() : List.of();
        return new Coverage(Coverage.FORMAT, scope.subjects(), t.approved, t.withoutGoals, columns, sets, bySubject);
    }

    /** The coverage of each subject that has a record (of any status), by the subject's Dutch label. */
    public List<Coverage> perSubject(List<VideoRecord> records, boolean po) {
        Set<String> codes = new TreeSet<>();
        records.forEach(r -> Scope.subjectCode(r).ifPresent(codes::add));
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        return codes.stream().sorted(Comparator.comparing(Scope::label, dutch))
                .map(c -> count(records, new Scope(List.of(c), po))).toList();
    }

    private Coverage.SubjectSummary summary(Coverage c) {
        String code = c.subjects().get(0);
        return new Coverage.SubjectSummary(code, Scope.label(code), c.approved(),
                c.sets().stream().mapToInt(Coverage.GoalSet::goalCount).sum(),
                c.sets().stream().mapToInt(Coverage.GoalSet::coveredCount).sum());
    }

    /** A kerndoel of either set. */
    private record GoalRef(boolean po, int number) {
    }

    /** What the approved videos of one kerndoel are for. */
    private static final class Tally {
        final Map<String, Integer> years = new HashMap<>();
        final Map<String, Integer> levels = new HashMap<>();
        final List<String> ids = new ArrayList<>();
    }

    private static final class Tallies {
        int approved;
        int withoutGoals;
        /** Learning areas the records in scope name, whatever their status. */
        final Set<String> voAreas = new HashSet<>();
        final Set<String> poAreas = new HashSet<>();
        final Map<GoalRef, Tally> goals = new HashMap<>();
    }

    private Tallies tally(List<VideoRecord> records, Scope scope) {
        Tallies t = new Tallies();
        for (VideoRecord r : records) {
            if (r.metadata() == null || !scope.includes(r)) {
                continue;
            }
            Set<GoalRef> goals = goals(r.metadata());
            goals.forEach(g -> (g.po() ? t.poAreas : t.voAreas).add(area(g.po(), g.number())));
            if (r.status() != ReviewStatus.APPROVED) {
                continue;
            }
            t.approved++;
            if (goals.isEmpty()) {
                t.withoutGoals++;
            }
            Set<String> years = years(r.metadata());
            Set<String> levels = levels(r.metadata());
            for (GoalRef g : goals) {
                Tally tally = t.goals.computeIfAbsent(g, k -> new Tally());
                years.forEach(y -> tally.years.merge(y, 1, Integer::sum));
                levels.forEach(l -> tally.levels.merge(l, 1, Integer::sum));
                tally.ids.add(r.id());
            }
        }
        return t;
    }

    /** The known kerndoelen of a record, each once (a hand-edited record may repeat one). */
    private Set<GoalRef> goals(Metadata m) {
        Set<GoalRef> out = new LinkedHashSet<>();
        for (Term t : m.goals()) {
            if (t == null || !t.known()) {
                continue;
            }
            vocab.goalsVo().entryOf(t).map(e -> new GoalRef(false, Integer.parseInt(e.code())))
                    .or(() -> vocab.goalsPo().byId(t.id()).map(e -> new GoalRef(true, Integer.parseInt(e.code()))))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** The record's school years that are columns, each once. */
    private Set<String> years(Metadata m) {
        Set<String> out = new LinkedHashSet<>();
        m.years().stream().filter(y -> y != null && columns.years().contains(y)).forEach(y -> out.add(y.toString()));
        return out;
    }

    /** The record's known levels, each once (vmbo-b, vmbo-k and vmbo-gt share an OBK id; the code tells them apart). */
    private Set<String> levels(Metadata m) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : m.levels()) {
            if (t != null && t.known() && t.code() != null && columns.levels().contains(t.code())) {
                out.add(t.code());
            }
        }
        return out;
    }

    /**
     * The kerndoelen a table shows. The whole school: all of them. A subject: those of the learning areas it teaches
     * (kerndoel-vakken.json) and of the areas its records name; PO kerndoelen only by the areas its records name,
     * unless asked for.
     */
    private List<Vocabulary.Entry> relevant(boolean po, Scope scope, Tallies t) {
        List<Vocabulary.Entry> all = (po ? vocab.goalsPo() : vocab.goalsVo()).entries();
        if (scope.school() || po && scope.po()) {
            return all;
        }
        Set<String> named = po ? t.poAreas : t.voAreas;
        return all.stream().filter(e -> {
            int n = Integer.parseInt(e.code());
            return named.contains(area(po, n)) || !po && scope.subjects().stream().anyMatch(s -> vocab.teaches(s, n));
        }).toList();
    }

    private Coverage.GoalSet set(boolean po, List<Vocabulary.Entry> entries, Tallies t) {
        Map<String, List<Coverage.Goal>> byArea = new LinkedHashMap<>();
        for (Vocabulary.Entry e : entries) {
            int n = Integer.parseInt(e.code());
            Tally tally = t.goals.get(new GoalRef(po, n));
            byArea.computeIfAbsent(area(po, n), k -> new ArrayList<>()).add(goal(po, e, n, tally));
        }
        List<Coverage.Area> areas = new ArrayList<>();
        byArea.forEach((name, goals) -> areas.add(new Coverage.Area(name, goals,
                goals.stream().filter(Coverage.Goal::uncovered).map(Coverage.Goal::number).toList())));
        int covered = (int) entries.stream().filter(e -> t.goals.containsKey(new GoalRef(po, Integer.parseInt(e.code()))))
                .count();
        return new Coverage.GoalSet(po ? "po" : "vo", po ? "Kerndoelen primair onderwijs" : "Kerndoelen onderbouw VO",
                entries.size(), covered, areas);
    }

    private Coverage.Goal goal(boolean po, Vocabulary.Entry e, int n, Tally tally) {
        Map<String, Integer> years = new TreeMap<>();
        columns.years().forEach(y -> years.put(y.toString(), tally == null ? 0 : tally.years.getOrDefault(y.toString(), 0)));
        Map<String, Integer> levels = new TreeMap<>();
        columns.levels().forEach(l -> levels.put(l, tally == null ? 0 : tally.levels.getOrDefault(l, 0)));
        List<String> ids = tally == null ? List.of() : tally.ids.stream().sorted().toList();
        return new Coverage.Goal(n, po ? "po-" + n : String.valueOf(n), e.id(),
                LABEL_PREFIX.matcher(e.label()).replaceFirst(""), years, levels, ids.size(), ids.isEmpty(), ids);
    }

    private String area(boolean po, int n) {
        Optional<String> name = po ? vocab.leergebiedPo(n) : vocab.leergebied(n);
        return name.orElse(OTHER_AREA);
    }
}
