package org.practicum.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A small Discord on loopback for JDA: a REST API (JDK HttpServer) that records every call and answers
 * with complete payloads, and a gateway (Java-WebSocket) that does HELLO, IDENTIFY, READY and
 * GUILD_CREATE and then sends the dispatches a test asks for. It takes several gateway connections
 * (shards) and sends the guild to the shard Discord would. One guild, one text channel, and the
 * threads the bot creates, which it remembers across bot restarts like Discord would, as it does the
 * messages and the bot's reactions on them (served back as channel history).
 */
final class FakeDiscord implements AutoCloseable {

    static final String GUILD = "100000000000000001";
    static final String CHANNEL = "100000000000000002";
    static final String BOT = "100000000000000003";
    static final String FACILITATOR_ROLE = "100000000000000004";
    static final String ALERTS = "100000000000000005";

    /** A REST call as JDA made it. {@code body} is the JSON body (a multipart's payload_json). */
    record Call(String method, String path, JsonNode body, List<String> files) {
        boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }
    }

    /** A person on the fake server. */
    record Person(String id, String name, boolean facilitator) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** View, send, read history, react, embed, attach, create threads: what a normal member can do. */
    private static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 6) | (1L << 14)
            | (1L << 15) | (1L << 35) | (1L << 36) | (1L << 38);
    private static final long MANAGE_THREADS = 1L << 34;

    private final HttpServer rest;
    private final Gateway gateway;
    private final List<Call> calls = new ArrayList<>();
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger reactionsToRateLimit = new AtomicInteger();
    private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, List<String>> botReactions = new ConcurrentHashMap<>();
    private final Map<String, String> interactionTokens = new ConcurrentHashMap<>();

    FakeDiscord() throws Exception {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::serve);
        rest.start();
        gateway = new Gateway();
        gateway.start();
        if (!gateway.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake gateway did not start");
        }
    }

    String restBaseUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    /** The settings that point the adapter here, as environment overrides. */
    Map<String, String> settings() {
        return Map.of("PRACTICUM_DISCORD_REST_BASE_URL", restBaseUrl(), "PRACTICUM_DISCORD_GATEWAY_URL", gatewayUrl(),
                "PRACTICUM_DISCORD_GUILD_ID", GUILD, "PRACTICUM_DISCORD_FACILITATOR_CHANNEL", ALERTS,
                "PRACTICUM_DISCORD_REACTION_INTERVAL_MS", "50",
                // Replies at once: tests wait for what is posted, not for a person's reading pace.
                "PRACTICUM_DISCORD_TYPING_CHARS_PER_SECOND", "0");
    }

    /** The next {@code count} reaction calls get a 429 that asks JDA to wait a second. */
    void rateLimitReactions(int count) {
        reactionsToRateLimit.set(count);
    }

    /** The {@code shard} array of every IDENTIFY so far, in order; [0, 1] for one without shards. */
    List<List<Integer>> identifiedShards() {
        synchronized (gateway.identified) {
            return List.copyOf(gateway.identified);
        }
    }

    /** How the gateway answers the next IDENTIFY: with READY, or by closing with this code. */
    void closeNextIdentifyWith(int code) {
        gateway.closeOnIdentify = code;
    }

    // ---- what a test sends ----

    /** Someone uses {@code /practice <subcommand>}; returns the interaction id. */
    String slashCommand(Person user, String channelId, String subcommand, Map<String, Object> options) {
        ArrayNode opts = NODES.arrayNode();
        ObjectNode data = NODES.objectNode().put("id", "100000000000000099").put("name", "practice").put("type", 1)
                .put("guild_id", GUILD);
        options.forEach((name, value) -> {
            ObjectNode o = opts.addObject().put("name", name);
            if (value instanceof Boolean b) {
                o.put("type", 5).put("value", b);
            } else if (value instanceof Person p) {
                // A USER option: the id, with the user and member in "resolved" as Discord sends them.
                o.put("type", 6).put("value", p.id());
                ObjectNode resolved = data.with("resolved");
                resolved.with("users").set(p.id(), user(p));
                ObjectNode m = member(p);
                m.remove("user");
                resolved.with("members").set(p.id(), m);
            } else {
                o.put("type", 3).put("value", value.toString());
            }
        });
        data.putArray("options").addObject().put("name", subcommand).put("type", 1).set("options", opts);
        ObjectNode interaction = interaction(2, user, channelId, data, null);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** Someone uses a message command (right-click > Apps) on a message; returns the interaction id. */
    String messageCommand(Person user, String channelId, String messageId, String name) {
        ObjectNode target = messages.get(messageId);
        ObjectNode data = NODES.objectNode().put("id", "100000000000000098").put("name", name).put("type", 3)
                .put("guild_id", GUILD).put("target_id", messageId);
        data.putObject("resolved").putObject("messages").set(messageId, target.deepCopy());
        ObjectNode interaction = interaction(2, user, channelId, data, null);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** Someone sends a form (modal) the bot opened, with these text inputs filled in; returns the interaction id. */
    String submitModal(Person user, String channelId, String modalId, Map<String, String> values) {
        return submitModal(user, channelId, modalId, values.entrySet().stream()
                .map(v -> typed(v.getKey(), v.getValue())).toList());
    }

    /** Someone sends a form with these fields ({@link #typed}, {@link #chosen}, {@link #picked}); returns the interaction id. */
    String submitModal(Person user, String channelId, String modalId, List<ObjectNode> fields) {
        ObjectNode data = NODES.objectNode().put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int n = 1;
        for (ObjectNode field : fields) {
            ObjectNode label = components.addObject().put("type", 18).put("id", n++);
            label.set("component", field.deepCopy().put("id", n++));
        }
        ObjectNode interaction = interaction(5, user, channelId, data, null);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** A text input as a submitted form carries it. */
    static ObjectNode typed(String customId, String text) {
        return NODES.objectNode().put("type", 4).put("custom_id", customId).put("value", text);
    }

    /** A radio group with this option chosen, as a submitted form carries it. */
    static ObjectNode chosen(String customId, String value) {
        return NODES.objectNode().put("type", 21).put("custom_id", customId).put("value", value);
    }

    /** A select menu with these options picked, as a submitted form carries it. */
    static ObjectNode picked(String customId, String... values) {
        ObjectNode select = NODES.objectNode().put("type", 3).put("custom_id", customId);
        ArrayNode picked = select.putArray("values");
        for (String v : values) {
            picked.add(v);
        }
        return select;
    }

    String autocomplete(Person user, String typed) {
        return autocomplete(user, "start", "scenario", typed);
    }

    /** Someone types into an option with autocomplete of {@code /practice <subcommand>}; returns the interaction id. */
    String autocomplete(Person user, String subcommand, String option, String typed) {
        ObjectNode data = NODES.objectNode().put("id", "100000000000000099").put("name", "practice").put("type", 1)
                .put("guild_id", GUILD);
        ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
        sub.putArray("options").addObject().put("name", option).put("type", 3).put("value", typed)
                .put("focused", true);
        ObjectNode interaction = interaction(4, user, CHANNEL, data, null);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** The response JDA sent to an interaction. */
    Call response(String interactionId) throws InterruptedException {
        return await("POST", "interactions/" + interactionId + "/[^/]+/callback", c -> true);
    }

    /**
     * Whether a message sent through an interaction's hook is visible to the user alone, as Discord decides:
     * it says so itself, or it is the first one after a reply deferred as ephemeral, which it replaces.
     */
    boolean ephemeral(Call followUp) {
        if ((followUp.body().path("flags").asInt() & 64) != 0) {
            return true;
        }
        Matcher token = match("webhooks/\\d+/([^/]+)", followUp.path());
        String interactionId = token == null ? null : interactionTokens.get(token.group(1));
        if (interactionId == null) {
            return false;
        }
        JsonNode callback = calls("POST", "interactions/" + interactionId + "/[^/]+/callback").stream()
                .map(Call::body).findFirst().orElse(NODES.objectNode());
        boolean deferredPrivately = callback.path("type").asInt() == 5
                && (callback.path("data").path("flags").asInt() & 64) != 0;
        List<Call> followUps = calls("POST", "webhooks/\\d+/" + Pattern.quote(token.group(1)));
        return deferredPrivately && !followUps.isEmpty() && followUps.get(0) == followUp;
    }

    /** The first message sent through this interaction's hook: its reply, whatever else is posted meanwhile. */
    Call awaitFollowUp(String interactionId) throws InterruptedException {
        String token = interactionTokens.entrySet().stream().filter(e -> e.getValue().equals(interactionId))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        return await("POST", "webhooks/\\d+/" + Pattern.quote(token), c -> true);
    }

    /** A click on a button of a message the bot posted. Returns the interaction id. */
    String click(Person user, String messageId, String customId) {
        ObjectNode message = messages.get(messageId);
        ObjectNode data = NODES.objectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode interaction = interaction(3, user, message.get("channel_id").asText(), data, message);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("id").asText();
    }

    /** Someone writes in a channel; returns the message id. */
    String message(Person author, String channelId, String content) {
        String id = nextId();
        ObjectNode message = message(id, channelId, user(author), content);
        message.put("guild_id", GUILD);
        message.set("member", member(author));
        // Kept, so that a message command can target it later.
        messages.put(id, message.deepCopy());
        gateway.dispatch("MESSAGE_CREATE", message);
        return id;
    }

    /** The gateway delivers a message again, as after a resumed connection replays its events. */
    void redeliver(String messageId) {
        gateway.dispatch("MESSAGE_CREATE", messages.get(messageId).deepCopy());
    }

    // ---- what a test reads ----

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Call> calls(String method, String pathPattern) {
        return calls().stream().filter(c -> c.is(method, pathPattern)).toList();
    }

    /** Waits until a call like this was made, and returns the first one. */
    Call await(String method, String pathPattern, Predicate<Call> matching) throws InterruptedException {
        return awaitAll(method, pathPattern, matching, 1).get(0);
    }

    List<Call> awaitAll(String method, String pathPattern, Predicate<Call> matching, int count)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            List<Call> found = calls(method, pathPattern).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + count + " call(s) " + method + " " + pathPattern + "; calls were:\n"
                + String.join("\n", calls().stream().map(c -> c.method() + " " + c.path() + " " + c.body()).toList()));
    }

    /** The messages the bot posted in a channel, in order. */
    List<JsonNode> posted(String channelId) {
        return calls("POST", "channels/" + channelId + "/messages").stream().map(Call::body).toList();
    }

    /**
     * The id the fake gave to the n-th message posted in a channel (0-based). A call is recorded before its
     * message is stored, so this waits a little for a message whose call was just seen.
     */
    String postedId(String channelId, int index) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            List<ObjectNode> posted = messages.values().stream().filter(m -> m.get("channel_id").asText()
                            .equals(channelId) && m.get("author").get("id").asText().equals(BOT))
                    .sorted((a, b) -> Long.compare(a.get("id").asLong(), b.get("id").asLong())).toList();
            if (posted.size() > index || Instant.now().isAfter(deadline)) {
                return posted.get(index).get("id").asText();
            }
            Thread.sleep(20);
        }
    }

    /** A bot message as it stands now, edits included. */
    JsonNode current(String messageId) {
        return messages.get(messageId).deepCopy();
    }

    /**
     * A client message once its buttons are on it (the bot adds them by an edit when the coaching on the
     * reply is made), as it stands then.
     */
    JsonNode awaitButtons(String messageId) throws InterruptedException {
        await("PATCH", "channels/\\d+/messages/" + messageId, c -> c.body().path("components").size() > 0);
        return current(messageId);
    }

    /** The bot's own reactions on a message now, in the order they were added. */
    List<String> reactionsOn(String messageId) {
        return List.copyOf(botReactions.getOrDefault(messageId, List.of()));
    }

    /** The one thread created so far; the call is recorded before the fake stores the thread, so wait for it. */
    String onlyThread() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (threads.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        if (threads.size() != 1) {
            throw new AssertionError("expected one thread, were " + threads.keySet());
        }
        return threads.keySet().iterator().next();
    }

    @Override
    public void close() throws Exception {
        rest.stop(0);
        gateway.stop(1000);
    }

    // ---- REST ----

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                    .replaceFirst("^/api/v10/", "");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            List<String> files = new ArrayList<>();
            JsonNode body = parseBody(raw, contentType, files);
            Call call = new Call(method, path, body, files);
            if (path.matches("channels/\\d+/messages/\\d+/reactions/.+/@me") && method.equals("PUT")
                    && reactionsToRateLimit.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                record(new Call("429 " + method, path, body, files));
                exchange.getResponseHeaders().add("Retry-After", "1");
                // Without Via, JDA reads a 429 as Cloudflare banning the whole bot.
                exchange.getResponseHeaders().add("Via", "1.1 google");
                exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
                respond(exchange, 429, NODES.objectNode().put("message", "You are being rate limited.")
                        .put("retry_after", 1.0).put("global", false));
                return;
            }
            if (call.is("POST", "interactions/\\d+/[^/]+/callback") && !formProblems(body).isEmpty()) {
                record(new Call("400 " + method, path, body, files));
                respond(exchange, 400, NODES.objectNode().put("code", 50035).put("message",
                        "Invalid Form Body: " + formProblems(body)));
                return;
            }
            Matcher reaction = match("channels/\\d+/messages/(\\d+)/reactions/(.+)/@me", path);
            if (reaction != null) {
                // Applied before the call is recorded, so a test that saw the call sees the reaction too.
                react(reaction.group(1), reaction.group(2), method.equals("PUT"));
            }
            record(call);
            answer(exchange, call);
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void record(Call call) {
        synchronized (calls) {
            calls.add(call);
        }
    }

    private void answer(HttpExchange exchange, Call call) throws IOException {
        String path = call.path();
        Matcher m;
        if (call.is("GET", "users/@me")) {
            respond(exchange, 200, user(new Person(BOT, "Practicum", false)).put("bot", true));
        } else if (call.is("PUT", "applications/\\d+/(guilds/\\d+/)?commands")) {
            respond(exchange, 200, NODES.arrayNode());
        } else if (call.is("POST", "users/@me/channels")) {
            // A direct-message channel with the recipient.
            String recipient = call.body().path("recipient_id").asText();
            ObjectNode dm = NODES.objectNode().put("id", dmChannel(recipient)).put("type", 1)
                    .putNull("last_message_id").put("flags", 0);
            dm.putArray("recipients").add(user(new Person(recipient, "Someone", false)));
            respond(exchange, 200, dm);
        } else if ((m = match("channels/(\\d+)/threads", path)) != null && call.method().equals("POST")) {
            ObjectNode thread = thread(nextId(), m.group(1), call.body());
            threads.put(thread.get("id").asText(), thread);
            respond(exchange, 201, thread);
        } else if ((m = match("channels/(\\d+)/messages", path)) != null && call.method().equals("POST")) {
            respond(exchange, 200, botMessage(m.group(1), call.body()));
        } else if ((m = match("channels/\\d+/messages/(\\d+)", path)) != null && call.method().equals("PATCH")
                && messages.containsKey(m.group(1))) {
            respond(exchange, 200, edit(m.group(1), call.body()));
        } else if ((m = match("webhooks/\\d+/[^/]+", path)) != null && call.method().equals("POST")) {
            respond(exchange, 200, botMessage(CHANNEL, call.body()));
        } else if (match("webhooks/\\d+/[^/]+/messages/.+", path) != null) {
            respond(exchange, 200, botMessage(CHANNEL, call.body()));
        } else if ((m = match("channels/(\\d+)", path)) != null && call.method().equals("DELETE")) {
            ObjectNode gone = threads.remove(m.group(1));
            respond(exchange, 200, gone != null ? gone : NODES.objectNode());
        } else if ((m = match("channels/(\\d+)/messages", path)) != null && call.method().equals("GET")) {
            respond(exchange, 200, history(m.group(1), query(exchange)));
        } else {
            // Typing, thread members, reactions, interaction callbacks: Discord answers 204.
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /**
     * What Discord refuses in a form (modal) an interaction answers with: a title over 45 characters, more
     * than five fields, a field that is not a label or whose label is over 45, a radio group of fewer than
     * 2 or more than 10 options, a select menu of none or more than 25. Empty for anything else.
     */
    static String formProblems(JsonNode callback) {
        if (callback.path("type").asInt() != 9) {
            return "";
        }
        JsonNode form = callback.path("data");
        List<String> problems = new ArrayList<>();
        if (form.path("title").asText().length() > 45) {
            problems.add("title too long");
        }
        if (form.path("components").size() > 5) {
            problems.add("more than 5 components");
        }
        for (JsonNode field : form.path("components")) {
            JsonNode inner = field.path("component");
            int options = inner.path("options").size();
            if (field.path("type").asInt() != 18 || field.path("label").asText().length() > 45) {
                problems.add("bad label " + field.path("label").asText());
            } else if (inner.path("type").asInt() == 21 && (options < 2 || options > 10)) {
                problems.add("radio group of " + options);
            } else if (inner.path("type").asInt() == 3 && (options < 1 || options > 25)) {
                problems.add("select of " + options);
            }
        }
        return String.join("; ", problems);
    }

    /** The bot's own reaction added or removed; Discord ignores adding one twice and removing one not there. */
    private void react(String messageId, String emoji, boolean add) {
        List<String> emojis = botReactions.computeIfAbsent(messageId, k -> new CopyOnWriteArrayList<>());
        if (add && !emojis.contains(emoji)) {
            emojis.add(emoji);
        } else if (!add) {
            emojis.remove(emoji);
        }
    }

    /** A page of a channel's history as Discord serves it: newest first, before a message, with reactions. */
    private ArrayNode history(String channelId, Map<String, String> query) {
        long before = Long.parseLong(query.getOrDefault("before", Long.toString(Long.MAX_VALUE)));
        int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
        ArrayNode page = NODES.arrayNode();
        messages.values().stream().filter(m -> m.get("channel_id").asText().equals(channelId))
                .filter(m -> m.get("id").asLong() < before)
                .sorted((a, b) -> Long.compare(b.get("id").asLong(), a.get("id").asLong()))
                .limit(limit)
                .forEach(m -> page.add(withReactions(m)));
        return page;
    }

    private ObjectNode withReactions(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        ArrayNode reactions = copy.putArray("reactions");
        for (String emoji : botReactions.getOrDefault(message.get("id").asText(), List.of())) {
            ObjectNode r = reactions.addObject().put("count", 1).put("me", true).put("me_burst", false);
            r.putObject("count_details").put("normal", 1).put("burst", 0);
            r.putObject("emoji").putNull("id").put("name", emoji);
            r.putArray("burst_colors");
        }
        return copy;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> out = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    /** The id of the direct-message channel between the bot and this user. */
    static String dmChannel(String userId) {
        return "3" + userId.substring(1);
    }

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private ObjectNode botMessage(String channelId, JsonNode body) {
        String id = nextId();
        ObjectNode message = message(id, channelId, user(new Person(BOT, "Practicum", false)).put("bot", true),
                body.path("content").asText(""));
        if (body.has("embeds")) {
            ArrayNode embeds = message.putArray("embeds");
            body.get("embeds").forEach(e -> embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich")));
        }
        if (body.has("components")) {
            message.set("components", body.get("components"));
        }
        if (body.has("flags")) {
            message.put("flags", body.get("flags").asInt());
        }
        messages.put(id, message);
        return message;
    }

    /** A bot message edited: the fields the edit carries replace the message's own. */
    private ObjectNode edit(String messageId, JsonNode body) {
        ObjectNode message = messages.get(messageId);
        body.fields().forEachRemaining(f -> message.set(f.getKey(), f.getValue()));
        return message;
    }

    private static JsonNode parseBody(byte[] raw, String contentType, List<String> files) throws IOException {
        if (raw.length == 0) {
            return NODES.objectNode();
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            Matcher file = Pattern.compile("filename=\"([^\"]+)\"").matcher(text);
            while (file.find()) {
                files.add(file.group(1));
            }
            Matcher payload = Pattern.compile("name=\"payload_json\"[^\\n]*\\r?\\n(?:[^\\n]*\\r?\\n)*?\\r?\\n(\\{.*?})\\r?\\n--",
                    Pattern.DOTALL).matcher(text);
            return payload.find() ? JSON.readTree(payload.group(1)) : NODES.objectNode();
        }
        return JSON.readTree(text);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    // ---- payloads ----

    /** Snowflakes carry their creation time, and JDA judges an interaction's age by it. */
    private String nextId() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toString(ids.updateAndGet(last -> Math.max(last + 1, now)));
    }

    private static ObjectNode user(Person p) {
        return NODES.objectNode().put("id", p.id()).put("username", p.name()).put("discriminator", "0")
                .put("global_name", p.name()).putNull("avatar").put("bot", false).put("public_flags", 0);
    }

    private static ObjectNode member(Person p) {
        ObjectNode member = NODES.objectNode().put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false).putNull("nick")
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS | (p.facilitator() ? MANAGE_THREADS : 0)));
        member.set("user", user(p));
        ArrayNode roles = member.putArray("roles");
        if (p.facilitator()) {
            roles.add(FACILITATOR_ROLE);
        }
        return member;
    }

    private static ObjectNode message(String id, String channelId, ObjectNode author, String content) {
        ObjectNode m = NODES.objectNode().put("id", id).put("channel_id", channelId).put("content", content)
                .put("timestamp", Instant.now().toString()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("type", 0).put("flags", 0);
        m.set("author", author);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    private ObjectNode thread(String id, String parentId, JsonNode request) {
        ObjectNode t = NODES.objectNode().put("id", id).put("guild_id", GUILD).put("parent_id", parentId)
                .put("owner_id", BOT).put("name", request.path("name").asText("thread"))
                .put("type", request.path("type").asInt(12)).putNull("last_message_id")
                .put("rate_limit_per_user", 0).put("message_count", 0).put("member_count", 1).put("flags", 0)
                .put("total_message_sent", 0);
        t.putObject("thread_metadata").put("archived", false)
                .put("auto_archive_duration", request.path("auto_archive_duration").asInt(1440))
                .put("archive_timestamp", Instant.now().toString()).put("locked", false)
                .put("invitable", request.path("invitable").asBoolean(false))
                .put("create_timestamp", Instant.now().toString());
        return t;
    }

    private ObjectNode channelObject(String channelId) {
        ObjectNode thread = threads.get(channelId);
        if (thread != null) {
            return thread.deepCopy();
        }
        return textChannel(channelId, channelId.equals(ALERTS) ? "facilitators" : "practice");
    }

    private static ObjectNode textChannel(String id, String name) {
        ObjectNode c = NODES.objectNode().put("id", id).put("type", 0).put("guild_id", GUILD).put("name", name)
                .put("position", id.equals(ALERTS) ? 1 : 0).putNull("parent_id").put("nsfw", false).put("flags", 0)
                .put("rate_limit_per_user", 0).putNull("topic").putNull("last_message_id");
        c.putArray("permission_overwrites");
        return c;
    }

    private ObjectNode interaction(int type, Person user, String channelId, ObjectNode data, ObjectNode message) {
        String id = nextId();
        String token = "interaction-token-" + nextId();
        interactionTokens.put(token, id);
        ObjectNode i = NODES.objectNode().put("id", id).put("application_id", BOT).put("type", type)
                .put("token", token).put("version", 1).put("guild_id", GUILD)
                .put("channel_id", channelId).put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("locale", "en-US").put("guild_locale", "en-US").put("context", 0)
                .put("attachment_size_limit", 8 * 1024 * 1024);
        i.putObject("guild").put("id", GUILD).put("locale", "en-US").putArray("features");
        i.set("channel", channelObject(channelId));
        i.set("member", member(user));
        i.putArray("entitlements");
        i.putObject("authorizing_integration_owners").put("0", GUILD);
        i.set("data", data);
        if (message != null) {
            i.set("message", message);
        }
        return i;
    }

    /** READY for one shard; it lists the guild only on the shard Discord would send it on. */
    private ObjectNode ready(String sessionId, int shard, int total, boolean hasGuild) {
        ObjectNode d = NODES.objectNode().put("v", 10).put("session_id", sessionId)
                .put("resume_gateway_url", gatewayUrl());
        d.set("user", user(new Person(BOT, "Practicum", false)).put("bot", true));
        ArrayNode guilds = d.putArray("guilds");
        if (hasGuild) {
            guilds.addObject().put("id", GUILD).put("unavailable", true);
        }
        d.putArray("private_channels");
        d.putObject("application").put("id", BOT).put("flags", 0);
        d.putArray("shard").add(shard).add(total);
        return d;
    }

    private ObjectNode guildCreate() {
        ObjectNode g = NODES.objectNode().put("id", GUILD).put("name", "Peer Support").put("owner_id", "1")
                .putNull("icon").putNull("splash").putNull("banner").putNull("description")
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("premium_subscription_count", 0).put("system_channel_flags", 0).put("preferred_locale", "en-US")
                .put("member_count", 3).put("large", false).put("unavailable", false).put("max_members", 500000)
                .put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(FACILITATOR_ROLE, "Facilitator", EVERYONE_PERMISSIONS, 1));
        ArrayNode channels = g.putArray("channels");
        channels.add(textChannel(CHANNEL, "practice"));
        channels.add(textChannel(ALERTS, "facilitators"));
        ArrayNode threadList = g.putArray("threads");
        threads.values().forEach(t -> threadList.add(t.deepCopy()));
        g.putArray("members").add(member(new Person(BOT, "Practicum", false)));
        for (String empty : List.of("emojis", "stickers", "features", "voice_states", "presences", "stage_instances",
                "guild_scheduled_events", "soundboard_sounds")) {
            g.putArray(empty);
        }
        return g;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode r = NODES.objectNode().put("id", id).put("name", name).put("permissions", Long.toString(permissions))
                .put("position", position).put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false).put("flags", 0).putNull("icon").putNull("unicode_emoji");
        r.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return r;
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        /** The connection that receives the guild's events: its shard's, or the one unsharded connection. */
        volatile WebSocket bot;
        volatile int closeOnIdentify;
        final List<List<Integer>> identified = new ArrayList<>();
        private final Map<WebSocket, AtomicInteger> sequences = new ConcurrentHashMap<>();

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            send(conn, NODES.objectNode().put("op", 10).putNull("s").putNull("t")
                    .set("d", NODES.objectNode().put("heartbeat_interval", 41250)));
        }

        @Override
        public void onMessage(WebSocket conn, String text) {
            try {
                JsonNode frame = JSON.readTree(text);
                switch (frame.get("op").asInt()) {
                    case 1 -> send(conn, NODES.objectNode().put("op", 11));
                    case 2 -> identify(conn, frame.path("d").path("shard"));
                    default -> { }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void identify(WebSocket conn, JsonNode shardArray) {
            int shard = shardArray.isArray() ? shardArray.path(0).asInt() : 0;
            int total = shardArray.isArray() ? shardArray.path(1).asInt() : 1;
            synchronized (identified) {
                identified.add(List.of(shard, total));
            }
            int code = closeOnIdentify;
            if (code != 0) {
                closeOnIdentify = 0;
                conn.close(code, "Disallowed intent(s).");
                return;
            }
            sequences.put(conn, new AtomicInteger());
            // Discord's rule: a guild's events go to shard (guild id >> 22) % total.
            boolean hasGuild = (Long.parseLong(GUILD) >> 22) % total == shard;
            send(conn, "READY", ready("session-" + nextId(), shard, total, hasGuild));
            if (hasGuild) {
                bot = conn;
                send(conn, "GUILD_CREATE", guildCreate());
            }
        }

        void dispatch(String type, JsonNode data) {
            WebSocket conn = bot;
            if (conn == null || !conn.isOpen()) {
                throw new IllegalStateException("JDA is not connected to the fake gateway");
            }
            send(conn, type, data);
        }

        private void send(WebSocket conn, String type, JsonNode data) {
            int s = sequences.computeIfAbsent(conn, c -> new AtomicInteger()).incrementAndGet();
            ObjectNode frame = NODES.objectNode().put("op", 0).put("s", s).put("t", type);
            frame.set("d", data);
            send(conn, frame);
        }

        private void send(WebSocket conn, JsonNode frame) {
            try {
                conn.send(JSON.writeValueAsString(frame));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            if (conn == bot) {
                bot = null;
            }
            sequences.remove(conn);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            ex.printStackTrace();
        }
    }
}
