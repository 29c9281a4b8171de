package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback fake of a provider's chat API (see {@link FakeDialect}): records every request and
 * answers with what the test's script returns for it. By default each role gets a valid answer.
 */
final class FakeModelServer implements AutoCloseable {

    /** One recorded request; header names are lower case. */
    record Request(FakeDialect dialect, String path, String query, Map<String, String> headers, JsonNode body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String authorization() {
            return header("Authorization");
        }

        /** The model asked for, wherever the provider puts it. */
        String model() {
            return dialect.model(path, body);
        }

        /** All texts the model was shown, joined. */
        String prompt() {
            StringBuilder sb = new StringBuilder();
            dialect.turns(body).forEach(t -> sb.append(t).append('\n'));
            return sb.toString();
        }

        String system() {
            return dialect.system(body);
        }

        String role() {
            String system = system();
            return system.startsWith("You are playing") ? "client" : system.startsWith("You coach") ? "suggestions"
                    : "analysis";
        }
    }

    /**
     * What to answer: an HTTP status, the assistant's text (for 200) or the error message, a delay, the
     * input tokens to report, and whether {@code content} is the whole HTTP body as it stands.
     */
    record Reply(int status, String content, long delayMs, int promptTokens, boolean raw) {
        Reply(int status, String content, long delayMs, int promptTokens) {
            this(status, content, delayMs, promptTokens, false);
        }

        static Reply ok(String content) {
            return new Reply(200, content, 0, 900);
        }

        /** A 200 that reports no token usage (OpenAI dialect), so Practicum counts the tokens itself. */
        static Reply unmetered(String content) {
            return new Reply(200, content, 0, -1);
        }

        static Reply status(int status) {
            return new Reply(status, "scripted failure", 0, 0);
        }

        /** A 200 whose body is exactly {@code body}: not the provider's JSON at all, or an unusual shape of it. */
        static Reply verbatim(String body) {
            return new Reply(200, body, 0, 0, true);
        }
    }

    static final String CLIENT_JSON = "{\"message\":\"yeah. it's just a lot right now\",\"emotion\":\"sadness\","
            + "\"valence\":-0.5,\"arousal\":0.1,\"disclosed_layers\":[],\"wants_to_end\":false}";
    static final String SUGGESTIONS_JSON = "{\"mi\":\"What feels heaviest right now?\",\"empathetic\":\"That sounds "
            + "exhausting.\",\"support\":\"A lot of people feel this way before exams.\",\"watch_out\":\"\"}";
    static final String ANALYSIS_JSON = "{\"sentences\":[{\"text\":\"x\",\"skill\":\"open_question\"}],\"flags\":[],"
            + "\"acknowledges_cue\":false,\"asks_about_risk\":false,\"rationale\":\"An open question invites more.\"}";

    /** Output tokens every successful answer reports. */
    static final int OUTPUT_TOKENS = 40;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final FakeDialect dialect;
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<Request, Reply> script = FakeModelServer::valid;

    FakeModelServer(FakeDialect dialect) throws IOException {
        this.dialect = dialect;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static Reply valid(Request request) {
        return Reply.ok(switch (request.role()) {
            case "client" -> CLIENT_JSON;
            case "suggestions" -> SUGGESTIONS_JSON;
            default -> ANALYSIS_JSON;
        });
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + dialect.basePath();
    }

    void script(Function<Request, Reply> script) {
        this.script = script;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String role) {
        return requests().stream().filter(r -> r.role().equals(role)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.get(0)));
        Request request = new Request(dialect, exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
        synchronized (this) {
            requests.add(request);
        }
        Reply reply = script.apply(request);
        if (reply.delayMs() > 0) {
            try {
                Thread.sleep(reply.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = body(reply, request).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        }
        exchange.close();
    }

    private String body(Reply reply, Request request) throws IOException {
        if (reply.raw()) {
            return reply.content();
        }
        ObjectNode root = JSON.createObjectNode();
        String model = request.model().isEmpty() ? "fake" : request.model();
        return JSON.writeValueAsString(reply.status() == 200
                ? dialect.answer(root, model, reply.content(), reply.promptTokens(), OUTPUT_TOKENS)
                : dialect.error(root, reply.status(), reply.content()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
