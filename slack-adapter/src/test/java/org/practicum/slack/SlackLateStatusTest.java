package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.storage.TestDatabase;

/**
 * Two instances on one database answer alternate replies in one thread, and Slack makes one of them wait
 * out a 429 before its status reactions go up — by which time the other has posted a newer client line
 * and put the status there.
 */
class SlackLateStatusTest {

    private static final String TRAINEE = "UTRAINEE";
    /** Long enough for the other instance to answer the next reply meanwhile. */
    private static final int RETRY_AFTER_SECONDS = 3;

    @TempDir
    Path dir;

    @Test
    void a_status_that_arrives_after_a_newer_line_took_the_status_comes_down_again() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2, dir)) {
            SlackSettings settings = SlackHarness.settings(slack, Optional.empty(), List.of());
            try (SlackHarness first = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings);
                 SlackHarness second = new SlackHarness(TestEngine.open(dir, database.open()), slack, settings)) {
                // given: a session started on the first instance, its opening showing the status
                String card = first.startSession(TRAINEE, SlackHarness.SCENARIO);
                FakeSlackApi.Call opening = first.awaitClientLine(card, 1);
                List<String> openingStatus = first.currentStatus(card);
                slack.awaitThat("the opening's status", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, opening.ts()).equals(openingStatus));

                // when: the second instance answers the reply, but Slack holds back its status on that line;
                // meanwhile the first instance answers the trainee's next reply
                slack.rateLimitNext("reactions.add", RETRY_AFTER_SECONDS);
                second.say(TRAINEE, card, "That sounds like a lot. What's on your mind?");
                FakeSlackApi.Call secondLine = second.awaitClientLine(card, 2);
                slack.await("reactions.add", c -> c.param("_failed").equals("429")
                        && c.param("timestamp").equals(secondLine.ts()));
                first.say(TRAINEE, card, "It makes sense you feel stretched thin right now.");
                FakeSlackApi.Call thirdLine = first.awaitClientLine(card, 3);
                List<String> status = first.currentStatus(card);
                slack.awaitThat("the status on the third line", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, thirdLine.ts()).equals(status));

                // then: the held-back reactions did reach the second line, and afterwards only the newest line
                // shows the status
                slack.await("reactions.add", c -> c.param("_failed").isEmpty()
                        && c.param("timestamp").equals(secondLine.ts()) && c.at().isAfter(thirdLine.at()));
                slack.awaitThat("the status on the newest line only", () -> first.botReactionsOnClientLines(card)
                        .equals(first.statusOnlyOnNewest(card, status)));
                FakeSlackApi.settle();
                assertEquals(first.statusOnlyOnNewest(card, status), first.botReactionsOnClientLines(card));
            }
        }
    }
}
