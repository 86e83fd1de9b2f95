package nl.vidcat.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What to export where.
 *
 * @param ids           record ids; empty means the whole catalog
 * @param baseUrl       where the published videos live ({@code https://school.nl/video}); required by nllom and
 *                      oai-pmh, whose records must point at the video
 * @param collection    imscp: also write one package holding all exported videos under this title
 * @param adminEmail    oai-pmh: the repository administrator (Identify requires one)
 * @param pageSize      oai-pmh: records per list response before a resumption token; opensearch: docs per bulk file
 */
public record ExportRequest(
        ExportFormat format,
        Path out,
        List<String> ids,
        String baseUrl,
        String collection,
        boolean includeUnreviewed,
        String adminEmail,
        int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    public ExportRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize;
    }

    public static ExportRequest of(ExportFormat format, Path out) {
        return new ExportRequest(format, out, List.of(), null, null, false, null, DEFAULT_PAGE_SIZE);
    }

    public ExportRequest withIds(List<String> i) {
        return new ExportRequest(format, out, i, baseUrl, collection, includeUnreviewed, adminEmail, pageSize);
    }

    public ExportRequest withBaseUrl(String url) {
        return new ExportRequest(format, out, ids, url, collection, includeUnreviewed, adminEmail, pageSize);
    }

    public ExportRequest withCollection(String name) {
        return new ExportRequest(format, out, ids, baseUrl, name, includeUnreviewed, adminEmail, pageSize);
    }

    public ExportRequest withIncludeUnreviewed(boolean b) {
        return new ExportRequest(format, out, ids, baseUrl, collection, b, adminEmail, pageSize);
    }

    public ExportRequest withAdminEmail(String email) {
        return new ExportRequest(format, out, ids, baseUrl, collection, includeUnreviewed, email, pageSize);
    }

    public ExportRequest withPageSize(int n) {
        return new ExportRequest(format, out, ids, baseUrl, collection, includeUnreviewed, adminEmail, n);
    }
}
