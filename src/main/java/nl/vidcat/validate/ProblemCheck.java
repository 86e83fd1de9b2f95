package nl.vidcat.validate;

import java.util.List;
import nl.vidcat.model.Problem;

/**
 * Problems earlier stages stored in the record (and problems found while reading a sheet row) become findings, so a
 * CI run shows everything a person should look at in one report.
 */
final class ProblemCheck implements Check {

    @Override
    public void check(Subject s, Findings out) {
        List<Problem> problems = s.problems();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            String stage = p.code().contains(".") ? p.code().substring(0, p.code().indexOf('.')) : p.code();
            out.add(Rules.PROBLEM, s.isSheetRow() ? null : "/problems/" + i,
                    "Gemeld door " + stage + " (" + p.code() + "): " + p.message(),
                    "Reported by " + stage + " (" + p.code() + "): " + p.message());
        }
    }
}
