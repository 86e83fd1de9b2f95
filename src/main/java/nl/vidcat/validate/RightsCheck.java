package nl.vidcat.validate;

import static nl.vidcat.validate.Messages.didYouMeanEn;
import static nl.vidcat.validate.Messages.didYouMeanNl;
import static nl.vidcat.validate.Messages.q;

import java.util.List;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.SourceFile;
import nl.vidcat.model.Term;
import nl.vidcat.vocab.Vocabularies;

/**
 * Licence and privacy. Makers are minors: findings never quote their names, only how many there are, because
 * validation reports end up in CI logs.
 */
final class RightsCheck implements Check {

    private final Vocabularies vocab;

    RightsCheck(Vocabularies vocab) {
        this.vocab = vocab;
    }

    /**
     * A record is publishable once it is submitted for review: reviewers outside the school see it, and approval is
     * one command away from export. Draft and rejected records stay inside the school.
     */
    static boolean publishable(ReviewStatus status) {
        return status == ReviewStatus.IN_REVIEW || status == ReviewStatus.APPROVED;
    }

    @Override
    public void check(Subject s, Findings out) {
        Metadata m = s.metadata();
        licence(m == null ? null : m.licence(), out);
        if (m != null) {
            makers(m, out);
        }
        if (s.record() != null) {
            location(s.record().source(), s.record().status(), out);
        }
    }

    private void licence(Term t, Findings out) {
        if (t == null) {
            out.add(Rules.LICENCE_MISSING, "/metadata/licence",
                    "Er is geen licentie opgegeven. Kies een Creative Commons-licentie, bijv. CC BY-SA 4.0"
                            + " (cc-by-sa-40), zodat andere scholen de video mogen gebruiken.",
                    "No licence is given. Choose a Creative Commons licence, e.g. CC BY-SA 4.0 (cc-by-sa-40), so"
                            + " other schools may use the video.");
            return;
        }
        if (vocab.licences().entryOf(t).isEmpty()) {
            List<String> close = vocab.licences().suggest(t.input(), 2);
            out.add(Rules.LICENCE_UNKNOWN, "/metadata/licence",
                    "Licentie " + q(t.input()) + " is onbekend; gebruik een code als cc-by-sa-40 of 'CC BY-SA 4.0'."
                            + didYouMeanNl(close),
                    "Licence " + q(t.input()) + " is unknown; use a code like cc-by-sa-40 or 'CC BY-SA 4.0'."
                            + didYouMeanEn(close));
        } else if (!vocab.isOpenLicence(t.id())) {
            out.add(Rules.LICENCE_NOT_OPEN, "/metadata/licence",
                    "Licentie " + q(t.label()) + " is geen open licentie; Wikiwijs en Edurep nemen alleen Creative"
                            + " Commons of publiek domein op. Kies bijv. CC BY-SA 4.0.",
                    "Licence " + q(t.label()) + " is not an open licence; Wikiwijs and Edurep only take Creative"
                            + " Commons or public domain. Choose e.g. CC BY-SA 4.0.");
        }
    }

    private static void makers(Metadata m, Findings out) {
        if (m.makers().isEmpty() || Boolean.TRUE.equals(m.consent())) {
            return;
        }
        int n = m.makers().size();
        String whyNl = Boolean.FALSE.equals(m.consent()) ? "de toestemming staat op 'nee'" : "er is geen toestemming ingevuld";
        String whyEn = Boolean.FALSE.equals(m.consent()) ? "consent is 'no'" : "consent is not filled in";
        out.add(Rules.MAKERS_CONSENT, "/metadata/makers",
                "Er staan " + n + (n == 1 ? " maker" : " makers") + " bij naam genoemd, maar " + whyNl
                        + ". Makers zijn minderjarig: haal de namen weg of leg hun toestemming vast (toestemming: ja).",
                n + (n == 1 ? " maker is" : " makers are") + " named, but " + whyEn
                        + ". Makers are minors: remove the names or record their consent (consent: yes).");
    }

    private static void location(SourceFile source, ReviewStatus status, Findings out) {
        if (source == null || !source.hasLocation() || !publishable(status)) {
            return;
        }
        String tags = String.join(", ", source.locationTags());
        out.add(Rules.LOCATION_TAGS, "/source/locationTags",
                "Het originele videobestand bevat locatiegegevens (" + tags + ") en de video staat op '"
                        + status.code() + "'. Locaties van minderjarigen mogen niet naar buiten: importeer een versie"
                        + " zonder GPS-gegevens of zet de status terug op 'draft'.",
                "The original video file carries location data (" + tags + ") and the video is '" + status.code()
                        + "'. Locations of minors must not leave the school: re-import a copy without GPS data or set"
                        + " the status back to 'draft'.");
    }
}
