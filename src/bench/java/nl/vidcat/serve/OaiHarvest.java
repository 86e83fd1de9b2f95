package nl.vidcat.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A complete ListRecords harvest as a harvester does it: one request after the other, following resumption tokens
 * until the list ends. Every page is parsed (StAX), every identifier must arrive once, an OAI error fails the
 * harvest. The same client harvests {@code vidcat serve} and the static files behind nginx, so only the server
 * differs.
 */
final class OaiHarvest {

    /** What one harvest got: records (deleted ones included), pages, bytes, seconds, and each page's path. */
    record Result(int records, int deleted, int pages, long bytes, double seconds, List<String> pagePaths) {
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Harvests {@code oai} (the baseURL) with {@code prefix}; stops after {@code maxPages} pages. */
    Result harvest(URI oai, String prefix, int maxPages) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Set<String> seen = new HashSet<>();
        List<String> paths = new ArrayList<>();
        int deleted = 0;
        long bytes = 0;
        String query = "?verb=ListRecords&metadataPrefix=" + prefix;
        while (query != null && paths.size() < maxPages) {
            URI page = URI.create(oai + query);
            paths.add(page.getRawPath() + "?" + page.getRawQuery());
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode() + " for " + page);
            }
            bytes += r.body().length;
            Page p = parse(r.body(), page);
            for (String id : p.ids()) {
                if (!seen.add(id)) {
                    throw new IOException(id + " harvested twice (" + page + ")");
                }
            }
            deleted += p.deleted();
            query = p.token() == null || p.token().isEmpty() ? null
                    : "?verb=ListRecords&resumptionToken=" + URLEncoder.encode(p.token(), StandardCharsets.UTF_8);
        }
        return new Result(seen.size(), deleted, paths.size(), bytes, (System.nanoTime() - start) / 1e9,
                List.copyOf(paths));
    }

    private record Page(List<String> ids, int deleted, String token) {
    }

    private static Page parse(byte[] body, URI page) throws IOException {
        List<String> ids = new ArrayList<>();
        int deleted = 0;
        String token = null;
        try {
            XMLStreamReader x = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            boolean inHeader = false;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    if (x.getEventType() == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("header")) {
                        inHeader = false;
                    }
                    continue;
                }
                switch (x.getLocalName()) {
                    case "error" -> throw new IOException("OAI error " + x.getAttributeValue(null, "code") + " for "
                            + page + ": " + x.getElementText());
                    case "header" -> {
                        inHeader = true;
                        deleted += "deleted".equals(x.getAttributeValue(null, "status")) ? 1 : 0;
                    }
                    case "identifier" -> {
                        if (inHeader) {
                            ids.add(x.getElementText());
                        }
                    }
                    case "resumptionToken" -> token = x.getElementText().strip();
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("not XML: " + page + ": " + e.getMessage(), e);
        }
        return new Page(ids, deleted, token);
    }
}
