package nl.vidcat.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vidcat.model.Media;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.Origin;
import nl.vidcat.stage.Progress;
import nl.vidcat.model.ReviewStatus;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.index.SubtitleCues.Cue;
import nl.vidcat.vocab.Normalizer;

/**
 * The judged test collection of {@code src/test/resources/search-quality} (format in its README): hand-written
 * records of Dutch school videos and the queries teachers type, each with the ids of the records it should find.
 * Serves the records to the indexer as a {@link RecordSource}.
 */
final class JudgedCollection implements RecordSource {

    static final String RESOURCES = "/search-quality/";

    /** One judged query. */
    record Judged(String category, String query, Set<String> relevant) {
    }

    private final Map<String, Loaded> records;
    private final List<Judged> queries;

    private JudgedCollection(Map<String, Loaded> records, List<Judged> queries) {
        this.records = records;
        this.queries = queries;
    }

    /** The collection shipped with the tests. */
    static JudgedCollection load() {
        Map<String, Loaded> records = new LinkedHashMap<>();
        for (String[] f : rows("records.tsv", 6)) {
            Loaded prev = records.put(f[0], record(f));
            if (prev != null) {
                throw new IllegalStateException("records.tsv: duplicate id " + f[0]);
            }
        }
        List<Judged> queries = new ArrayList<>();
        for (String[] f : rows("queries.tsv", 3)) {
            Set<String> relevant = new LinkedHashSet<>(Arrays.asList(f[2].strip().split("\\s+")));
            for (String id : relevant) {
                if (!records.containsKey(id)) {
                    throw new IllegalStateException("queries.tsv: query '" + f[1] + "' judges unknown record " + id);
                }
            }
            queries.add(new Judged(f[0], f[1], Set.copyOf(relevant)));
        }
        return new JudgedCollection(records, List.copyOf(queries));
    }

    List<Judged> queries() {
        return queries;
    }

    int size() {
        return records.size();
    }

    /** Tab-separated rows of a resource, '#' comment lines and blank lines skipped, padded to {@code min} cells. */
    private static List<String[]> rows(String name, int min) {
        try (InputStream in = JudgedCollection.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is missing from the test resources");
            }
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < min) {
                    throw new IllegalStateException(name + ": fewer than " + min + " columns in: " + line);
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** id, subject, levels, title, description, keywords (;), subtitle cues (|). */
    private static Loaded record(String[] f) {
        Normalizer norm = Normalizer.standard();
        List<String> keywords = f[5].isBlank() ? List.of()
                : Arrays.stream(f[5].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Metadata m = Metadata.builder().title(f[3]).description(f[4]).keywords(keywords).subject(norm.subject(f[1]))
                .levels(norm.levels(f[2])).language("nl").licence(norm.licence("CC BY 4.0")).build();
        List<Cue> cues = new ArrayList<>();
        if (f.length > 6 && !f[6].isBlank()) {
            long at = 0;
            for (String text : f[6].split("\\|")) {
                cues.add(new Cue(at, at + 4000, text.strip()));
                at += 5000;
            }
        }
        VideoRecord r = new VideoRecord(VideoRecord.SCHEMA_VERSION, f[0], m, null, new Origin(null, null), Media.EMPTY,
                ReviewStatus.values()[0], List.of(), List.of(), null, null);
        return new Loaded(r, cues, List.of(), RecordSource.hash(RecordSource.utf8(String.join("\t", f))));
    }

    @Override
    public List<Scanned> scan(Progress progress) {
        return records.values().stream().map(l -> new Scanned(l.record().id(), l.hash(), true)).toList();
    }

    @Override
    public Loaded load(Scanned s) {
        return records.get(s.id());
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }

    @Override
    public int unreadable() {
        return 0;
    }
}
