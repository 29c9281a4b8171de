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
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A loopback fake of a chat API (OpenAI chat-completions or Ollama /api/chat): records every request
 * and answers with what the test's script returns for it. By default each role gets a valid answer.
 */
final class FakeModelServer implements AutoCloseable {

    enum Dialect { OPENAI, OLLAMA }

    /** One recorded request. */
    record Request(String path, String authorization, JsonNode body) {
        /** All message contents, joined: what the model was shown. */
        String prompt() {
            StringBuilder sb = new StringBuilder();
            body.get("messages").forEach(m -> sb.append(m.get("content").asText()).append('\n'));
            return sb.toString();
        }

        String system() {
            return body.get("messages").get(0).get("content").asText();
        }

        String role() {
            String system = system();
            return system.startsWith("You are playing") ? "client" : system.startsWith("You coach") ? "suggestions"
                    : "analysis";
        }
    }

    /** What to answer: an HTTP status, the assistant's text (for 200), a delay, and the tokens to report. */
    record Reply(int status, String content, long delayMs, int promptTokens) {
        static Reply ok(String content) {
            return new Reply(200, content, 0, 900);
        }

        static Reply status(int status) {
            return new Reply(status, "{\"error\":{\"message\":\"scripted failure\"}}", 0, 0);
        }
    }

    static final String CLIENT_JSON = "{\"message\":\"yeah. it's just a lot right now\",\"emotion\":\"sadness\","
            + "\"valence\":-0.5,\"arousal\":0.1,\"disclosed_layers\":[],\"wants_to_end\":false}";
    static final String SUGGESTIONS_JSON = "{\"mi\":\"What feels heaviest right now?\",\"empathetic\":\"That sounds "
            + "exhausting.\",\"support\":\"A lot of people feel this way before exams.\",\"watch_out\":\"\"}";
    static final String ANALYSIS_JSON = "{\"sentences\":[{\"text\":\"x\",\"skill\":\"open_question\"}],\"flags\":[],"
            + "\"acknowledges_cue\":false,\"asks_about_risk\":false,\"rationale\":\"An open question invites more.\"}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Dialect dialect;
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<Request, Reply> script = FakeModelServer::valid;

    FakeModelServer(Dialect dialect) throws IOException {
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
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return dialect == Dialect.OPENAI ? root + "/v1" : root;
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
        Request request = new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body);
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
        byte[] out = (reply.status() == 200 ? answer(reply, body) : reply.content()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(reply.status(), out.length);
            exchange.getResponseBody().write(out);
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        }
        exchange.close();
    }

    private String answer(Reply reply, JsonNode request) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        String model = request.path("model").asText("fake");
        if (dialect == Dialect.OPENAI) {
            root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", model);
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", reply.content());
            root.putObject("usage").put("prompt_tokens", reply.promptTokens()).put("completion_tokens", 40)
                    .put("total_tokens", reply.promptTokens() + 40);
        } else {
            root.put("model", model).put("created_at", "2025-01-01T00:00:00Z").put("done", true)
                    .put("done_reason", "stop").put("prompt_eval_count", reply.promptTokens()).put("eval_count", 40);
            root.putObject("message").put("role", "assistant").put("content", reply.content());
        }
        return JSON.writeValueAsString(root);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
