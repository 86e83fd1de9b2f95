package nl.vidcat.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request and response plumbing every handler of {@code vidcat serve} shares: strict argument parsing (GET query
 * and POST form body, repeated arguments kept so a protocol can reject them) and responses with an exact length.
 * Anything a client sends is bounded here, so a huge or malformed request is a 4xx, never a crash.
 */
public final class Exchanges {

    /** Longest form body read (a POST to /oai or /api/search carries a few arguments). */
    static final int MAX_BODY = 64 * 1024;

    private Exchanges() {
    }

    /**
     * A request the server answers with an error status and a plain-text reason: a 4xx for the request, a 5xx when
     * what it serves cannot be read now.
     */
    public static final class BadRequest extends RuntimeException {
        private final int status;

        public BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * The request's arguments in order of appearance, each name with all its values: the query string, and for a
     * POST with {@code application/x-www-form-urlencoded} the body too.
     */
    public static Map<String, List<String>> arguments(HttpExchange ex) throws IOException {
        Map<String, List<String>> args = new LinkedHashMap<>();
        parseForm(ex.getRequestURI().getRawQuery(), args);
        if ("POST".equals(ex.getRequestMethod())) {
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                throw new BadRequest(415, "POST bodies must be application/x-www-form-urlencoded");
            }
            parseForm(utf8(readBody(ex.getRequestBody())), args);
        }
        return args;
    }

    /** Parses {@code a=1&b=2} (percent-decoding, '+' as space) into {@code into}; a malformed escape is a 400. */
    static void parseForm(String raw, Map<String, List<String>> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * One segment of a raw request path, percent-decoded once ('+' stays '+'); a malformed escape or invalid UTF-8 is
     * a 400. The caller judges what the decoded text may contain.
     */
    public static String decodePathSegment(String raw) {
        return decode(raw, false);
    }

    private static String decode(String s, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    throw new BadRequest(400, "malformed percent-escape in the request");
                }
                out.write(Integer.parseInt(s, i + 1, i + 3, 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return utf8(out.toByteArray());
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest(400, "the request is not valid UTF-8");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new BadRequest(413, "request body too large");
        }
        return body;
    }

    /** Sends {@code body} with an exact Content-Length (none for HEAD) and closes the exchange. */
    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    /** A plain-text answer, for errors outside a protocol that has its own error format. */
    public static void sendText(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
