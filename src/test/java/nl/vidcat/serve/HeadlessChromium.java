package nl.vidcat.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vidcat.io.Json;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, with the JDK's own client), so a test can type,
 * click with the mouse and wait for what the page does, as a person would. Waits are promises evaluated in the page
 * that resolve when a condition holds and fail after a timeout: no sleeping.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static HeadlessChromium start(Path chromium, Path profile, int width, int height) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--mute-audio", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-breakpad",
                "--autoplay-policy=no-user-gesture-required", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add(cmd.size() - 1, "--no-sandbox"); // Chromium refuses to run as root with its sandbox (CI containers)
        }
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browserWs = devToolsAddress(p);
            URI json = URI.create(browserWs.replaceFirst("^ws://([^/]+)/.*$", "http://$1/json/list"));
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = Json.mapper().readTree(http.send(HttpRequest.newBuilder(json).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String pageWs = null;
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) {
                    pageWs = t.get("webSocketDebuggerUrl").asText();
                }
            }
            if (pageWs == null) {
                throw new IOException("Chromium opened no page: " + targets);
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener(self))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(p, ws);
            return self[0];
        } catch (IOException | InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            p.destroyForcibly();
            throw new IOException("cannot drive Chromium: " + e, e);
        }
    }

    /** Chromium prints where its DevTools listen on stderr, before anything else of interest. */
    private static String devToolsAddress(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                Thread.ofVirtual().start(() -> drain(err)); // a full stderr pipe would stall the browser
                return line.substring(at).strip();
            }
            seen.append(line).append('\n');
        }
        throw new IOException("Chromium exited without DevTools: " + seen);
    }

    private static void drain(BufferedReader r) {
        try {
            while (r.readLine() != null) {
                // discard
            }
        } catch (IOException e) {
            // the browser is gone
        }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode msg = Json.mapper().createObjectNode().put("id", id).put("method", method);
        msg.set("params", Json.mapper().valueToTree(params));
        try {
            socket.sendText(Json.mapper().writeValueAsString(msg), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            JsonNode r = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + ": " + r.get("error"));
            }
            return r.get("result");
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** The value of a JavaScript expression; a promise is awaited. A thrown error fails with its text. */
    JsonNode eval(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IOException(expression + " failed: " + r.get("exceptionDetails"));
        }
        return r.get("result").path("value");
    }

    /** Waits until the JavaScript {@code condition} is true, checking at each animation frame; fails after a while. */
    void waitFor(String condition, int seconds) throws IOException {
        eval("new Promise((ok, fail) => { const end = Date.now() + " + seconds * 1000 + ";"
                + " const check = () => { try { if (" + condition + ") { ok(true); return; } } catch (e) {}"
                + " if (Date.now() > end) { fail(new Error('timed out waiting for: ' + " + Json.mapper()
                .valueToTree(condition) + ")); } else { setTimeout(check, 50); } }; check(); })");
    }

    /** A real mouse click in the middle of the first element {@code selector} matches. */
    void click(String selector) throws IOException {
        JsonNode box = eval("(() => { const e = document.querySelector(" + Json.mapper().valueToTree(selector) + ");"
                + " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(), "y",
                    box.get("y").asDouble(), "button", "left", "clickCount", 1));
        }
    }

    /** Types {@code text} into the focused element and presses Enter. */
    void type(String text) throws IOException {
        call("Input.insertText", Map.of("text", text));
        for (String type : List.of("keyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", Map.of("type", type, "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "text", "\r"));
        }
    }

    byte[] screenshot() throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode(r.get("data").asText());
    }

    /**
     * Stops Chromium and waits for its helper processes too (renderer, GPU, utility), which may still write into the
     * profile folder after the browser process is gone: the test's temp folder is deleted right after.
     */
    @Override
    public void close() {
        socket.abort();
        java.util.List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                h.destroy();
            }
            for (ProcessHandle h : helpers) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            helpers.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final HeadlessChromium[] self;
        private final StringBuilder partial = new StringBuilder();

        Listener(HeadlessChromium[] self) {
            this.self = self;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode msg = Json.mapper().readTree(text);
                    if (msg.has("id") && self[0] != null) {
                        CompletableFuture<JsonNode> f = self[0].pending.get(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: DevTools only sends JSON; ignore
                }
            }
            ws.request(1);
            return null;
        }
    }
}
