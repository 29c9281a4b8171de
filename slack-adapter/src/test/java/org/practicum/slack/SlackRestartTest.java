package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
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
            String card;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                before.awaitClientLine(card, 1);
                before.say("UTRAINEE", card, "That sounds like a lot. What's on your mind?");
                before.awaitClientLine(card, 2);
            }

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
    void after_a_restart_practice_end_in_the_channel_ends_the_trainees_session_and_posts_the_debrief() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: a session with one exchange, then the process stops
            String card;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                before.awaitClientLine(card, 1);
                before.say("UTRAINEE", card, "That sounds like a lot. What's on your mind?");
                before.awaitClientLine(card, 2);
            }

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
}
