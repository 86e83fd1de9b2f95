package nl.vidcat.export;

import java.util.List;

/**
 * The NL-LOM description of one learning object (a video, or a collection of videos), already mapped from the
 * catalog: plain values that {@link LomXml} writes and {@link OaiPmhWriter} maps to Dublin Core.
 *
 * @param catalogEntry     the stable URI that identifies the object (general/catalogentry)
 * @param textLanguage     language of the title, description and keywords (ISO 639-1)
 * @param aggregationLevel LOM general/aggregationlevel ({@link NlLom#VIDEO_AGGREGATION_LEVEL})
 * @param publishers       organisations, written as vCard 3.0
 * @param publishDate      ISO-8601 date-time of publication (the approval)
 * @param authors          names that may be published (makers with consent); empty means the school is credited
 * @param sizeBytes        size of the main file, or null
 * @param durationSeconds  playing time, or null
 * @param licenceCode      rights/copyrightandotherrestrictions: the NL-LOM licence code ({@code cc-by-sa-40}), or
 *                         LOM's {@code yes}/{@code no} when the videos' licences differ or are missing
 * @param licenceText      rights/description: the licence URL (or its name when it has none), or a Dutch sentence
 *                         naming the licences with {@code yes}/{@code no}
 * @param thumbnailUrl     poster URL, or null
 */
record LomRecord(
        String catalogEntry,
        String textLanguage,
        String title,
        String description,
        List<String> keywords,
        int aggregationLevel,
        List<String> publishers,
        String publishDate,
        List<String> authors,
        List<String> formats,
        Long sizeBytes,
        List<String> locations,
        Double durationSeconds,
        String typicalAgeRange,
        String licenceCode,
        String licenceText,
        String thumbnailUrl,
        List<Classification> classifications) {

    LomRecord {
        keywords = List.copyOf(keywords);
        publishers = List.copyOf(publishers);
        authors = List.copyOf(authors);
        formats = List.copyOf(formats);
        locations = List.copyOf(locations);
        classifications = List.copyOf(classifications);
    }

    /** A classification block: purpose plus the taxon paths (each from root to leaf). */
    record Classification(String purpose, List<TaxonPath> paths) {
    }

    record TaxonPath(String source, List<Taxon> taxons) {
    }

    /** @param lang language of the label: "nl" for Dutch OBK labels, "x-none" for codes */
    record Taxon(String id, String label, String lang) {
    }

    List<Taxon> taxons(String purpose) {
        return classifications.stream().filter(c -> c.purpose().equals(purpose))
                .flatMap(c -> c.paths().stream()).map(p -> p.taxons().get(p.taxons().size() - 1)).toList();
    }
}
