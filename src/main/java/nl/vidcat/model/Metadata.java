package nl.vidcat.model;

import java.util.List;

/**
 * Everything a coordinator states about a video in the metadata sheet, normalized against the vocabularies.
 * A changed sheet row replaces this part of a record and nothing else.
 *
 * @param makers   the students who made the video: personal data of minors, never exported unless
 *                 {@code consent} is TRUE
 * @param consent  whether the makers agreed to be named; null when the sheet does not say (treated as no)
 * @param subtitles sidecar subtitle file name as given in the sheet, relative to the import folder
 */
public record Metadata(
        String title,
        String description,
        List<String> keywords,
        Term subject,
        List<Term> levels,
        List<Integer> years,
        List<Term> goals,
        String language,
        Term licence,
        String school,
        String teacher,
        List<String> makers,
        Boolean consent,
        String subtitles) {

    public Metadata {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        levels = levels == null ? List.of() : List.copyOf(levels);
        years = years == null ? List.of() : List.copyOf(years);
        goals = goals == null ? List.of() : List.copyOf(goals);
        makers = makers == null ? List.of() : List.copyOf(makers);
    }

    /** Makers may be named in anything that leaves the school only with explicit consent. */
    public boolean makersMayBeNamed() {
        return Boolean.TRUE.equals(consent) && !makers.isEmpty();
    }
}
