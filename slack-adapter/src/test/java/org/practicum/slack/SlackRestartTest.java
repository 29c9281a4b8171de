package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
