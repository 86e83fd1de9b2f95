package nl.vidcat.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The export formats, by their command-line name. */
public enum ExportFormat {
    NLLOM("nllom", true),
    IMSCP("imscp", true),
    OAI_PMH("oai-pmh", true),
    OPENSEARCH("opensearch", false),
    CSV("csv", false);

    private final String code;
    private final boolean needsMedia;

    ExportFormat(String code, boolean needsMedia) {
        this.code = code;
        this.needsMedia = needsMedia;
    }

    public String code() {
        return code;
    }

    /** Whether a record must have a playable rendition: the metadata points at (or packages) the video. */
    boolean needsMedia() {
        return needsMedia;
    }

    /**
     * The CSV is the coordinator's own sheet, not a publication: it carries every selected record whatever its
     * review status or findings, because fixing those rows is what the sheet is for.
     */
    boolean publishes() {
        return this != CSV;
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
    }

    public static ExportFormat of(String name) {
        String n = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(n) || f.name().equalsIgnoreCase(n))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "unknown export format '" + name + "' (expected one of " + names() + ")"));
    }
}
