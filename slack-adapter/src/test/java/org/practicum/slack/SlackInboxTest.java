package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.session.InboxPasses;
import org.practicum.core.session.InboxRecovery;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.TestDatabase;

/**
 * A trainee message Slack had acknowledged, and then the process stopped before its turn was stored (the
 * inbox's test hook halts right after recording): over HTTP and over Socket Mode, a restarted process
 * answers it once, and of two instances on one database that both take up unanswered messages, one does.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class SlackInboxTest {

    private static final String TRAINEE = "UTRAINEE";
    private static final String REPLY = "That sounds like a lot. What's on your mind?";
    /** A closing: the client thanks the trainee and leaves, which ends the session. */
    private static final String GOODBYE = "We're out of time now. Take care.";

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    @Test
    void over_http_a_message_acknowledged_before_a_stop_is_answered_once_after_the_restart() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(kind, dir)) {
            SlackSettings http = new SlackSettings(SlackSettings.Mode.HTTP, 0, slack.apiUrl(), Optional.empty(),
                    List.of(), Optional.empty(), false, PublicDebrief.SUMMARY);
            String card;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, http)) {
                before.platform.start();
                card = startedThenHalting(before);

                // given: the reply acknowledged over HTTP, then the process stops before answering it
                assertEquals(200, postEvent(before, SignedRequests.messageEventJson(TRAINEE, SlackHarness.CHANNEL,
                        card, "1700000800.000001", REPLY, "EvHttp1")));
                FakeSlackApi.settle();
                assertEquals(1, before.clientLines(card).size(), "halted: nothing answered");
            }

            // when: a new process on the same database takes up what was left
            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, http)) {
                after.platform.start();
                assertEquals(1, InboxPasses.once(after.engine.engine()));

                // then: answered once, in the thread, as the reply to the trainee's words
                after.awaitClientLine(card, 2);
                assertEquals(0, InboxPasses.once(after.engine.engine()), "answered: nothing left to take up");
                FakeSlackApi.settle();
                assertEquals(2, after.clientLines(card).size());
                assertEquals(List.of(REPLY), traineeTexts(after, card));
            }
        }
    }

    @Test
    void over_socket_mode_a_message_acknowledged_before_a_stop_is_answered_once_after_the_restart() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); FakeSocketModeServer socket = new FakeSocketModeServer();
             TestDatabase database = TestDatabase.create(kind, dir)) {
            socket.start();
            slack.socketModeUrl(socket.url());
            SlackSettings settings = socketMode(slack);
            String card;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                before.platform.start();
                socket.awaitConnections(1);
                card = startedThenHalting(before);

                // given: the reply's envelope acknowledged, then the process stops before answering it
                socket.sendEnvelope(0, "env-1", "events_api", SignedRequests.messageEventJson(TRAINEE,
                        SlackHarness.CHANNEL, card, "1700000800.000002", REPLY, "EvSock1"), 0);
                socket.awaitAck("env-1");
                FakeSlackApi.settle();
                assertEquals(1, before.clientLines(card).size(), "halted: nothing answered");
            }

            // when: a new process connects and takes up what was left
            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                after.platform.start();
                socket.awaitConnections(2);
                assertEquals(1, InboxPasses.once(after.engine.engine()));

                // then
                after.awaitClientLine(card, 2);
                FakeSlackApi.settle();
                assertEquals(2, after.clientLines(card).size());
                assertEquals(List.of(REPLY), traineeTexts(after, card));
            }
        }
    }

    @Test
    void a_message_whose_turn_was_stored_before_a_stop_but_never_posted_is_posted_once_after_the_restart()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(kind, dir)) {
            SlackSettings settings = SlackHarness.settings(slack, Optional.empty(), List.of());
            String card;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                card = startedThenHalting(before);
                storedNeverPosted(before, card, "1700000800.000009", REPLY);
            }

            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                assertEquals(1, InboxPasses.once(after.engine.engine()));

                // then: the stored turn's line is posted, once, and no second turn was made
                after.awaitClientLine(card, 2);
                assertEquals(0, InboxPasses.once(after.engine.engine()));
                FakeSlackApi.settle();
                assertEquals(2, after.clientLines(card).size());
                assertEquals(List.of(REPLY), traineeTexts(after, card));
            }
        }
    }

    @Test
    void a_goodbye_whose_turn_ended_the_session_before_a_stop_but_was_never_posted_is_shown_once_with_the_debrief()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(kind, dir)) {
            SlackSettings settings = SlackHarness.settings(slack, Optional.empty(), List.of());
            String card;
            String id;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                card = startedThenHalting(before);
                // given: the client said goodbye in the stored turn, which ended the session, and nothing was posted
                id = storedNeverPosted(before, card, "1700000800.000010", GOODBYE);
                assertEquals(SessionStatus.ENDED, before.engine.engine().find(id).orElseThrow().status());
            }

            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                assertEquals(1, InboxPasses.once(after.engine.engine()));

                // then: the client's last line, that the client left, and the debrief, each once, in that order
                FakeSlackApi.Call debrief = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("blocks").contains("Debrief"));
                assertEquals(0, InboxPasses.once(after.engine.engine()));
                FakeSlackApi.settle();
                assertEquals(2, after.clientLines(card).size());
                List<FakeSlackApi.Call> left = slack.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts")
                        .equals(card) && c.param("text").contains("has ended the conversation")).toList();
                assertEquals(1, left.size());
                assertEquals(true, after.clientLines(card).get(1).at().isBefore(left.get(0).at()), "the line first");
                assertEquals(false, debrief.at().isBefore(left.get(0).at()), "the debrief last");
                assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").equals(card)
                        && c.param("blocks").contains("Debrief")).count());
                assertEquals(List.of(GOODBYE), traineeTexts(after, card));
            }
        }
    }

    @Test
    void a_message_taken_up_after_the_late_limit_is_answered_after_a_notice_that_it_was_delayed() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(kind, dir)) {
            SlackSettings settings = SlackHarness.settings(slack, Optional.empty(), List.of());
            String card;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                card = startedThenHalting(before);
                before.say(TRAINEE, card, REPLY);
            }

            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                // when: taken up eleven minutes later, past the ten-minute limit
                assertEquals(1, new InboxRecovery(after.engine.engine(), Duration.ofMinutes(10),
                        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11))).runOnce());

                // then: the notice, then the client's line
                FakeSlackApi.Call line = after.awaitClientLine(card, 2);
                FakeSlackApi.Call notice = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("text").contains("was delayed"));
                assertEquals(true, notice.at().isBefore(line.at()), "the notice comes first");
                assertEquals(List.of(REPLY), traineeTexts(after, card));
            }
        }
    }

    @Test
    void a_click_acknowledged_before_a_stop_is_done_once_after_the_restart() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(kind, dir)) {
            SlackSettings settings = SlackHarness.settings(slack, Optional.empty(), List.of());
            String card;
            String id;
            try (SlackHarness before = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                card = before.sessionAfterOneReply(TRAINEE, REPLY);
                id = before.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow().id();
                before.engine.engine().inbox().haltAfterRecording(true);

                // given: End clicked and acknowledged, then the process stops before ending the session
                assertEquals(200, before.click(TRAINEE, card, ActionIds.END, id).getStatusCode());
                FakeSlackApi.settle();
                assertEquals(SessionStatus.ACTIVE, before.engine.engine().find(id).orElseThrow().status());
            }

            try (SlackHarness after = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                assertEquals(1, InboxPasses.once(after.engine.engine()));

                // then: the session ended once, with one debrief in its thread
                slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("blocks").contains("Debrief"));
                assertEquals(0, InboxPasses.once(after.engine.engine()));
                FakeSlackApi.settle();
                assertEquals(SessionStatus.ENDED, after.engine.engine().find(id).orElseThrow().status());
                assertEquals(1, slack.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").equals(card)
                        && c.param("blocks").contains("Debrief")).count());
            }
        }
    }

    @Test
    void two_instances_taking_up_the_message_of_a_stopped_one_answer_it_once() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); FakeSocketModeServer socket = new FakeSocketModeServer();
             TestDatabase database = TestDatabase.create(kind, dir)) {
            socket.start();
            slack.socketModeUrl(socket.url());
            SlackSettings settings = socketMode(slack);
            try (SlackHarness stopped = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings);
                 SlackHarness first = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings);
                 SlackHarness second = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                stopped.platform.start();
                socket.awaitConnections(1);
                String card = stopped.startSession(TRAINEE, SlackHarness.SCENARIO);
                stopped.awaitClientLine(card, 1);
                stopped.engine.engine().inbox().haltAfterRecording(true);
                socket.sendEnvelope(0, "env-1", "events_api", SignedRequests.messageEventJson(TRAINEE,
                        SlackHarness.CHANNEL, card, "1700000800.000003", REPLY, "EvTwo1"), 0);
                socket.awaitAck("env-1");
                stopped.platform.close();

                // when: both other instances take up unanswered messages at once, several passes each
                first.platform.start();
                second.platform.start();
                int handed = InboxPasses.concurrently(first.engine.engine(), second.engine.engine());

                // then: one of them answered it, once
                assertEquals(1, handed);
                first.awaitClientLine(card, 2);
                FakeSlackApi.settle();
                assertEquals(2, first.clientLines(card).size());
                assertEquals(List.of(REPLY), traineeTexts(first, card));
            }
        }
    }

    private static SlackSettings socketMode(FakeSlackApi slack) {
        return new SlackSettings(SlackSettings.Mode.SOCKET, 3000, slack.apiUrl(), Optional.empty(), List.of(),
                Optional.empty(), false, PublicDebrief.SUMMARY);
    }

    /** Starts a session; from then on the instance records messages and halts, as if killed right after. */
    private static String startedThenHalting(SlackHarness instance) throws Exception {
        String card = instance.startSession(TRAINEE, SlackHarness.SCENARIO);
        instance.awaitClientLine(card, 1);
        instance.engine.engine().inbox().haltAfterRecording(true);
        return card;
    }

    /**
     * The trainee's message recorded (the instance halts after recording), then its turn stored, as an
     * instance does before it stops without posting the client's line; returns the session's id.
     */
    private static String storedNeverPosted(SlackHarness instance, String card, String ts, String text)
            throws Exception {
        instance.run(instance.requests.message(TRAINEE, SlackHarness.CHANNEL, card, ts, text, "Ev" + ts));
        String id = instance.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow().id();
        instance.engine.engine().reply(id, SlackPractice.participant(TRAINEE), text, ts);
        FakeSlackApi.settle();
        assertEquals(1, instance.clientLines(card).size(), "nothing posted");
        return id;
    }

    /** What the trainee said in the session, read from the database: each instance caches what it last saw. */
    private static List<String> traineeTexts(SlackHarness instance, String card) {
        String id = instance.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow().id();
        return new JdbcSessionStore(instance.engine.database().dataSource(), Clock.systemUTC()).load(id).orElseThrow()
                .activeTurns().stream()
                .filter(t -> t.traineeText() != null).map(t -> t.traineeText()).toList();
    }

    /** An Events API request as Slack sends it, signed, to the HTTP port the instance serves. */
    private static int postEvent(SlackHarness instance, String json) throws Exception {
        var signed = instance.requests.headers(json, Instant.now());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.platform.httpPort()
                        + HttpTransport.PATH))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", signed.getFirstValue("x-slack-request-timestamp"))
                .header("X-Slack-Signature", signed.getFirstValue("x-slack-signature"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
