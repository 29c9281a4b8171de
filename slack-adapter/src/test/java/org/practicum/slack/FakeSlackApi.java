package org.practicum.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.storage.Json;

/**
 * A loopback Slack Web API for tests: answers the methods the adapter uses the way Slack does (refusing
 * a message whose blocks break Block Kit's limits), records every call (method and parameters) and every
 * file upload (bytes, name, where it was shared), and can answer a method with a 429, an error or a 500 once. It keeps the messages posted and everyone's
 * reactions on them (the bot's, from reactions.add/remove with its token, as {@link #BOT_USER}), and
 * serves them back through conversations.replies, with each message's metadata when asked to
 * (include_all_metadata), as Slack does.
 */
final class FakeSlackApi implements AutoCloseable {

    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";
    private static final Pattern FILE_ID = Pattern.compile("\"id\"\\s*:\\s*\"(F[0-9]+)\"");

    /** One recorded Web API call. */
    record Call(String method, Map<String, String> params, Instant at) {
        /** The ts Slack gave a posted message. */
        String ts() {
            return param("_ts");
        }

        String param(String name) {
            return params.getOrDefault(name, "");
        }

        /** The text and blocks, everything a person could read in the message. */
        String visible() {
            return param("text") + " " + param("blocks");
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Integer> uploads = new CopyOnWriteArrayList<>();
    /** file id → name given in files.getUploadURLExternal, and the bytes posted to its upload URL. */
    private final Map<String, String> fileNames = new ConcurrentHashMap<>();
    private final Map<String, byte[]> fileBytes = new ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
    /** method (or "upload" for the upload URL) → the HTTP status or Slack error to answer it with once. */
    private final Map<String, String> failing = new ConcurrentHashMap<>();
    private final Map<String, String> admins = new ConcurrentHashMap<>();
    private final AtomicInteger ts = new AtomicInteger(1000);
    /** Messages posted through chat.postMessage, as a thread would show them. */
    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    /** "channel/ts" → reaction name → the users who reacted with it; guarded by itself. */
    private final Map<String, Map<String, Set<String>>> reactions = new HashMap<>();

    /** A posted message: a thread's parent has its own ts as thread ts; metadata as posted (JSON), or "". */
    private record Posted(String channel, String ts, String threadTs, String text, String metadata) {
    }
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::method);
        server.createContext("/upload/", this::upload);
        server.createContext("/respond", this::respond);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl() {
        return base() + "/respond";
    }

    void socketModeUrl(String url) {
        socketUrl = url;
    }

    /** The next call of this method is answered 429 with this Retry-After. */
    void rateLimitNext(String method, int retryAfterSeconds) {
        rateLimited.put(method, retryAfterSeconds);
    }

    /** The next call of this method is answered ok:false with this error code (what Slack does for a missing scope). */
    void failNext(String method, String error) {
        failing.put(method, error);
    }

    /** The next call of this method is answered HTTP 500; {@code "upload"} means the file upload URL. */
    void serverErrorNext(String method) {
        failing.put(method, "500");
    }

    /** The app's direct-message channel with a user, as conversations.open answers it. */
    static String dmChannel(String userId) {
        return "D" + userId;
    }

    /** A file shared by files.completeUploadExternal: its name, bytes, and the conversation and thread it went to. */
    record SharedFile(String id, String filename, byte[] bytes, String channel, String threadTs) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Every file shared so far, in order (not those whose sharing Slack refused). */
    List<SharedFile> sharedFiles() {
        List<SharedFile> out = new ArrayList<>();
        for (Call complete : calls("files.completeUploadExternal")) {
            if (!complete.param("_failed").isEmpty()) {
                continue;
            }
            for (String id : idsIn(complete.param("files"))) {
                out.add(new SharedFile(id, fileNames.getOrDefault(id, ""), fileBytes.getOrDefault(id, new byte[0]),
                        complete.param("channel_id"), complete.param("thread_ts")));
            }
        }
        return out;
    }

    void makeAdmin(String userId) {
        admins.put(userId, "admin");
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Integer> uploadedSizes() {
        return List.copyOf(uploads);
    }

    /** Waits for a call of the method that matches; fails the test after a few seconds. */
    Call await(String method, Predicate<Call> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Call c : calls) {
                if (c.method().equals(method) && matching.test(c)) {
                    return c;
                }
            }
            sleep(20);
        }
        throw new AssertionError("no " + method + " call as expected; calls were:\n" + String.join("\n",
                calls.stream().map(c -> c.method() + " " + c.params()).toList()));
    }

    /** Lets asynchronous work that should not happen have its chance to (wrongly) happen. */
    static void settle() {
        sleep(400);
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = params(exchange);
        Integer retryAfter = rateLimited.remove(method);
        if (retryAfter != null) {
            params.put("_failed", "429");
            calls.add(new Call(method, params, Instant.now()));
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        String failure = failing.remove(method);
        if (failure != null) {
            params.put("_failed", failure);
            calls.add(new Call(method, params, Instant.now()));
            if (failure.equals("500")) {
                send(exchange, 500, "{\"ok\":false,\"error\":\"internal_error\"}");
            } else {
                send(exchange, 200, "{\"ok\":false,\"error\":\"" + failure + "\"}");
            }
            return;
        }
        String refused = (method.equals("chat.postMessage") || method.equals("chat.postEphemeral"))
                ? blockKitError(params.get("blocks")) : method.equals("views.open") ? modalError(params.get("view"))
                : null;
        if (refused != null) {
            params.put("_error", refused);
            calls.add(new Call(method, params, Instant.now()));
            send(exchange, 200, "{\"ok\":false,\"error\":\"" + refused + "\"}");
            return;
        }
        if (method.equals("files.getUploadURLExternal")) {
            String id = "F" + fileIds.incrementAndGet();
            params.put("_file_id", id);
            fileNames.put(id, params.getOrDefault("filename", ""));
        }
        if (method.equals("chat.postMessage")) {
            params.put("_ts", nextTs()); // the posted message's ts, as Slack answers it
            posted.add(new Posted(params.get("channel"), params.get("_ts"),
                    params.getOrDefault("thread_ts", params.get("_ts")), params.getOrDefault("text", ""),
                    params.getOrDefault("metadata", "")));
        }
        String error = switch (method) {
            case "reactions.add" -> react(BOT_USER, params.get("channel"), params.get("timestamp"), params.get("name"));
            case "reactions.remove" -> unreact(params.get("channel"), params.get("timestamp"), params.get("name"));
            default -> null;
        };
        if (error != null) {
            params.put("_error", error);
        }
        calls.add(new Call(method, params, Instant.now()));
        send(exchange, 200, error != null ? "{\"ok\":false,\"error\":\"" + error + "\"}" : answer(method, params));
    }

    /**
     * Slack refuses a message of more than 50 blocks, a section's text over 3,000 characters, a section
     * with more than 10 fields or a field over 2,000, or a header over 150.
     */
    private static String blockKitError(String blocks) throws IOException {
        if (blocks == null || blocks.isBlank()) {
            return null;
        }
        var parsed = Json.mapper().readTree(blocks);
        if (parsed.size() > 50) {
            return "invalid_blocks";
        }
        for (var block : parsed) {
            String type = block.path("type").asText();
            boolean tooLong = type.equals("section") && (block.path("text").path("text").asText().length() > 3000
                    || block.path("fields").size() > 10);
            for (var field : block.path("fields")) {
                tooLong |= field.path("text").asText().length() > 2000;
            }
            if (tooLong || type.equals("header") && block.path("text").path("text").asText().length() > 150) {
                return "invalid_blocks";
            }
        }
        return null;
    }

    /**
     * Slack refuses a modal whose title is over 24 characters, with more than 100 blocks, two blocks with
     * one id, an input without a label, or a choice of more options than its element takes (radio buttons
     * 10, a menu 100) or an option's text over 75 characters.
     */
    private static String modalError(String view) throws IOException {
        var parsed = Json.mapper().readTree(view == null ? "{}" : view);
        var blocks = parsed.path("blocks");
        Set<String> ids = new LinkedHashSet<>();
        boolean bad = parsed.path("title").path("text").asText().length() > 24 || blocks.size() > 100;
        for (var block : blocks) {
            String id = block.path("block_id").asText("");
            bad |= !id.isEmpty() && !ids.add(id);
            if (block.path("type").asText().equals("input")) {
                var element = block.path("element");
                String type = element.path("type").asText();
                int max = type.equals("radio_buttons") ? 10 : type.equals("static_select") ? 100 : Integer.MAX_VALUE;
                bad |= block.path("label").path("text").asText().isEmpty() || element.path("options").size() > max;
                for (var option : element.path("options")) {
                    bad |= option.path("text").path("text").asText().length() > 75;
                }
            }
        }
        return bad ? "invalid_arguments" : null;
    }

    /** {@code user} reacts to a message as a person in Slack would; the Slack error code, or null when done. */
    String react(String user, String channel, String messageTs, String name) {
        if (posted.stream().noneMatch(m -> m.channel().equals(channel) && m.ts().equals(messageTs))) {
            return "message_not_found";
        }
        synchronized (reactions) {
            Set<String> users = reactions.computeIfAbsent(channel + "/" + messageTs, k -> new LinkedHashMap<>())
                    .computeIfAbsent(name, k -> new LinkedHashSet<>());
            return users.add(user) ? null : "already_reacted";
        }
    }

    /** reactions.remove takes down only the caller's own reaction, as in Slack. */
    private String unreact(String channel, String messageTs, String name) {
        synchronized (reactions) {
            Map<String, Set<String>> onMessage = reactions.getOrDefault(channel + "/" + messageTs, Map.of());
            Set<String> users = onMessage.get(name);
            if (users == null || !users.remove(BOT_USER)) {
                return "no_reaction";
            }
            if (users.isEmpty()) {
                onMessage.remove(name);
            }
            return null;
        }
    }

    /** Someone deletes a message (its author, or an admin): it leaves the thread, with its reactions. */
    void delete(String channel, String messageTs) {
        posted.removeIf(m -> m.channel().equals(channel) && m.ts().equals(messageTs));
        synchronized (reactions) {
            reactions.remove(channel + "/" + messageTs);
        }
    }

    /** The reactions {@code user} has on a message now, in the order they were added. */
    List<String> reactionsBy(String user, String channel, String messageTs) {
        synchronized (reactions) {
            return reactions.getOrDefault(channel + "/" + messageTs, Map.of()).entrySet().stream()
                    .filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey).toList();
        }
    }

    /** Waits until the condition holds; fails the test after a few seconds. */
    void awaitThat(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("never true: " + what);
    }

    /** A thread's messages, oldest first, within latest/oldest, a page at a time as Slack pages them. */
    private String replies(Map<String, String> p) {
        boolean inclusive = p.getOrDefault("inclusive", "false").matches("true|1");
        boolean withMetadata = p.getOrDefault("include_all_metadata", "false").matches("true|1");
        BigDecimal latest = p.containsKey("latest") ? new BigDecimal(p.get("latest")) : null;
        BigDecimal oldest = p.containsKey("oldest") ? new BigDecimal(p.get("oldest")) : null;
        List<Posted> thread = posted.stream()
                .filter(m -> m.channel().equals(p.get("channel")) && m.threadTs().equals(p.get("ts")))
                .filter(m -> latest == null || within(latest.compareTo(new BigDecimal(m.ts())), inclusive))
                .filter(m -> oldest == null || within(new BigDecimal(m.ts()).compareTo(oldest), inclusive))
                .sorted(Comparator.comparing(m -> new BigDecimal(m.ts()))).toList();
        if (thread.isEmpty()) {
            return "{\"ok\":false,\"error\":\"thread_not_found\"}";
        }
        int from = p.getOrDefault("cursor", "").startsWith("next:") ? Integer.parseInt(p.get("cursor").substring(5)) : 0;
        int limit = Integer.parseInt(p.getOrDefault("limit", "1000"));
        int to = Math.min(thread.size(), from + limit);
        ObjectNode out = Json.mapper().createObjectNode().put("ok", true).put("has_more", to < thread.size());
        ArrayNode messages = out.putArray("messages");
        for (Posted m : thread.subList(from, to)) {
            ObjectNode message = messages.addObject().put("type", "message").put("ts", m.ts())
                    .put("thread_ts", m.threadTs()).put("user", BOT_USER).put("bot_id", BOT_ID).put("text", m.text());
            if (withMetadata && !m.metadata().isEmpty()) {
                message.set("metadata", metadataJson(m.metadata()));
            }
            synchronized (reactions) {
                Map<String, Set<String>> on = reactions.getOrDefault(m.channel() + "/" + m.ts(), Map.of());
                if (!on.isEmpty()) {
                    ArrayNode list = message.putArray("reactions");
                    on.forEach((name, users) -> {
                        ObjectNode r = list.addObject().put("name", name).put("count", users.size());
                        users.forEach(r.putArray("users")::add);
                    });
                }
            }
        }
        out.putObject("response_metadata").put("next_cursor", to < thread.size() ? "next:" + to : "");
        return out.toString();
    }

    private static JsonNode metadataJson(String posted) {
        try {
            return Json.mapper().readTree(posted);
        } catch (IOException e) {
            throw new IllegalStateException("chat.postMessage was sent metadata that is not JSON: " + posted, e);
        }
    }

    private static boolean within(int comparison, boolean inclusive) {
        return comparison > 0 || (inclusive && comparison == 0);
    }

    private String answer(String method, Map<String, String> p) {
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://practice.example/\",\"team\":\"Practice\",\"user\":"
                    + "\"practicum\",\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\"" + p.get("_ts")
                    + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
            case "chat.getPermalink" -> "{\"ok\":true,\"channel\":\"" + p.get("channel")
                    + "\",\"permalink\":\"https://practice.example/archives/" + p.get("channel") + "/p"
                    + p.getOrDefault("message_ts", "").replace(".", "") + "\"}";
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/"
                    + p.get("_file_id") + "\",\"file_id\":\"" + p.get("_file_id") + "\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[" + String.join(",",
                    idsIn(p.getOrDefault("files", "")).stream().map(id -> "{\"id\":\"" + id + "\",\"title\":\""
                            + fileNames.getOrDefault(id, "") + "\"}").toList()) + "]}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"" + dmChannel(p.getOrDefault("users", ""))
                    + "\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + p.get("user") + "\",\"is_admin\":"
                    + admins.containsKey(p.get("user")) + ",\"is_owner\":false}}";
            case "conversations.replies" -> replies(p);
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            default -> "{\"ok\":true}";
        };
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (failing.remove("upload") != null) {
            send(exchange, 500, "upload failed");
            return;
        }
        uploads.add(bytes.length);
        fileBytes.put(exchange.getRequestURI().getPath().substring("/upload/".length()), bytes);
        send(exchange, 200, "OK");
    }

    private static List<String> idsIn(String filesJson) {
        List<String> ids = new ArrayList<>();
        Matcher m = FILE_ID.matcher(filesJson);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** An answer to a response URL; blocks beyond Block Kit's limits are refused, as Slack does. */
    private void respond(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String refused = blockKitError(Json.mapper().readTree(body).path("blocks").toString());
        calls.add(new Call("response_url", refused == null ? Map.of("text", body)
                : Map.of("text", body, "_error", refused), Instant.now()));
        send(exchange, refused == null ? 200 : 400, refused == null ? "ok" : refused);
    }

    private String nextTs() {
        return "1700000000." + String.format("%06d", ts.incrementAndGet());
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("json")) {
            out.put("json", body);
            return out;
        }
        List<String> pairs = new ArrayList<>(List.of(body.split("&")));
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            pairs.addAll(List.of(query.split("&")));
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
