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

    /** Metadata that names what it sets; the rest is absent (null, or an empty list). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this metadata: for a copy with a few parts changed. */
    public Builder toBuilder() {
        return new Builder().title(title).description(description).keywords(keywords).subject(subject)
                .levels(levels).years(years).goals(goals).language(language).licence(licence).school(school)
                .teacher(teacher).makers(makers).consent(consent).subtitles(subtitles);
    }

    /** Builds {@link Metadata} part by part; see the record's components for what each part is. */
    public static final class Builder {
        private String title;
        private String description;
        private List<String> keywords;
        private Term subject;
        private List<Term> levels;
        private List<Integer> years;
        private List<Term> goals;
        private String language;
        private Term licence;
        private String school;
        private String teacher;
        private List<String> makers;
        private Boolean consent;
        private String subtitles;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder subject(Term subject) {
            this.subject = subject;
            return this;
        }

        public Builder levels(List<Term> levels) {
            this.levels = levels;
            return this;
        }

        public Builder years(List<Integer> years) {
            this.years = years;
            return this;
        }

        public Builder goals(List<Term> goals) {
            this.goals = goals;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder licence(Term licence) {
            this.licence = licence;
            return this;
        }

        public Builder school(String school) {
            this.school = school;
            return this;
        }

        public Builder teacher(String teacher) {
            this.teacher = teacher;
            return this;
        }

        public Builder makers(List<String> makers) {
            this.makers = makers;
            return this;
        }

        public Builder consent(Boolean consent) {
            this.consent = consent;
            return this;
        }

        public Builder subtitles(String subtitles) {
            this.subtitles = subtitles;
            return this;
        }

        public Metadata build() {
            return new Metadata(title, description, keywords, subject, levels, years, goals, language, licence, school,
                    teacher, makers, consent, subtitles);
        }
    }
}
