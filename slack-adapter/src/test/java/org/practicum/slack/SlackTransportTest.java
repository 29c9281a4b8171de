package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.presentation.PublicDebrief;

class SlackTransportTest {

    @TempDir
    Path dir;

    @Test
    void in_socket_mode_the_app_connects_to_the_url_slack_gives_and_practises_over_the_socket() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); FakeSocketModeServer socket = new FakeSocketModeServer()) {
            // given
            socket.start();
            slack.socketModeUrl(socket.url());
            SlackSettings settings = new SlackSettings(SlackSettings.Mode.SOCKET, 3000, slack.apiUrl(), Optional.empty(),
                    List.of(), Optional.empty(), false, PublicDebrief.SUMMARY);
            try (SlackHarness practicum = new SlackHarness(dir, slack, settings)) {
                practicum.platform.start();
                socket.awaitConnection();

                // when: /practice over the socket, then a reply in the thread
                socket.sendEnvelope("env-1", "slash_commands", "{\"token\":\"legacy\",\"team_id\":\"T1\","
                        + "\"channel_id\":\"" + SlackHarness.CHANNEL + "\",\"user_id\":\"UTRAINEE\",\"command\":\"/practice\","
                        + "\"text\":\"start exam-stress\",\"response_url\":\"" + slack.responseUrl() + "\","
                        + "\"trigger_id\":\"1.2.3\",\"api_app_id\":\"A1\"}");
                socket.awaitAck("env-1");
                String card = slack.await("chat.postMessage", c -> c.visible().contains(practicum.scenario().title())).ts();
                practicum.awaitClientLine(card, 1);
                socket.sendEnvelope("env-2", "events_api", SignedRequests.messageEventJson("UTRAINEE",
                        SlackHarness.CHANNEL, card, "1700000700.000001", "That sounds hard. What's been going on?", "EvS1"));
                socket.awaitAck("env-2");

                // then
                practicum.awaitClientLine(card, 2);
                assertFalse(slack.calls("apps.connections.open").isEmpty(), "the app asked Slack where to connect");
            }
        }
    }

    @Test
    void in_http_mode_signed_requests_are_served_on_slack_events_and_forged_ones_refused() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            SlackSettings settings = new SlackSettings(SlackSettings.Mode.HTTP, 0, slack.apiUrl(), Optional.empty(),
                    List.of(), Optional.empty(), false, PublicDebrief.SUMMARY);
            try (SlackHarness practicum = new SlackHarness(dir, slack, settings)) {
                // given
                practicum.platform.start();
                String body = SignedRequests.commandBody("UTRAINEE", SlackHarness.CHANNEL, "start exam-stress",
                        slack.responseUrl());
                var signed = practicum.requests.headers(body, Instant.now());

                // when
                int good = post(practicum.platform.httpPort(), body, signed.getFirstValue("x-slack-request-timestamp"),
                        signed.getFirstValue("x-slack-signature"));
                int forged = post(practicum.platform.httpPort(), body, signed.getFirstValue("x-slack-request-timestamp"),
                        "v0=" + "0".repeat(64));

                // then
                assertEquals(200, good);
                assertEquals(401, forged);
                String card = slack.await("chat.postMessage", c -> c.visible().contains(practicum.scenario().title())).ts();
                practicum.awaitClientLine(card, 1);
                FakeSlackApi.settle();
                assertEquals(1, slack.calls("chat.postMessage").stream()
                        .filter(c -> c.visible().contains(practicum.scenario().title())).count());
            }
        }
    }

    private static int post(int port, String body, String timestamp, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HttpTransport.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
