package nl.vidcat.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vidcat.io.ControlCharacters;
import nl.vidcat.io.Json;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.SubtitleTrack;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * {@code --format opensearch}: the catalog as OpenSearch (or Elasticsearch) bulk NDJSON plus the index definition,
 * for catalogs that outgrow one machine. {@code index.json} has a Dutch analysis chain like vidcat's own Lucene index
 * (folding, stop words, stemming; school shorthand synonyms at query time) and keyword facets named as in
 * {@code vidcat search}: subject, level, year, kerndoel, licence, language, school, status, duration.
 * Bulk files ({@code bulk-0001.ndjson}, 5,000 documents each, a safe request size) use the record id as document id,
 * so loading twice updates instead of duplicating.
 */
final class OpenSearchWriter implements FormatWriter {

    static final int DOCS_PER_FILE = 5000;
    private int files;

    @Override
    public JsonNode write(ExportJob job, Path dir) throws IOException {
        Files.write(dir.resolve("index.json"), Json.pretty(index()));
        files = 1;
        List<ExportJob.Item> items = job.items;
        for (int start = 0, n = 1; start < items.size(); start += DOCS_PER_FILE, n++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "bulk-%04d.ndjson", n));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (ExportJob.Item item : items.subList(start, Math.min(items.size(), start + DOCS_PER_FILE))) {
                    ObjectNode action = Json.mapper().createObjectNode();
                    action.putObject("index").put("_id", item.id());
                    w.write(line(action));
                    w.write(line(document(job, item)));
                    job.progress.advance(1, item.id());
                }
            }
            files++;
        }
        return null;
    }

    private static String line(JsonNode n) {
        try {
            return Json.mapper().writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The search document: public fields only (makers only with consent; never teacher, source or problems). */
    static ObjectNode document(ExportJob job, ExportJob.Item item) {
        VideoRecord r = item.record();
        Metadata m = r.metadata();
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("id", r.id());
        d.put("title", m.title());
        d.put("description", m.description());
        strings(d, "keywords", m.keywords());
        if (m.subject() != null && m.subject().known()) {
            d.put("subject", m.subject().label());
            d.put("subject_id", m.subject().id());
        }
        strings(d, "level", m.levels().stream().filter(Term::known).map(Term::code).distinct().toList());
        ArrayNode years = d.putArray("year");
        m.years().forEach(years::add);
        List<Term> goals = m.goals().stream().filter(Term::known).toList();
        strings(d, "kerndoel", goals.stream().map(Term::code).toList());
        strings(d, "kerndoel_id", goals.stream().map(Term::id).toList());
        strings(d, "kerndoel_label", goals.stream().map(Term::label).toList());
        if (m.licence() != null && m.licence().known()) {
            d.put("licence", m.licence().id());
        }
        d.put("language", Publication.language(m.language()));
        LomMapper.school(m).ifPresent(s -> d.put("school", s));
        d.put("status", r.status().code());
        Double duration = LomMapper.duration(r);
        if (duration != null) {
            d.put("duration", duration);
            d.put("duration_range", durationRange(duration));
        }
        if (m.makersMayBeNamed()) {
            strings(d, "makers", m.makers());
        }
        String subtitles = subtitleText(job, r);
        if (!subtitles.isEmpty()) {
            d.put("subtitles", subtitles);
        }
        d.put("published", LomMapper.publishDate(r));
        if (job.request.baseUrl() != null && item.publication() != null) {
            Publication p = item.publication();
            d.put("url", job.videoUrl(r.id()) + Publication.PAGE);
            d.put("video_url", job.videoUrl(r.id()) + p.videoName());
            p.posterFile().ifPresent(f -> d.put("poster_url", job.videoUrl(r.id()) + Publication.POSTER));
        }
        withoutControls(d);
        return d;
    }

    /** Every text in {@code n} without control and bidi characters, as every export leaves them out. */
    private static JsonNode withoutControls(JsonNode n) {
        if (n.isTextual()) {
            String t = ControlCharacters.strip(n.textValue());
            return t.equals(n.textValue()) ? n : TextNode.valueOf(t);
        }
        if (n instanceof ObjectNode o) {
            for (String name : o.properties().stream().map(Map.Entry::getKey).toList()) {
                o.set(name, withoutControls(o.get(name)));
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, withoutControls(a.get(i)));
            }
        }
        return n;
    }

    /** The same buckets as vidcat search: 0-2, 2-5, 5-10 and 10+ minutes. */
    static String durationRange(double seconds) {
        double min = seconds / 60;
        return min < 2 ? "0-2" : min < 5 ? "2-5" : min < 10 ? "5-10" : "10+";
    }

    /** Cue text of the WebVTT files: what is said in the video, searchable like in vidcat's own index. */
    private static String subtitleText(ExportJob job, VideoRecord r) {
        StringBuilder sb = new StringBuilder();
        for (SubtitleTrack t : r.media().subtitles()) {
            try {
                Path f = job.catalog.resolve(t.file());
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                boolean inNote = false;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    if (l.isEmpty()) {
                        inNote = false;
                        continue;
                    }
                    if (l.startsWith("NOTE") || l.startsWith("STYLE") || l.startsWith("REGION")) {
                        inNote = true;
                    }
                    if (inNote || l.startsWith("WEBVTT") || l.contains("-->") || l.matches("\\d+")) {
                        continue;
                    }
                    sb.append(sb.isEmpty() ? "" : " ").append(l.replaceAll("<[^>]*>", ""));
                }
            } catch (IOException | RuntimeException e) {
                job.note(r.id() + ": subtitles " + t.file() + " unreadable, not indexed (" + e.getMessage() + ")");
            }
        }
        return sb.toString();
    }

    private static void strings(ObjectNode d, String field, List<String> values) {
        ArrayNode a = d.putArray(field);
        values.forEach(a::add);
    }

    /** Index settings and mapping: strict, so a typo in a document field fails loudly instead of mapping text. */
    static ObjectNode index() {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode analysis = root.putObject("settings").putObject("analysis");
        ObjectNode filter = analysis.putObject("filter");
        filter.putObject("dutch_stop").put("type", "stop").put("stopwords", "_dutch_");
        filter.putObject("dutch_stemmer").put("type", "stemmer").put("language", "dutch");
        ObjectNode syn = filter.putObject("school_synonyms").put("type", "synonym_graph");
        ArrayNode rules = syn.putArray("synonyms");
        synonyms().forEach(rules::add);
        ObjectNode analyzer = analysis.putObject("analyzer");
        custom(analyzer.putObject("dutch"), "lowercase", "asciifolding", "dutch_stop", "dutch_stemmer");
        custom(analyzer.putObject("dutch_search"), "lowercase", "asciifolding", "school_synonyms", "dutch_stop",
                "dutch_stemmer");
        ObjectNode norm = analysis.putObject("normalizer").putObject("folded").put("type", "custom");
        norm.putArray("filter").add("lowercase").add("asciifolding");

        ObjectNode mappings = root.putObject("mappings").put("dynamic", "strict");
        ObjectNode p = mappings.putObject("properties");
        p.putObject("id").put("type", "keyword");
        ObjectNode title = dutch(p, "title");
        title.putObject("fields").putObject("exact").put("type", "keyword").put("normalizer", "folded");
        dutch(p, "description");
        dutch(p, "keywords").putObject("fields").putObject("raw").put("type", "keyword");
        dutch(p, "subtitles");
        dutch(p, "kerndoel_label");
        for (String k : List.of("subject", "subject_id", "level", "kerndoel", "kerndoel_id", "licence", "language",
                "school", "status", "duration_range", "makers")) {
            p.putObject(k).put("type", "keyword");
        }
        p.putObject("year").put("type", "integer");
        p.putObject("duration").put("type", "float");
        p.putObject("published").put("type", "date");
        for (String k : List.of("url", "video_url", "poster_url")) {
            p.putObject(k).put("type", "keyword").put("index", false);
        }
        return root;
    }

    private static ObjectNode dutch(ObjectNode props, String field) {
        return props.putObject(field).put("type", "text").put("analyzer", "dutch").put("search_analyzer", "dutch_search");
    }

    private static void custom(ObjectNode a, String... filters) {
        a.put("type", "custom").put("tokenizer", "standard");
        ArrayNode f = a.putArray("filter");
        for (String s : filters) {
            f.add(s);
        }
    }

    /** "wiskunde, wis" and the like, from the subject aliases vidcat already knows, folded like the analyzer. */
    static List<String> synonyms() {
        List<String> out = new ArrayList<>();
        for (Vocabulary.Entry e : Vocabularies.get().subjects().entries()) {
            Set<String> words = new LinkedHashSet<>();
            words.add(fold(e.label()));
            e.aliases().forEach(a -> words.add(fold(a)));
            words.remove("");
            if (words.size() > 1) {
                out.add(String.join(", ", words));
            }
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
    }

    @Override
    public int files() {
        return files;
    }
}
