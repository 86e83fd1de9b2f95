package nl.vidcat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The nginx block of docs/guide.md ("Serving oai-pmh with nginx"), run as written by Debian's nginx on loopback
 * over a static export: every case the guide promises answers as OAI-PMH 2.0 asks. Skipped without nginx
 * ({@code apt-get install nginx}).
 */
@Tag("slow")
class NginxStaticOaiTest extends ExportTestBase {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String ID = "oai:video.hetbaken.nl:video-1-00000001";

    @Test
    void theGuidesNginxMapAnswersEveryStaticCase() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed");
        for (int i = 1; i <= 3; i++) {
            fx.approved("video-" + i + "-0000000" + i, "Video " + i, "wiskunde", "havo", "1", "");
        }
        Path oai = tmp.resolve("oai");
        new Exporter(fx.catalog, Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC)).export(
                ExportRequest.of(ExportFormat.OAI_PMH, oai).withBaseUrl(ExportFixtures.BASE)
                        .withAdminEmail("ict@hetbaken.nl").withPageSize(2), Progress.NONE);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process nginx = start(oai, port);
        try {
            String base = "http://127.0.0.1:" + port + "/video/oai";
            String token = first(get(base + "?verb=ListRecords&metadataPrefix=lom").body(),
                    "<resumptionToken[^>]*>([^<]+)</resumptionToken>");
            List<String> wrong = new ArrayList<>();
            cases(token).forEach((query, expected) -> check(base, query, expected, wrong));
            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base))
                    .POST(HttpRequest.BodyPublishers.ofString("verb=Identify")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode(), "POST needs vidcat serve, as the guide says");
            assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    /** Query string → the verb element of the answer, or "error:CODE". */
    private static Map<String, String> cases(String token) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("verb=Identify", "Identify");
        c.put("verb=ListMetadataFormats", "ListMetadataFormats");
        c.put("verb=ListMetadataFormats&identifier=" + ID, "ListMetadataFormats");
        c.put("verb=ListMetadataFormats&identifier=" + ID.replace(":", "%3A"), "ListMetadataFormats");
        c.put("verb=ListMetadataFormats&identifier=oai:video.hetbaken.nl:nope-00000000", "error:idDoesNotExist");
        c.put("verb=ListMetadataFormats&identifier=oai:other.org:video-1-00000001", "error:idDoesNotExist");
        c.put("verb=ListSets", "error:noSetHierarchy");
        c.put("verb=ListRecords&metadataPrefix=lom", "ListRecords");
        c.put("metadataPrefix=oai_dc&verb=ListIdentifiers", "ListIdentifiers");
        c.put("verb=ListRecords&resumptionToken=" + token, "ListRecords");
        c.put("verb=ListRecords&metadataPrefix=lom&from=2026-01-01", "ListRecords");
        c.put("verb=ListRecords&metadataPrefix=lom&from=2026-01-01T00:00:00Z&until=2027-01-01T00%3A00%3A00Z", "ListRecords");
        c.put("verb=GetRecord&metadataPrefix=lom&identifier=" + ID, "GetRecord");
        c.put("verb=GetRecord&identifier=" + ID.replace(":", "%3A") + "&metadataPrefix=oai_dc", "GetRecord");
        c.put("verb=GetRecord&metadataPrefix=lom&identifier=oai:other.org:video-1-00000001", "error:idDoesNotExist");
        c.put("verb=GetRecord&metadataPrefix=lom&identifier=oai:video.hetbaken.nl:nope-00000000", "error:idDoesNotExist");
        c.put("verb=GetRecord&metadataPrefix=marc&identifier=" + ID, "error:cannotDisseminateFormat");
        c.put("verb=GetRecord&metadataPrefix=lom", "error:badArgument");
        c.put("verb=ListRecords&metadataPrefix=marc", "error:cannotDisseminateFormat");
        c.put("verb=ListRecords", "error:badArgument");
        c.put("verb=ListRecords&metadataPrefix=lom&set=wiskunde", "error:noSetHierarchy");
        c.put("verb=ListRecords&metadataPrefix=lom&from=garbage", "error:badArgument");
        c.put("verb=ListRecords&metadataPrefix=lom&from=2026-01-01&until=2027-01-01T00:00:00Z", "error:badArgument");
        c.put("verb=ListRecords&metadataPrefix=lom&resumptionToken=" + token, "error:badArgument");
        c.put("verb=ListRecords&resumptionToken=" + token + "&from=2026-01-01", "error:badArgument");
        c.put("verb=ListRecords&resumptionToken=bogus", "error:badResumptionToken");
        c.put("verb=ListRecords&metadataPrefix=lom&metadataPrefix=oai_dc", "error:badArgument");
        c.put("verb=Identify&extra=1", "error:badArgument");
        c.put("verb=Identify&identifier=" + ID, "error:badArgument");
        c.put("verb=Identify&verb=Identify", "error:badVerb");
        c.put("verb=Nonsense", "error:badVerb");
        c.put("", "error:badVerb");
        return c;
    }

    private static void check(String base, String query, String expected, List<String> wrong) {
        try {
            HttpResponse<String> r = get(base + (query.isEmpty() ? "" : "?" + query));
            String error = first(r.body(), "<error code=\"([A-Za-z]+)\"");
            String got = error != null ? "error:" + error : first(r.body(), "<(Identify|ListMetadataFormats|ListSets"
                    + "|ListRecords|ListIdentifiers|GetRecord)[ >]");
            if (r.statusCode() != 200 || !expected.equals(got)) {
                wrong.add(query + " → HTTP " + r.statusCode() + " " + got + ", expected " + expected);
            }
        } catch (IOException | InterruptedException e) {
            wrong.add(query + " → " + e);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** The guide's block with this export's folder, host and a loopback port, in a minimal nginx.conf. */
    private Process start(Path oai, int port) throws Exception {
        String guide = Files.readString(Path.of("docs/guide.md"));
        String section = guide.substring(guide.indexOf("### Serving oai-pmh with nginx"));
        String block = section.substring(section.indexOf("```nginx\n") + 9, section.indexOf("\n```", section.indexOf("```nginx")));
        block = block.replace("/srv/video/oai", oai.toAbsolutePath().toString())
                .replace("school\\.nl", "video\\.hetbaken\\.nl")
                .replace("server {", "server {\n    listen 127.0.0.1:" + port + ";");
        Path dir = Files.createDirectories(tmp.resolve("nginx"));
        String d = dir.toAbsolutePath().toString();
        Files.writeString(dir.resolve("nginx.conf"), "daemon off;\nmaster_process off;\npid " + d + "/nginx.pid;\n"
                + "error_log " + d + "/error.log;\nevents {}\nhttp {\n    access_log off;\n"
                + "    client_body_temp_path " + d + "/body; proxy_temp_path " + d + "/proxy;\n"
                + "    fastcgi_temp_path " + d + "/fastcgi; uwsgi_temp_path " + d + "/uwsgi; scgi_temp_path " + d
                + "/scgi;\n" + block + "\n}\n");
        Process p = new ProcessBuilder(NGINX.toString(), "-e", d + "/error.log", "-p", d, "-c", d + "/nginx.conf")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("nginx stopped: " + Files.readString(dir.resolve("out.log"))
                        + Files.readString(dir.resolve("error.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return p;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        p.destroy();
        throw new AssertionError("nginx did not listen on port " + port);
    }
}
