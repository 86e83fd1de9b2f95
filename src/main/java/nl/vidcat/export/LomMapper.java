package nl.vidcat.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vidcat.model.Metadata;
import nl.vidcat.model.RecordIds;
import nl.vidcat.model.Review;
import nl.vidcat.model.Term;
import nl.vidcat.model.VideoRecord;
import nl.vidcat.vocab.Vocabularies;
import nl.vidcat.vocab.Vocabulary;

/**
 * Maps catalog records to NL-LOM ({@link LomRecord}). Privacy lives here: makers are authors only when
 * {@link Metadata#makersMayBeNamed()}, otherwise the school is; the teacher, the source file, location tags and the
 * problem list are never mapped.
 */
final class LomMapper {

    private final Vocabularies vocab;
    private final String catalogName;

    /** @param catalogName names the catalog in the record identifiers ({@code urn:vidcat:<name>:<id>}) */
    LomMapper(Vocabularies vocab, String catalogName) {
        this.vocab = vocab;
        String slug = RecordIds.slug(catalogName);
        this.catalogName = slug.isEmpty() ? "catalog" : slug;
    }

    /**
     * The stable identifier of a video: independent of where it is hosted, so moving the web server does not turn
     * every video into a new object for Edurep.
     */
    String identifier(String id) {
        return "urn:vidcat:" + catalogName + ":" + id;
    }

    String collectionIdentifier(String name) {
        String slug = RecordIds.slug(name);
        return "urn:vidcat:" + catalogName + ":collection:" + (slug.isEmpty() ? "collection" : slug);
    }

    /**
     * @param p         the published files
     * @param urlPrefix what file names are resolved against: {@code https://host/videos/<id>/} on a web server, or
     *                  the folder inside a package ("" or {@code <id>/})
     */
    LomRecord map(Publication p, String urlPrefix) {
        VideoRecord r = p.record();
        Metadata m = r.metadata();
        String lang = Publication.language(m.language());
        List<String> authors = m.makersMayBeNamed()
                ? m.makers().stream().filter(n -> n != null && !n.isBlank()).toList() : List.of();
        List<String> publishers = school(m).map(List::of).orElse(List.of());
        Rights rights = rights(List.of(m));
        String thumb = p.posterFile().map(f -> urlPrefix + Publication.POSTER).orElse(null);
        return new LomRecord(
                identifier(r.id()),
                lang,
                m.title(),
                m.description(),
                m.keywords(),
                NlLom.VIDEO_AGGREGATION_LEVEL,
                publishers,
                publishDate(r),
                authors,
                List.of(p.mimeType(), "text/html"),
                p.rendition().size() > 0 ? p.rendition().size() : null,
                List.of(urlPrefix + Publication.PAGE, urlPrefix + p.videoName()),
                duration(r),
                ageRange(m),
                rights.code(),
                rights.text(),
                thumb,
                classifications(List.of(m)));
    }

    /** Package-level description of a collection of already mapped videos. */
    LomRecord collection(String name, List<Publication> members, List<LomRecord> mapped, String urlPrefix) {
        List<Metadata> ms = members.stream().map(p -> p.record().metadata()).toList();
        Set<String> langs = new LinkedHashSet<>(mapped.stream().map(LomRecord::textLanguage).toList());
        Set<String> schools = new LinkedHashSet<>();
        ms.forEach(m -> school(m).ifPresent(schools::add));
        Rights rights = rights(ms);
        Set<String> keywords = new LinkedHashSet<>();
        ms.forEach(m -> keywords.addAll(m.keywords()));
        String date = mapped.stream().map(LomRecord::publishDate).max(String::compareTo).orElse(null);
        List<String> titles = ms.stream().map(Metadata::title).toList();
        double total = mapped.stream().map(LomRecord::durationSeconds).filter(d -> d != null)
                .mapToDouble(Double::doubleValue).sum();
        List<LomRecord.Classification> cls = classifications(ms);
        return new LomRecord(
                collectionIdentifier(name),
                langs.size() == 1 ? langs.iterator().next() : "nl",
                name,
                "Collectie van " + members.size() + (members.size() == 1 ? " video" : " video's") + ": "
                        + String.join("; ", titles) + ".",
                List.copyOf(keywords),
                NlLom.VIDEO_AGGREGATION_LEVEL,
                List.copyOf(schools),
                date,
                List.of(),
                List.of("text/html"),
                null,
                List.of(urlPrefix + Publication.PAGE),
                total > 0 ? total : null,
                ageRange(ms),
                rights.code(),
                rights.text(),
                null,
                cls);
    }

    static Optional<String> school(Metadata m) {
        return Optional.ofNullable(m.school()).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** When the video was approved (the last approving review), else when the record last changed. */
    static String publishDate(VideoRecord r) {
        Instant at = r.reviews().stream().filter(v -> "approve".equalsIgnoreCase(v.decision()) && v.at() != null)
                .map(Review::at).max(Instant::compareTo)
                .orElse(r.updatedAt() != null ? r.updatedAt() : r.ingestedAt());
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Double duration(VideoRecord r) {
        return Publication.of(r).map(p -> p.rendition().durationSeconds()).filter(d -> d > 0)
                .or(() -> Optional.ofNullable(r.source()).map(s -> s.durationSeconds()).filter(d -> d > 0))
                .orElse(null);
    }

    /** rights/copyrightandotherrestrictions and rights/description. */
    private record Rights(String code, String text) {
    }

    /**
     * The one licence the videos share, with its URL. Otherwise LOM's own vocabulary, whose "yes" makes the
     * description mandatory (comment in Kennisnet's nllom-verplicht.xml): "no" only when every video is in the public
     * domain, "yes" when any has a licence with conditions or none at all (then every right is reserved).
     */
    private Rights rights(List<Metadata> ms) {
        Set<String> ids = new LinkedHashSet<>();
        ms.forEach(m -> ids.add(m.licence() == null ? null : m.licence().id()));
        if (ids.size() == 1 && !ids.contains(null)) {
            String id = ids.iterator().next();
            return new Rights(id, licenceText(id));
        }
        if (ids.equals(Collections.singleton(null))) {
            return new Rights(NlLom.RESTRICTED, "Alle rechten voorbehouden: er is geen licentie opgegeven.");
        }
        List<String> named = ids.stream().map(id -> id == null ? "zonder licentie (alle rechten voorbehouden)"
                : vocab.licences().byId(id).map(Vocabulary.Entry::label).orElse(id)
                        + vocab.licenceUrl(id).map(u -> " (" + u + ")").orElse("")).toList();
        boolean free = !ids.contains(null) && ids.stream().allMatch(NlLom.PUBLIC_DOMAIN::contains);
        return new Rights(free ? NlLom.UNRESTRICTED : NlLom.RESTRICTED, "Per video verschillend: "
                + String.join(", ", named) + ". De licentie van elke video staat in haar eigen metadata.");
    }

    String licenceText(String code) {
        return vocab.licenceUrl(code)
                .orElseGet(() -> vocab.licences().byId(code).map(Vocabulary.Entry::label).orElse(code));
    }

    /**
     * Dutch secondary school starts at about 12: leerjaar n is roughly age 11+n to 12+n. Without years, the span of
     * the levels (vmbo 4 years, havo 5, vwo 6); without levels, the whole of VO.
     */
    String ageRange(Metadata m) {
        return ageRange(List.of(m));
    }

    private String ageRange(Collection<Metadata> ms) {
        IntSummaryStatistics years = ms.stream().flatMap(m -> m.years().stream()).mapToInt(Integer::intValue)
                .filter(y -> y >= 1 && y <= 6).summaryStatistics();
        if (years.getCount() > 0 && ms.stream().allMatch(m -> !m.years().isEmpty())) {
            return (11 + years.getMin()) + "-" + (12 + years.getMax());
        }
        int maxYear = ms.stream().flatMap(m -> m.levels().stream()).filter(Term::known)
                .mapToInt(t -> vocab.maxYear(t.code())).max().orElse(6);
        if (years.getCount() > 0) {
            maxYear = Math.max(maxYear, years.getMax());
        }
        return "12-" + (12 + maxYear);
    }

    private List<LomRecord.Classification> classifications(List<Metadata> ms) {
        Map<String, LinkedHashSet<LomRecord.TaxonPath>> by = new LinkedHashMap<>();
        for (String purpose : List.of(NlLom.DISCIPLINE, NlLom.EDUCATIONAL_LEVEL, NlLom.EDUCATIONAL_OBJECTIVE)) {
            by.put(purpose, new LinkedHashSet<>());
        }
        for (Metadata m : ms) {
            if (m.subject() != null && m.subject().known()) {
                by.get(NlLom.DISCIPLINE).add(obk(taxon(m.subject())));
            }
            by.get(NlLom.EDUCATIONAL_LEVEL).addAll(levelPaths(m));
            for (Term g : m.goals()) {
                if (g.known()) {
                    by.get(NlLom.EDUCATIONAL_OBJECTIVE).add(obk(taxon(g)));
                }
            }
        }
        List<LomRecord.Classification> out = new ArrayList<>();
        by.forEach((purpose, paths) -> {
            if (!paths.isEmpty()) {
                out.add(new LomRecord.Classification(purpose, List.copyOf(paths)));
            }
        });
        out.add(new LomRecord.Classification(NlLom.ACCESS, List.of(new LomRecord.TaxonPath(NlLom.ACCESS_RIGHTS,
                List.of(new LomRecord.Taxon(NlLom.OPEN_ACCESS, NlLom.OPEN_ACCESS_LABEL, "nl"))))));
        return out;
    }

    /**
     * OBK paths from the root: VO, then the level (HAVO), then the level-year (HAVO, 1) for each year the record
     * names; vmbo gemengde/theoretische leerweg years have two OBK terms, both are given.
     */
    private List<LomRecord.TaxonPath> levelPaths(Metadata m) {
        JsonNode ctx = vocab.context();
        LomRecord.Taxon vo = new LomRecord.Taxon(ctx.get("id").asText(), ctx.get("label").asText(), "nl");
        List<LomRecord.TaxonPath> out = new ArrayList<>();
        for (Term level : m.levels()) {
            if (!level.known()) {
                continue;
            }
            Optional<Vocabulary.Entry> e = vocab.levels().lookup(level.code());
            String label = e.map(x -> x.data().path("obkLabel").asText(x.label())).orElse(level.label());
            LomRecord.Taxon lt = new LomRecord.Taxon(level.id(), label, "nl");
            JsonNode years = e.map(x -> x.data().path("years")).orElse(null);
            boolean any = false;
            for (int y : m.years()) {
                JsonNode terms = years == null ? null : years.get(String.valueOf(y));
                if (terms != null) {
                    for (JsonNode t : terms) {
                        out.add(obk(vo, lt, new LomRecord.Taxon(t.get("id").asText(), t.get("label").asText(), "nl")));
                        any = true;
                    }
                }
            }
            if (!any) {
                out.add(obk(vo, lt));
            }
        }
        if (out.isEmpty()) {
            out.add(obk(vo));
        }
        return out;
    }

    private static LomRecord.Taxon taxon(Term t) {
        return new LomRecord.Taxon(t.id(), t.label() != null ? t.label() : t.code(), "nl");
    }

    private static LomRecord.TaxonPath obk(LomRecord.Taxon... taxons) {
        return new LomRecord.TaxonPath(NlLom.OBK, List.of(taxons));
    }
}
