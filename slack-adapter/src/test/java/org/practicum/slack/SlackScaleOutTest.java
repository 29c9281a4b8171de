package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.session.Session;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.TestDatabase;

/**
 * Several instances with the same app token: Slack spreads the events over every open Socket Mode
 * connection, and retries an event it thinks went unanswered, possibly on another connection. Two
 * Practicum instances on one database must then hold one conversation between them — on the embedded
 * database and on PostgreSQL, the one a real multi-instance deployment shares.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class SlackScaleOutTest {

    @Parameter
    TestDatabase.Kind kind;

    private static final String TRAINEE = "UTRAINEE";

    @TempDir
    Path dir;

    @Test
    void two_instances_share_a_conversation_and_a_retried_event_on_the_other_connection_makes_no_second_turn()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); FakeSocketModeServer socket = new FakeSocketModeServer();
             TestDatabase database = TestDatabase.create(kind, dir)) {
            socket.start();
            slack.socketModeUrl(socket.url());
            SlackSettings settings = new SlackSettings(SlackSettings.Mode.SOCKET, 3000, slack.apiUrl(),
                    Optional.empty(), List.of(), Optional.empty(), false, PublicDebrief.SUMMARY);
            try (SlackHarness first = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings);
                 SlackHarness second = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                // given: both instances connected, and a session started through the first connection
                first.platform.start();
                socket.awaitConnections(1);
                second.platform.start();
                socket.awaitConnections(2);
                socket.sendEnvelope(0, "env-start", "slash_commands", startCommand(slack), 0);
                socket.awaitAck("env-start");
                String card = slack.await("chat.postMessage", c -> c.visible().contains(first.scenario().title())).ts();
                first.awaitClientLine(card, 1);

                // when: the reply arrives on the second connection, Slack retries it on the first, then the
                // trainee's next reply arrives on the first
                String reply = SignedRequests.messageEventJson(TRAINEE, SlackHarness.CHANNEL, card,
                        "1700000900.000001", "That sounds like a lot. What's on your mind?", "EvScale1");
                socket.sendEnvelope(1, "env-reply", "events_api", reply, 0);
                socket.awaitAck("env-reply");
                first.awaitClientLine(card, 2);
                // A person takes longer to answer than the second instance takes to put up the status.
                slack.awaitThat("the status on the second line", () -> !first.botReactionsOnClientLines(card)
                        .values().stream().skip(1).findFirst().orElse(List.of()).isEmpty());
                socket.sendEnvelope(0, "env-retry", "events_api", reply, 1);
                socket.awaitAck("env-retry");
                socket.sendEnvelope(0, "env-next", "events_api", SignedRequests.messageEventJson(TRAINEE,
                        SlackHarness.CHANNEL, card, "1700000900.000002",
                        "It makes sense you feel stretched thin right now.", "EvScale2"), 0);
                socket.awaitAck("env-next");

                // then: one client line per reply, in order, and the stored session has two trainee turns
                first.awaitClientLine(card, 3);
                FakeSlackApi.settle();
                assertEquals(3, first.clientLines(card).size(), "the retried event made no extra client line");
                String id = second.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().id();
                // Read from the database itself: each instance caches the sessions it last worked on.
                Session session = new JdbcSessionStore(second.engine.database().dataSource(), Clock.systemUTC())
                        .load(id).orElseThrow();
                assertEquals(List.of(1, 2), session.activeTurns().stream().filter(t -> t.traineeText() != null)
                        .map(t -> t.turn()).toList());
                assertEquals(List.of("That sounds like a lot. What's on your mind?",
                                "It makes sense you feel stretched thin right now."),
                        session.activeTurns().stream().filter(t -> t.traineeText() != null)
                                .map(t -> t.traineeText()).toList());
                // and only the newest client line shows the status, though each instance posted some lines
                List<String> status = first.statusOf(session.lastActive().orElseThrow());
                slack.awaitThat("the status on the newest line only", () -> first.botReactionsOnClientLines(card)
                        .equals(first.statusOnlyOnNewest(card, status)));
                FakeSlackApi.settle();
                assertEquals(first.statusOnlyOnNewest(card, status), first.botReactionsOnClientLines(card));
            }
        }
    }

    private static String startCommand(FakeSlackApi slack) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + TestEngine.TEAM + "\",\"channel_id\":\"" + SlackHarness.CHANNEL
                + "\",\"user_id\":\"" + TRAINEE + "\",\"command\":\"/practice\",\"text\":\"start "
                + SlackHarness.SCENARIO + "\",\"response_url\":\"" + slack.responseUrl()
                + "\",\"trigger_id\":\"1.2.3\",\"api_app_id\":\"A1\"}";
    }
}
