package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.storage.Json;

/**
 * Where the client's status reactions go when the thread's history is, or is not, there to read, and
 * that a person's own reactions are never touched.
 */
class SlackStatusReactionsTest {

    private static final String TRAINEE = "UTRAINEE";

    @TempDir
    Path dir;

    @Test
    void when_the_thread_cannot_be_read_the_status_still_moves_and_the_remembered_one_is_taken_down()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); SlackHarness practicum = new SlackHarness(dir, slack)) {
            // given: the opening line shows the status
            String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
            FakeSlackApi.Call opening = practicum.awaitClientLine(card, 1);
            slack.await("reactions.add", c -> c.param("timestamp").equals(opening.ts()));

            // when: Slack refuses the thread's history for the next move
            slack.failNext("conversations.replies", "missing_scope");
            practicum.say(TRAINEE, card, "That sounds like a lot. What's on your mind?");

            // then: the history was asked for and refused, and still only the new line shows the status
            practicum.awaitClientLine(card, 2);
            slack.await("conversations.replies", c -> c.param("_failed").equals("missing_scope"));
            List<String> status = practicum.currentStatus(card);
            slack.awaitThat("the status on the second line only", () -> practicum.botReactionsOnClientLines(card)
                    .equals(practicum.statusOnlyOnNewest(card, status)));
        }
    }

    @Test
    void after_a_restart_a_thread_that_cannot_be_read_still_gets_the_new_status() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: a session whose process stopped after the opening line
            String card;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession(TRAINEE, SlackHarness.SCENARIO);
                FakeSlackApi.Call opening = before.awaitClientLine(card, 1);
                slack.await("reactions.add", c -> c.param("timestamp").equals(opening.ts()));
            }

            // when: a new process answers, and Slack fails the history read
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                slack.serverErrorNext("conversations.replies");
                after.say(TRAINEE, card, "That sounds like a lot. What's on your mind?");

                // then: the new line shows its status all the same
                FakeSlackApi.Call line = after.awaitClientLine(card, 2);
                List<String> status = after.currentStatus(card);
                slack.awaitThat("the status on the new line", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, line.ts()).equals(status));
                assertEquals("500", slack.calls("conversations.replies").get(slack.calls("conversations.replies")
                        .size() - 1).param("_failed"));
            }
        }
    }

    @Test
    void a_persons_own_reactions_on_an_earlier_line_stay_when_the_status_moves_on() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // given: the trainee reacted to the opening line with the bot's first status emoji and a heart
            String card;
            FakeSlackApi.Call opening;
            String shared;
            try (SlackHarness before = new SlackHarness(dir, slack)) {
                card = before.startSession(TRAINEE, SlackHarness.SCENARIO);
                opening = before.awaitClientLine(card, 1);
                List<String> status = before.currentStatus(card);
                slack.awaitThat("the opening's status", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                        SlackHarness.CHANNEL, opening.ts()).equals(status));
                shared = status.get(0);
                assertEquals(null, slack.react(TRAINEE, SlackHarness.CHANNEL, opening.ts(), shared));
                assertEquals(null, slack.react(TRAINEE, SlackHarness.CHANNEL, opening.ts(), "heart"));
            }

            // when: after a restart the status moves to the next line
            try (SlackHarness after = new SlackHarness(dir, slack)) {
                after.say(TRAINEE, card, "That sounds like a lot. What's on your mind?");
                after.awaitClientLine(card, 2);
                List<String> status = after.currentStatus(card);
                slack.awaitThat("the status on the new line only", () -> after.botReactionsOnClientLines(card)
                        .equals(after.statusOnlyOnNewest(card, status)));

                // then: the trainee's reactions are still on the opening, and the bot never tried to take the heart down
                FakeSlackApi.settle();
                assertEquals(List.of(shared, "heart"), slack.reactionsBy(TRAINEE, SlackHarness.CHANNEL, opening.ts()));
                assertTrue(slack.calls("reactions.remove").stream().noneMatch(c -> c.param("name").equals("heart")));
                assertTrue(slack.calls("reactions.remove").stream().allMatch(c -> c.param("_error").isEmpty()),
                        "every removal was of a reaction the bot had: " + slack.calls("reactions.remove"));
            }
        }
    }

    @Test
    void the_thread_is_read_once_each_time_the_status_moves_and_only_up_to_the_new_line() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); SlackHarness practicum = new SlackHarness(dir, slack)) {
            // given
            String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
            practicum.awaitClientLine(card, 1);

            // when: two replies, so three client lines
            twoReplies(practicum, card);
            List<String> status = practicum.currentStatus(card);
            slack.awaitThat("the status on the third line only", () -> practicum.botReactionsOnClientLines(card)
                    .equals(practicum.statusOnlyOnNewest(card, status)));
            FakeSlackApi.settle();

            // then: one read per line, each of this thread up to that line
            List<String> lines = practicum.clientLines(card).stream().map(FakeSlackApi.Call::ts).toList();
            List<FakeSlackApi.Call> reads = slack.calls("conversations.replies");
            assertEquals(lines, reads.stream().map(c -> c.param("latest")).toList());
            assertTrue(reads.stream().allMatch(c -> c.param("channel").equals(SlackHarness.CHANNEL)
                    && c.param("ts").equals(card)), reads.toString());
        }
    }

    @Test
    void every_client_line_carries_only_its_session_and_turn_as_metadata() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); SlackHarness practicum = new SlackHarness(dir, slack)) {
            // given
            String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
            practicum.awaitClientLine(card, 1);

            // when: two replies, so three client lines
            twoReplies(practicum, card);

            // then: each names the session and its turn, and nothing else; other messages carry none
            String id = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                    .orElseThrow().id();
            List<FakeSlackApi.Call> lines = practicum.clientLines(card);
            for (int turn = 0; turn < lines.size(); turn++) {
                JsonNode metadata = Json.mapper().readTree(lines.get(turn).param("metadata"));
                assertEquals("practicum_client_line", metadata.path("event_type").asText());
                assertEquals(Json.mapper().createObjectNode().put("session_id", id).put("turn", turn),
                        metadata.path("event_payload"), metadata.toString());
            }
            assertTrue(slack.calls("chat.postMessage").stream().filter(c -> !lines.contains(c))
                    .allMatch(c -> c.param("metadata").isEmpty()), "only client lines carry metadata");
        }
    }

    @Test
    void when_the_line_to_go_back_to_was_deleted_try_again_posts_it_again_and_only_that_copy_shows_the_status()
            throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); SlackHarness practicum = new SlackHarness(dir, slack)) {
            // given: two client lines, and someone deleted the opening
            String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
            FakeSlackApi.Call opening = practicum.awaitClientLine(card, 1);
            practicum.say(TRAINEE, card, "Have you tried just studying harder?");
            FakeSlackApi.Call second = practicum.awaitClientLine(card, 2);
            List<String> shown = practicum.currentStatus(card);
            slack.awaitThat("the status on the second line", () -> slack.reactionsBy(FakeSlackApi.BOT_USER,
                    SlackHarness.CHANNEL, second.ts()).equals(shown));
            slack.delete(SlackHarness.CHANNEL, opening.ts());

            // when
            String id = practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card)
                    .orElseThrow().id();
            practicum.click(TRAINEE, "1700000999.000003", ActionIds.RETRY, id);

            // then: the opening comes again as the newest message, and only it shows the status
            FakeSlackApi.Call again = practicum.awaitClientLine(card, 3);
            assertEquals(opening.param("text"), again.param("text"));
            List<String> status = practicum.currentStatus(card);
            slack.awaitThat("the status on the repeated line only", () -> practicum.botReactionsOnClientLines(card)
                    .equals(practicum.statusOnlyOnNewest(card, status)));
        }
    }

    /** Two trainee replies, each answered: the thread then holds three client lines. */
    private static void twoReplies(SlackHarness practicum, String card) throws Exception {
        practicum.say(TRAINEE, card, "That sounds like a lot. What's on your mind?");
        practicum.awaitClientLine(card, 2);
        practicum.say(TRAINEE, card, "It makes sense you feel stretched thin right now.");
        practicum.awaitClientLine(card, 3);
    }
}
