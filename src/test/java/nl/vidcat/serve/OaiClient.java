package nl.vidcat.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.vidcat.export.Shared;
import nl.vidcat.export.Xml;

/**
 * Requests to a running {@code /oai} over loopback. Every answer is checked the way a strict harvester would: HTTP
 * 200, text/xml in UTF-8, and a body that validates against {@code all.xsd} (OAI-PMH with its payloads).
 */
final class OaiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI oai;

    OaiClient(Server server) {
        this.oai = URI.create("http://127.0.0.1:" + server.port() + "/oai");
    }

    /** GET /oai?{@code query} (already encoded), validated. */
    Xml get(String query) throws Exception {
        return check(send(HttpRequest.newBuilder(URI.create(oai + "?" + query)).GET().build()), query);
    }

    /** POST /oai with {@code form} as an application/x-www-form-urlencoded body, validated. */
    Xml post(String form) throws Exception {
        return check(send(HttpRequest.newBuilder(oai).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build()), form);
    }

    /** The error code of the response to {@code query} ("" when it is no error). */
    String error(String query) throws Exception {
        return get(query).text("/oai:OAI-PMH/oai:error/@code");
    }

    static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Xml check(HttpResponse<byte[]> r, String what) throws Exception {
        assertEquals(200, r.statusCode(), what + ": " + new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("text/xml; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""), what);
        Xml x = Xml.parse(r.body()).validate(Shared.oaiSchema(), what + "\n" + new String(r.body(),
                StandardCharsets.UTF_8));
        assertTrue(x.text("/oai:OAI-PMH/oai:responseDate").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), what);
        return x;
    }
}
