package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    void after_a_restart_try_again_posts_no_new_client_line_and_the_status_returns_to_the_original_line_of_that_turn()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: two client lines, the status on the second, then the process stops
            String card;
            FakeSlackApi.Call opening;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                opening = before.awaitClientLine(card, 1);
                before.say("UTRAINEE", card, "Have you tried just studying harder?");
                FakeSlackApi.Call second = before.awaitClientLine(card, 2);
                List<String> shown = before.currentStatus(card);
                slack.awaitThat("the status on the second line", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, second.ts()).equals(shown));
            }

            // when: Try again, answered by a new process that never saw the lines posted
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                String id = after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().id();
                after.click("UTRAINEE", "1700000999.000001", ActionIds.RETRY, id);

                // then: the conversation is back at the opening, which shows the status again; nothing reposted
                FakeSlackApi.Call notice = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("text").contains("took back"));
                slack.await("chat.postEphemeral", c -> c.param("user").equals("UTRAINEE")
                        && c.param("thread_ts").equals(card) && !c.at().isBefore(notice.at()));
                assertEquals(0, after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().lastActive().orElseThrow().turn());
                List<String> status = after.currentStatus(card);
                Map<String, List<String>> onOpeningOnly = new LinkedHashMap<>();
                after.clientLines(card).forEach(line -> onOpeningOnly.put(line.ts(),
                        line.ts().equals(opening.ts()) ? status : List.of()));
                slack.awaitThat("the status back on the opening only",
                        () -> after.botReactionsOnClientLines(card).equals(onOpeningOnly));
                FakeSlackApi.settle();
                assertEquals(2, after.clientLines(card).size(), "no client line was posted again");
                assertEquals(onOpeningOnly, after.botReactionsOnClientLines(card));
            }
        }
    }

    @Test
    void after_a_restart_resume_leaves_the_status_on_the_line_the_pause_interrupted_and_posts_it_not_again()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: the session paused after the opening, then the process stops
            String card;
            FakeSlackApi.Call opening;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession("UTRAINEE", SlackHarness.SCENARIO);
                opening = before.awaitClientLine(card, 1);
                before.say("UTRAINEE", card, "This isn't practice, I'm really not okay and I need help.");
                slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                        && c.param("text").contains("paused"));
            }

            // when: Resume, answered by a new process
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                String id = after.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                        .orElseThrow().id();
                after.click("UTRAINEE", "1700000999.000002", ActionIds.RESUME, id);

                // then: the trainee is told where they were; the opening still shows the status and is not reposted
                slack.await("chat.postEphemeral", c -> c.param("user").equals("UTRAINEE")
                        && c.param("blocks").contains("Resumed"));
                List<String> status = after.currentStatus(card);
                FakeSlackApi.settle();
                assertEquals(Map.of(opening.ts(), status), after.botReactionsOnClientLines(card));
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
