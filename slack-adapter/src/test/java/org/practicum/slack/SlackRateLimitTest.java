package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackRateLimitTest {

    @TempDir
    Path dir;

    @Test
    void when_slack_answers_429_the_post_waits_for_retry_after_and_is_sent_again_while_the_ack_is_immediate()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); SlackHarness practicum = new SlackHarness(dir, slack)) {
            // given
            slack.rateLimitNext("chat.postMessage", 2);

            // when
            Instant before = Instant.now();
            var ack = practicum.run(practicum.requests.command("UTRAINEE", SlackHarness.CHANNEL, "start exam-stress"));
            Duration ackTime = Duration.between(before, Instant.now());

            // then
            assertEquals(200, ack.getStatusCode());
            assertTrue(ackTime.compareTo(Duration.ofSeconds(2)) < 0, "acknowledged in " + ackTime);
            FakeSlackApi.Call card = slack.await("chat.postMessage", c -> !c.ts().isEmpty()
                    && c.visible().contains(practicum.scenario().title()));
            List<FakeSlackApi.Call> attempts = slack.calls("chat.postMessage").stream()
                    .filter(c -> c.visible().contains(practicum.scenario().title())).toList();
            assertEquals(2, attempts.size());
            Duration waited = Duration.between(attempts.get(0).at(), card.at());
            assertTrue(waited.compareTo(Duration.ofMillis(1900)) >= 0, "retried after " + waited);
            practicum.awaitClientLine(card.ts(), 1);
        }
    }
}
