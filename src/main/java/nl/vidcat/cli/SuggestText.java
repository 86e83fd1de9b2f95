package nl.vidcat.cli;

import java.util.List;
import nl.vidcat.suggest.Suggestion;

/** {@code vidcat suggest} as text: a block per record, the proposals with their confidence and words. */
final class SuggestText {

    private SuggestText() {
    }

    static String of(List<Suggestion> suggestions) {
        StringBuilder sb = new StringBuilder();
        int without = 0;
        for (Suggestion s : suggestions) {
            without += s.hasGoals() ? 0 : 1;
            sb.append(s.id()).append(s.title() == null || s.title().isBlank() ? "" : " — " + s.title().strip())
                    .append('\n');
            String head = s.hasGoals() ? "  kerndoelen (has some)" : "  kerndoelen";
            for (int i = 0; i < s.goals().size(); i++) {
                sb.append(String.format("%-24s", i == 0 ? head : "")).append(line(s.goals().get(i))).append('\n');
            }
            if (s.subject() != null) {
                sb.append(String.format("%-24s", "  vak")).append(s.subject().code()).append(' ')
                        .append(Suggestion.confidence(s.subject().confidence())).append(" (")
                        .append(s.subjectReason()).append(")\n");
            }
            if (!s.levels().isEmpty()) {
                sb.append(String.format("%-24s", "  niveau"));
                s.levels().forEach(l -> sb.append(l.code()).append(' ')
                        .append(Suggestion.confidence(l.confidence())).append("  "));
                sb.setLength(sb.length() - 2);
                sb.append('\n');
            }
            if (!s.keywords().isEmpty()) {
                sb.append(String.format("%-24s", "  trefwoorden")).append(String.join(", ", s.keywords())).append('\n');
            }
            sb.append('\n');
        }
        sb.append(suggestions.size()).append(" record(s), ").append(without)
                .append(" without kerndoelen; nothing was changed (--format csv, then --apply, to take proposals)\n");
        return sb.toString();
    }

    private static String line(Suggestion.Proposal p) {
        return p.code() + " " + Suggestion.confidence(p.confidence())
                + (p.label().isEmpty() ? "" : " " + p.label())
                + (p.words().isEmpty() ? "" : " (" + String.join(", ", p.words()) + ")");
    }
}
