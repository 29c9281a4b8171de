package org.practicum.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Requests as Slack sends them, signed with a signing secret at a given time. */
final class SignedRequests {

    static final String SECRET = "test-signing-secret";
    /** Slack stamps each click with its own action_ts. */
    private static final java.util.concurrent.atomic.AtomicInteger ACTIONS = new java.util.concurrent.atomic.AtomicInteger();

    private final String secret;
    private final String responseUrl;

    SignedRequests(String secret, String responseUrl) {
        this.secret = secret;
        this.responseUrl = responseUrl;
    }

    static String commandBody(String user, String channel, String text, String responseUrl) {
        return form(Map.of("token", "legacy", "team_id", TestEngine.TEAM, "team_domain", "practice",
                "channel_id", channel, "channel_name", "practice", "user_id", user, "user_name", user.toLowerCase(),
                "command", "/practice", "text", text, "response_url", responseUrl)) + "&trigger_id=1.2.3&api_app_id=A1";
    }

    static String messageEventJson(String user, String channel, String threadTs, String ts, String text, String eventId) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + TestEngine.TEAM + "\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\","
                + "\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":" + json(text) + ",\"ts\":\"" + ts
                + "\"," + (threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",")
                + "\"channel_type\":\"channel\",\"event_ts\":\"" + ts + "\"}}";
    }

    static String blockActionJson(String user, String channel, String messageTs, String actionId, String value,
                                  String responseUrl) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + TestEngine.TEAM + "\",\"domain\":\"practice\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"username\":\"" + user.toLowerCase() + "\",\"team_id\":\""
                + TestEngine.TEAM + "\"},\"api_app_id\":\"A1\",\"token\":\"legacy\",\"container\":{\"type\":\"message\","
                + "\"message_ts\":\"" + messageTs + "\",\"channel_id\":\"" + channel + "\",\"is_ephemeral\":false},"
                + "\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"" + channel + "\",\"name\":\"practice\"},"
                + "\"response_url\":\"" + responseUrl + "\",\"actions\":[{\"action_id\":\"" + actionId + "\","
                + "\"block_id\":\"b1\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + value + "\","
                + "\"type\":\"button\",\"action_ts\":\"1700000001." + ACTIONS.incrementAndGet() + "\"}]}";
    }

    /** "Review this reply" (a message shortcut) on a message in a thread. */
    com.slack.api.bolt.request.builtin.MessageShortcutRequest shortcut(String user, String channel, String messageTs,
                                                                       String threadTs, String callbackId) {
        String payload = "{\"type\":\"message_action\",\"token\":\"legacy\",\"action_ts\":\"1700000600.1\","
                + "\"team\":{\"id\":\"" + TestEngine.TEAM + "\",\"domain\":\"practice\"},\"user\":{\"id\":\"" + user
                + "\",\"name\":\"" + user.toLowerCase() + "\"},\"channel\":{\"id\":\"" + channel
                + "\",\"name\":\"practice\"},\"callback_id\":\"" + callbackId + "\",\"trigger_id\":\"9.9.9\","
                + "\"message_ts\":\"" + messageTs + "\",\"message\":{\"type\":\"message\",\"user\":\"UTRAINEE\","
                + "\"ts\":\"" + messageTs + "\",\"thread_ts\":\"" + threadTs + "\",\"text\":\"x\"},"
                + "\"response_url\":\"" + responseUrl + "\"}";
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        return new com.slack.api.bolt.request.builtin.MessageShortcutRequest(body, payload, headers(body, Instant.now()));
    }

    /** A modal saved, with plain-text inputs whose block and action ids are the map's keys. */
    com.slack.api.bolt.request.builtin.ViewSubmissionRequest viewSubmission(String user, String callbackId,
                                                                           String privateMetadata,
                                                                           Map<String, String> values) {
        return viewSubmission(user, callbackId, privateMetadata, values.entrySet().stream()
                .map(e -> typed(e.getKey(), e.getKey(), e.getValue())).toList());
    }

    /** A modal saved with these inputs' values ({@link #typed}, {@link #chosen}). */
    com.slack.api.bolt.request.builtin.ViewSubmissionRequest viewSubmission(String user, String callbackId,
                                                                           String privateMetadata,
                                                                           List<String> inputs) {
        String payload = "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + TestEngine.TEAM
                + "\",\"domain\":\"practice\"},\"user\":{\"id\":\"" + user + "\",\"username\":\"" + user.toLowerCase()
                + "\",\"team_id\":\"" + TestEngine.TEAM + "\"},\"api_app_id\":\"A1\",\"token\":\"legacy\","
                + "\"trigger_id\":\"9.9.8\",\"view\":{\"id\":\"V1\",\"team_id\":\"" + TestEngine.TEAM
                + "\",\"type\":\"modal\",\"callback_id\":\"" + callbackId + "\",\"private_metadata\":"
                + json(privateMetadata) + ",\"state\":{\"values\":{" + String.join(",", inputs)
                + "}},\"hash\":\"h1\",\"app_id\":\"A1\"}}";
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        return new com.slack.api.bolt.request.builtin.ViewSubmissionRequest(body, payload, headers(body, Instant.now()));
    }

    /** A plain-text input's value in a saved modal's state. */
    static String typed(String blockId, String actionId, String text) {
        return json(blockId) + ":{" + json(actionId) + ":{\"type\":\"plain_text_input\",\"value\":" + json(text) + "}}";
    }

    /** A choice made in a saved modal: {@code type} radio_buttons or static_select, the chosen option's value. */
    static String chosen(String blockId, String actionId, String type, String value) {
        return json(blockId) + ":{" + json(actionId) + ":{\"type\":" + json(type) + ",\"selected_option\":{"
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":" + json(value) + "}}}";
    }

    SlashCommandRequest command(String user, String channel, String text) {
        String body = commandBody(user, channel, text, responseUrl);
        return new SlashCommandRequest(body, headers(body, Instant.now()));
    }

    EventRequest message(String user, String channel, String threadTs, String ts, String text, String eventId) {
        String body = messageEventJson(user, channel, threadTs, ts, text, eventId);
        return new EventRequest(body, headers(body, Instant.now()));
    }

    BlockActionRequest click(String user, String channel, String messageTs, String actionId, String value) {
        String payload = blockActionJson(user, channel, messageTs, actionId, value, responseUrl);
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        return new BlockActionRequest(body, payload, headers(body, Instant.now()));
    }

    RequestHeaders headers(String body, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return new RequestHeaders(Map.of(
                "x-slack-request-timestamp", List.of(timestamp),
                "x-slack-signature", List.of(new SlackSignature.Generator(secret).generate(timestamp, body))));
    }

    static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
