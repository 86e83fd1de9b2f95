package nl.vidcat.validate;

import java.util.List;
import nl.vidcat.vocab.FirstNames;
import nl.vidcat.vocab.Normalizer;
import nl.vidcat.vocab.Vocabularies;

/** The schema and the rule groups, in report order. Built once per run and shared by all worker threads. */
final class RecordChecks {

    private final RecordSchema schema;
    private final Normalizer normalizer;
    private final List<Check> checks;
    private final GoalHint hint;

    RecordChecks(Vocabularies vocab) {
        this(vocab, GoalHint.NONE);
    }

    RecordChecks(Vocabularies vocab, GoalHint hint) {
        this.hint = hint;
        this.schema = RecordSchema.get();
        this.normalizer = new Normalizer(vocab);
        this.checks = List.of(new TextCheck(), new ClassificationCheck(vocab), new RightsCheck(vocab),
                new NamesCheck(FirstNames.get()),
                new MediaCheck(), new ProblemCheck(),
                new ControlCharacterCheck());
    }

    RecordSchema schema() {
        return schema;
    }

    Normalizer normalizer() {
        return normalizer;
    }

    /** The kerndoel hint for a record without kerndoelen, or null. */
    String hint(nl.vidcat.model.VideoRecord r) {
        boolean none = r.metadata() != null && r.metadata().goals().isEmpty();
        return none ? hint.hint(r) : null;
    }

    void run(Subject s, Findings out) {
        for (Check c : checks) {
            c.check(s, out);
        }
    }
}
