package nl.vidcat.validate;

import java.util.List;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Term;

/**
 * Invisible control and bidi characters in metadata ({@link ControlCharacters}): an ESC that retitles a terminal, a
 * right-to-left override that shows "Huiswerk U+202E gnp.exe" as "Huiswerk exe.png". Exports leave them out and the
 * console escapes them, but the coordinator should remove them at the source. Says the field and the position of the
 * first one, never the text around it (a maker's name stays out of the report). One pass over each field's chars.
 */
final class ControlCharacterCheck implements Check {

    @Override
    public void check(Subject s, Findings out) {
        Metadata m = s.metadata();
        if (m == null || !out.wants(Rules.CONTROL_CHARACTERS)) {
            return;
        }
        field(out, "title", "titel", "/metadata/title", m.title());
        field(out, "description", "beschrijving", "/metadata/description", m.description());
        list(out, "keyword", "trefwoord", "/metadata/keywords/", m.keywords());
        term(out, "subject", "vak", "/metadata/subject/input", m.subject());
        for (int i = 0; i < m.levels().size(); i++) {
            term(out, "level", "niveau", "/metadata/levels/" + i + "/input", m.levels().get(i));
        }
        for (int i = 0; i < m.goals().size(); i++) {
            term(out, "kerndoel", "kerndoel", "/metadata/goals/" + i + "/input", m.goals().get(i));
        }
        field(out, "language", "taal", "/metadata/language", m.language());
        term(out, "licence", "licentie", "/metadata/licence/input", m.licence());
        field(out, "school", "school", "/metadata/school", m.school());
        field(out, "teacher", "docent", "/metadata/teacher", m.teacher());
        list(out, "maker", "maker", "/metadata/makers/", m.makers());
        field(out, "subtitles", "ondertitels", "/metadata/subtitles", m.subtitles());
    }

    private static void list(Findings out, String en, String nl, String pointer, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            field(out, en + " " + (i + 1), nl + " " + (i + 1), pointer + i, values.get(i));
        }
    }

    private static void term(Findings out, String en, String nl, String pointer, Term t) {
        if (t != null) {
            field(out, en, nl, pointer, t.input());
        }
    }

    private static void field(Findings out, String en, String nl, String pointer, String value) {
        if (value == null) {
            return;
        }
        int at = ControlCharacters.indexOf(value);
        if (at < 0) {
            return;
        }
        String what = ControlCharacters.describe(value.charAt(at));
        int position = value.codePointCount(0, at) + 1;
        int more = 0;
        for (int i = at + 1; i < value.length(); i++) {
            if (ControlCharacters.isControl(value.charAt(i))) {
                more++;
            }
        }
        out.add(Rules.CONTROL_CHARACTERS, pointer,
                "De " + nl + " bevat een onzichtbaar stuurteken " + what + " op positie " + position
                        + (more > 0 ? " (en nog " + more + ")" : "") + "; haal het weg in het metadatablad.",
                "The " + en + " has an invisible control character " + what + " at position " + position
                        + (more > 0 ? " (and " + more + " more)" : "") + "; remove it in the metadata sheet.");
    }
}
