package nl.vidcat.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One vidcat command as a coordinator or cron runs it on the whole catalog: the columns of {@link FaultMatrixTest}. */
enum MatrixCommand {

    INGEST("ingest", false),
    VALIDATE("validate", false),
    TRANSCODE("transcode", true),
    THUMBNAILS("thumbs", true),
    INDEX("index", false),
    SEARCH("search", false),
    EXPORT_CSV("csv", false),
    EXPORT_NLLOM("nllom", false),
    EXPORT_IMSCP("imscp", false),
    EXPORT_OAI_PMH("oai-pmh", false),
    EXPORT_OPENSEARCH("opensrch", false),
    REPORT("report", false),
    /** A review decision on the damaged record itself: the command that must never write over what it cannot read. */
    REVIEW("review", true),
    RUN("run", true),
    CHECK("check", false);

    /**
     * Where a cell's files are. {@code id} is the record the fault damages; {@code in}/{@code sheet} the folder and
     * sheet the catalog was ingested from; {@code out} a folder for exports.
     */
    record Target(Path catalog, Path in, Path sheet, Path out, String id) {
    }

    private final String header;
    private final boolean rewritesRecord;

    MatrixCommand(String header, boolean rewritesRecord) {
        this.header = header;
        this.rewritesRecord = rewritesRecord;
    }

    String header() {
        return header;
    }

    /**
     * Whether the command's job is to rewrite the damaged record when it can read it (new rendition facts, a review):
     * then that record's bytes may change. A record it cannot read it must leave alone all the same.
     */
    boolean rewritesRecord() {
        return rewritesRecord;
    }

    List<String> args(Target t) {
        List<String> a = new ArrayList<>(switch (this) {
            case INGEST -> List.of("ingest", t.in().toString(), "--metadata", t.sheet().toString());
            case VALIDATE -> List.of("validate");
            case TRANSCODE -> List.of("transcode");
            case THUMBNAILS -> List.of("thumbnails");
            case INDEX -> List.of("index");
            case SEARCH -> List.of("search", "*");
            case EXPORT_CSV -> export(t, "csv");
            case EXPORT_NLLOM -> export(t, "nllom");
            case EXPORT_IMSCP -> export(t, "imscp");
            case EXPORT_OAI_PMH -> export(t, "oai-pmh");
            case EXPORT_OPENSEARCH -> export(t, "opensearch");
            case REPORT -> List.of("report");
            case REVIEW -> List.of("review", t.id(), "--reviewer", "P. Jansen", "--scores",
                    "content=4,didactics=4,usability=4,copyright=ok", "--decision", "revise", "--comment",
                    "Het geluid mag iets harder.");
            case RUN -> List.of("run", t.in().toString(), "--metadata", t.sheet().toString());
            case CHECK -> List.of("check");
        });
        a.addAll(List.of("--catalog", t.catalog().toString()));
        return a;
    }

    private static List<String> export(Target t, String format) {
        return List.of("export", "--format", format, "--out", t.out().resolve(format).toString(), "--base-url",
                "https://school.example/video", "--admin-email", "ict@school.example");
    }
}
