package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.session.SessionStatus;

class SlackRestartTest {

    @TempDir
    Path dir;

    @Test
    void after_a_restart_the_trainee_continues_in_the_same_thread() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: a session with one exchange, then the process stops
            String card = oneExchangeThenStop(slack);

            // when: a new engine and a new Bolt app on the same database
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                after.say("UTRAINEE", card, "It makes sense you feel stretched thin right now.");

                // then
                FakeSlackApi.Call line = after.awaitClientLine(card, 3);
                assertEquals(SlackHarness.CHANNEL, line.param("channel"));
                assertEquals(2, after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().lastActive().orElseThrow().turn());
                slack.await("reactions.add", c -> c.param("timestamp").equals(line.ts()));
                slack.await("chat.postEphemeral", c -> c.param("user").equals("UTRAINEE")
                        && c.param("thread_ts").equals(card) && c.at().isAfter(line.at()));
            }
        }
    }

    @Test
    void after_a_restart_the_next_client_line_takes_the_status_and_the_earlier_lines_lose_theirs() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: two client lines, the status on the second, then the process stops
            String card;
            FakeSlackApi.Call second;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                before.awaitClientLine(card, 1);
                before.say("UTRAINEE", card, "That sounds like a lot. What's on your mind?");
                second = before.awaitClientLine(card, 2);
                List<String> shown = before.currentStatus(card);
                slack.awaitThat("the status on the second line", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, second.ts()).equals(shown));
            }

            // when: a new process on the same database answers the next reply
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                after.say("UTRAINEE", card, "It makes sense you feel stretched thin right now.");

                // then: only the newest line shows the status
                after.awaitClientLine(card, 3);
                List<String> status = after.currentStatus(card);
                slack.awaitThat("the status moved to the third line", () -> after.botReactionsOnClientLines(card)
                        .equals(after.statusOnlyOnNewest(card, status)));
                FakeSlackApi.settle();
                assertEquals(after.statusOnlyOnNewest(card, status), after.botReactionsOnClientLines(card));
            }
        }
    }

    @Test
    void after_a_restart_try_again_posts_the_earlier_line_again_and_only_that_copy_shows_the_status()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: two client lines, then the process stops
            String card;
            String opening;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                opening = before.awaitClientLine(card, 1).param("text");
                before.say("UTRAINEE", card, "Have you tried just studying harder?");
                FakeSlackApi.Call second = before.awaitClientLine(card, 2);
                slack.await("reactions.add", c -> c.param("timestamp").equals(second.ts()));
            }

            // when: Try again, answered by a new process that never saw the lines posted
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                String id = after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().id();
                after.click("UTRAINEE", "1700000999.000001", ActionIds.RETRY, id);

                // then: the opening line comes again, as the newest message, and only it shows the status
                FakeSlackApi.Call again = after.awaitClientLine(card, 3);
                assertEquals(opening, again.param("text"));
                assertEquals(0, after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().lastActive().orElseThrow().turn());
                List<String> status = after.currentStatus(card);
                slack.awaitThat("the status on the repeated line only", () -> after.botReactionsOnClientLines(card)
                        .equals(after.statusOnlyOnNewest(card, status)));
                FakeSlackApi.settle();
                assertEquals(after.statusOnlyOnNewest(card, status), after.botReactionsOnClientLines(card));
            }
        }
    }

    @Test
    void after_a_restart_practice_end_in_the_channel_ends_the_trainees_session_and_posts_the_debrief() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: a session with one exchange, then the process stops
            String card = oneExchangeThenStop(slack);

            // when: /practice end in the channel, to a new process on the same database
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                var ack = after.run(after.requests.command("UTRAINEE", SlackHarness.CHANNEL, "end"));

                // then: acknowledged without a refusal; the debrief in the session's thread; the session ended
                assertEquals(200, ack.getStatusCode());
                assertFalse(ack.getBody() != null && ack.getBody().contains("no open session"), ack.getBody());
                slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("blocks").contains("Debrief"));
                assertEquals(SessionStatus.ENDED, after.engine.engine()
                        .findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow().status());
            }
        }
    }

    /** A process that starts a session, answers one reply and stops; returns the session's thread. */
    private String oneExchangeThenStop(FakeSlackApi slack) throws Exception {
        try (SlackHarness before = new SlackHarness(dir, slack)) {
            String card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
            before.awaitClientLine(card, 1);
            before.say("UTRAINEE", card, "That sounds like a lot. What's on your mind?");
            before.awaitClientLine(card, 2);
            return card;
        }
    }
}
