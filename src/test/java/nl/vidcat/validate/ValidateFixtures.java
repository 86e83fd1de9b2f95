package nl.vidcat.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.vidcat.store.Catalog;
import nl.vidcat.model.Metadata;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.Term;
import nl.vidcat.model.RecordFixtures;
import nl.vidcat.model.VideoRecord;

/**
 * Records edited one field at a time, and the validator run on them collecting what a format would receive.
 *
 * <p>Fixture scheme: see {@link nl.vidcat.model.RecordFixtures}.
 */
final class ValidateFixtures {

    private ValidateFixtures() {
    }

    /** Everything handed to a sink, in order. */
    static final class Collected implements ReportSink {
        final List<ItemReport> items = new ArrayList<>();
        List<Rule> rules;
        Summary summary;

        @Override
        public void begin(List<Rule> r) {
            rules = r;
        }

        @Override
        public void item(ItemReport report) {
            items.add(report);
        }

        @Override
        public void end(Summary s) {
            summary = s;
        }

        List<Finding> findings() {
            return items.stream().flatMap(i -> i.findings().stream()).toList();
        }

        List<String> ruleIds() {
            return findings().stream().map(f -> f.rule().id()).toList();
        }
    }

    static Collected run(List<Source> sources, int threads) throws IOException {
        Collected c = new Collected();
        new Validator(threads, Progress.NONE).validate(sources, c);
        return c;
    }

    static Collected run(Source source) throws IOException {
        return run(List.of(source), 2);
    }

    /** Saves the records into a fresh catalog under {@code dir} and validates the whole catalog. */
    static Collected catalog(Path dir, VideoRecord... records) throws IOException {
        Catalog c = Catalog.openOrCreate(dir);
        for (VideoRecord r : records) {
            c.save(r);
        }
        return run(Source.catalog(Catalog.open(dir)));
    }

    /** A record no rule objects to: the sample plus subtitles. */
    static VideoRecord clean(String id) {
        return edit(RecordFixtures.sample(id), m -> m.subtitles = "uitleg.vtt");
    }

    static VideoRecord edit(VideoRecord r, Consumer<Meta> change) {
        Meta m = new Meta(r.metadata());
        change.accept(m);
        return r.withMetadata(m.build(), r.origin(), r.updatedAt());
    }

    /** A mutable copy of Metadata, so a test changes just the field it is about. */
    static final class Meta {
        String title;
        String description;
        List<String> keywords;
        Term subject;
        List<Term> levels;
        List<Integer> years;
        List<Term> goals;
        String language;
        Term licence;
        String school;
        String teacher;
        List<String> makers;
        Boolean consent;
        String subtitles;

        Meta(Metadata m) {
            title = m.title();
            description = m.description();
            keywords = m.keywords();
            subject = m.subject();
            levels = m.levels();
            years = m.years();
            goals = m.goals();
            language = m.language();
            licence = m.licence();
            school = m.school();
            teacher = m.teacher();
            makers = m.makers();
            consent = m.consent();
            subtitles = m.subtitles();
        }

        Metadata build() {
            return new Metadata(title, description, keywords, subject, levels, years, goals, language, licence, school,
                    teacher, makers, consent, subtitles);
        }
    }
}
