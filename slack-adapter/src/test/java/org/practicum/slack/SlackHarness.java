package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.TurnRecord;

/**
 * One Practicum-on-Slack process for a test: a real engine on an H2 database in {@code dataDir}, and the
 * Slack platform whose Web API client talks to the fake, driven in-process with signed requests.
 */
final class SlackHarness implements AutoCloseable {

    static final String CHANNEL = "CPRACTICE";
    static final String SCENARIO = "exam-stress";

    final FakeSlackApi slack;
    final TestEngine engine;
    final SlackPlatform platform;
    final SignedRequests requests;
    /** Shared by every harness in the JVM: Slack never gives two messages in a channel the same ts, even across a bot restart. */
    private static final AtomicInteger messageCounter = new AtomicInteger();

    SlackHarness(Path dataDir, FakeSlackApi slack, SlackSettings settings) throws Exception {
        this(TestEngine.open(dataDir), slack, settings);
    }

    /** An instance on an engine the test opened, for several instances on one shared database. */
    SlackHarness(TestEngine engine, FakeSlackApi slack, SlackSettings settings) {
        this.slack = slack;
        this.engine = engine;
        this.platform = new SlackPlatform(engine.engine(), engine.debriefs(), engine.emoji(), settings,
                new SlackCredentials("xoxb-fake", "xapp-fake", SignedRequests.SECRET),
                engine.programme());
        this.requests = new SignedRequests(SignedRequests.SECRET, slack.responseUrl());
    }

    SlackHarness(Path dataDir, FakeSlackApi slack) throws Exception {
        this(dataDir, slack, settings(slack, Optional.empty(), List.of()));
    }

    static SlackSettings settings(FakeSlackApi slack, Optional<String> facilitatorChannel, List<String> facilitators) {
        return settings(slack, facilitatorChannel, facilitators, PublicDebrief.SUMMARY);
    }

    static SlackSettings settings(FakeSlackApi slack, Optional<String> facilitatorChannel, List<String> facilitators,
                                  PublicDebrief publicDebrief) {
        return new SlackSettings(SlackSettings.Mode.HTTP, 3000, slack.apiUrl(), facilitatorChannel, facilitators,
                Optional.empty(), true, publicDebrief);
    }

    Scenario scenario() {
        return engine.engine().scenarios().find(SCENARIO).orElseThrow();
    }

    String clientName() {
        return scenario().persona().firstName();
    }

    Response run(Request<?> request) throws Exception {
        return platform.app().run(request);
    }

    /** {@code /practice start} as {@code user}; returns the ts of the card, which is the session's thread. */
    String startSession(String user, String scenarioAndMode) throws Exception {
        Response ack = run(requests.command(user, CHANNEL, "start " + scenarioAndMode));
        assertEquals(200, ack.getStatusCode());
        return slack.await("chat.postMessage", c -> c.param("channel").equals(CHANNEL) && c.param("thread_ts").isEmpty()
                && c.visible().contains(scenario().title())).ts();
    }

    /** {@code user}'s session after its opening and one reply the client answered; returns the card's ts. */
    String sessionAfterOneReply(String user, String reply) throws Exception {
        String card = startSession(user, SCENARIO);
        awaitClientLine(card, 1);
        say(user, card, reply);
        awaitClientLine(card, 2);
        return card;
    }

    /** A message by {@code user} in the thread; returns the ack. */
    Response say(String user, String threadTs, String text) throws Exception {
        return say(user, threadTs, text, "Ev" + messageCounter.incrementAndGet());
    }

    Response say(String user, String threadTs, String text, String eventId) throws Exception {
        String ts = "1700000500." + String.format("%06d", messageCounter.incrementAndGet());
        return run(requests.message(user, CHANNEL, threadTs, ts, text, eventId));
    }

    /** A message by {@code user} in the thread; returns the message's ts (what a shortcut on it refers to). */
    String post(String user, String threadTs, String text) throws Exception {
        String ts = "1700000500." + String.format("%06d", messageCounter.incrementAndGet());
        assertEquals(200, run(requests.message(user, CHANNEL, threadTs, ts, text, "Ev" + ts)).getStatusCode());
        return ts;
    }

    /** {@code /practice <text>} as {@code user}; returns the private answer sent to the command's response URL. */
    String command(String user, String text) throws Exception {
        return answer(user, text).path("text").asText();
    }

    /** {@code /practice <text>} as {@code user}; returns the whole private answer (text, blocks) Slack accepted. */
    com.fasterxml.jackson.databind.JsonNode answer(String user, String text) throws Exception {
        int before = slack.calls("response_url").size();
        assertEquals(200, run(requests.command(user, CHANNEL, text)).getStatusCode());
        slack.await("response_url", c -> slack.calls("response_url").size() > before);
        FakeSlackApi.Call answer = slack.calls("response_url").get(before);
        assertEquals("", answer.param("_error"), "Slack refused the answer's blocks");
        // The response URL gets the message as JSON, as Slack would.
        return org.practicum.core.storage.Json.mapper().readTree(answer.param("text"));
    }

    Response click(String user, String messageTs, String actionId, String value) throws Exception {
        return run(requests.click(user, CHANNEL, messageTs, actionId, value));
    }

    /** The client's lines posted in the thread, in order. */
    List<FakeSlackApi.Call> clientLines(String threadTs) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").equals(threadTs) && c.param("text").startsWith("*" + clientName() + ":*"))
                .toList();
    }

    FakeSlackApi.Call awaitClientLine(String threadTs, int count) {
        slack.await("chat.postMessage", c -> clientLines(threadTs).size() >= count);
        return clientLines(threadTs).get(count - 1);
    }

    /** The status a client line shows for this turn: its emotion and trend as Slack reaction names. */
    List<String> statusOf(TurnRecord turn) {
        return engine.emoji().reactionsFor(turn.client().emotion(), turn.client().trend()).stream()
                .map(EmojiMap.Reaction::slack).toList();
    }

    /** The status the session's latest client line should show now. */
    List<String> currentStatus(String threadTs) {
        return statusOf(engine.engine().findByThread("slack", CHANNEL + "/" + threadTs).orElseThrow()
                .lastActive().orElseThrow());
    }

    /** Each client line in the thread, in order, mapped to the reactions the bot has on it now. */
    Map<String, List<String>> botReactionsOnClientLines(String threadTs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FakeSlackApi.Call line : clientLines(threadTs)) {
            out.put(line.ts(), slack.reactionsBy(FakeSlackApi.BOT_USER, CHANNEL, line.ts()));
        }
        return out;
    }

    /** What the thread should show: the status on its newest client line and none of the bot's reactions on the others. */
    Map<String, List<String>> statusOnlyOnNewest(String threadTs, List<String> status) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<FakeSlackApi.Call> lines = clientLines(threadTs);
        for (int i = 0; i < lines.size(); i++) {
            out.put(lines.get(i).ts(), i == lines.size() - 1 ? status : List.of());
        }
        return out;
    }

    /** Whether a message is a member's private debrief feedback (any part of it). */
    static boolean isFeedback(FakeSlackApi.Call message) {
        return message.param("text").startsWith("Your feedback")
                || message.param("text").startsWith("Feedback on the group's replies");
    }

    @Override
    public void close() {
        platform.close();
        engine.close();
    }
}
