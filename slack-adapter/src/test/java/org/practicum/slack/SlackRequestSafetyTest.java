package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

class SlackRequestSafetyTest extends RunningSlackApp {

    static final String TRAINEE = "UTRAINEE";

    @Test
    void a_request_signed_with_another_secret_is_rejected_and_changes_nothing() throws Exception {
        // given
        SignedRequests forger = new SignedRequests("not-the-signing-secret", slack.responseUrl());

        // when
        var response = practicum.run(forger.command(TRAINEE, SlackHarness.CHANNEL, "start exam-stress"));

        // then
        assertEquals(401, response.getStatusCode());
        FakeSlackApi.settle();
        assertTrue(slack.calls("chat.postMessage").isEmpty());
    }

    @Test
    void a_correctly_signed_but_stale_request_is_rejected() throws Exception {
        // given: signed six minutes ago, outside Slack's five-minute window
        String body = SignedRequests.commandBody(TRAINEE, SlackHarness.CHANNEL, "start exam-stress", slack.responseUrl());
        RequestHeaders old = practicum.requests.headers(body, Instant.now().minus(Duration.ofMinutes(6)));

        // when
        var response = practicum.run(new SlashCommandRequest(body, old));

        // then
        assertEquals(401, response.getStatusCode());
        FakeSlackApi.settle();
        assertTrue(slack.calls("chat.postMessage").isEmpty());
    }

    @Test
    void an_event_slack_delivers_again_is_answered_once() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        String body = SignedRequests.messageEventJson(TRAINEE, SlackHarness.CHANNEL, card, "1700000600.000001",
                "That sounds really stressful.", "EvSame");

        // when: the first delivery, then Slack's retry with the same event_id
        var first = practicum.run(new EventRequest(body, practicum.requests.headers(body, Instant.now())));
        Map<String, List<String>> retryHeaders = new HashMap<>();
        RequestHeaders signed = practicum.requests.headers(body, Instant.now());
        signed.getNames().forEach(n -> retryHeaders.put(n, signed.getMultipleValues(n)));
        retryHeaders.put("x-slack-retry-num", List.of("1"));
        retryHeaders.put("x-slack-retry-reason", List.of("http_timeout"));
        var retry = practicum.run(new EventRequest(body, new RequestHeaders(retryHeaders)));

        // then
        assertEquals(200, first.getStatusCode());
        assertEquals(200, retry.getStatusCode());
        practicum.awaitClientLine(card, 2);
        FakeSlackApi.settle();
        assertEquals(2, practicum.clientLines(card).size());
    }

    @Test
    void the_bots_own_messages_and_edits_in_the_thread_are_ignored() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        String own = SignedRequests.messageEventJson(FakeSlackApi.BOT_USER, SlackHarness.CHANNEL, card,
                "1700000600.000002", "*Tomek:* hi", "EvOwn").replace("\"channel_type\"", "\"bot_id\":\"BBOT\",\"channel_type\"");
        String edit = "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvEdit\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"subtype\":"
                + "\"message_changed\",\"channel\":\"" + SlackHarness.CHANNEL + "\",\"hidden\":true,\"ts\":\"1700000600.000003\","
                + "\"message\":{\"type\":\"message\",\"user\":\"" + TRAINEE + "\",\"text\":\"edited words\",\"ts\":"
                + "\"1700000600.000004\",\"thread_ts\":\"" + card + "\"},\"event_ts\":\"1700000600.000003\"}}";

        // when
        var ownAck = practicum.run(new EventRequest(own, practicum.requests.headers(own, Instant.now())));
        var editAck = practicum.run(new EventRequest(edit, practicum.requests.headers(edit, Instant.now())));

        // then
        assertEquals(200, ownAck.getStatusCode());
        assertEquals(200, editAck.getStatusCode());
        FakeSlackApi.settle();
        assertEquals(1, practicum.clientLines(card).size());
        assertTrue(slack.calls("chat.postEphemeral").stream().noneMatch(c -> c.param("user").equals(FakeSlackApi.BOT_USER)));
    }

    @Test
    void the_web_api_client_runs_on_the_okhttp_5_that_jda_uses() {
        assertTrue(OkHttp.VERSION.startsWith("5."), OkHttp.VERSION);
    }
}
