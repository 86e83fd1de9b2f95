package nl.vidcat.validate;

import static nl.vidcat.validate.Messages.blank;
import static nl.vidcat.validate.Messages.q;

import nl.vidcat.model.Metadata;
import nl.vidcat.validate.Rules.Limits;

/** Title and description: NL-LOM requires both, and they are what students search and read first. */
final class TextCheck implements Check {

    @Override
    public void check(Subject s, Findings out) {
        Metadata m = s.metadata();
        String title = m == null ? null : m.title();
        if (blank(title)) {
            out.add(Rules.TITLE_MISSING, "/metadata/title",
                    "De video heeft geen titel. Geef een titel die zegt wat de leerling leert, bijv."
                            + " 'Breuken vereenvoudigen'.",
                    "The video has no title. Give one that says what students learn, e.g. 'Simplifying fractions'.");
        } else if (title.strip().length() < Limits.TITLE_MIN) {
            out.add(Rules.TITLE_SHORT, "/metadata/title",
                    "De titel " + q(title) + " is erg kort (" + title.strip().length() + " tekens); een titel van"
                            + " minstens " + Limits.TITLE_MIN + " tekens zegt leerlingen meer.",
                    "The title " + q(title) + " is very short (" + title.strip().length() + " characters); a title of"
                            + " at least " + Limits.TITLE_MIN + " characters tells students more.");
        }
        String description = m == null ? null : m.description();
        if (blank(description)) {
            out.add(Rules.DESCRIPTION_MISSING, "/metadata/description",
                    "De video heeft geen beschrijving. Beschrijf in een paar zinnen wat de video uitlegt en voor wie.",
                    "The video has no description. Describe in a few sentences what it explains and for whom.");
        } else if (description.strip().length() < Limits.DESCRIPTION_MIN) {
            out.add(Rules.DESCRIPTION_SHORT, "/metadata/description",
                    "De beschrijving is kort (" + description.strip().length() + " tekens). Beschrijf in minstens "
                            + Limits.DESCRIPTION_MIN + " tekens wat de video uitlegt en voor wie.",
                    "The description is short (" + description.strip().length() + " characters). Use at least "
                            + Limits.DESCRIPTION_MIN + " characters to say what the video explains and for whom.");
        }
    }
}
