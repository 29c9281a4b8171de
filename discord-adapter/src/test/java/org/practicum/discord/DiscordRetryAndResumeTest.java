package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.discord.DiscordPracticeEndToEndTest.EPHEMERAL;
import static org.practicum.discord.DiscordPracticeEndToEndTest.STRANGER;
import static org.practicum.discord.DiscordPracticeEndToEndTest.TRAINEE;
import static org.practicum.discord.DiscordPracticeEndToEndTest.button;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.TurnRecord;

/**
 * {@code /practice retry} and {@code /practice resume} with real JDA against the loopback Discord: what
 * the thread shows, what only the person who used the command sees, and where the status reactions go.
 */
class DiscordRetryAndResumeTest extends RunningBot {

    static final String FIRST_REPLY = "Just study harder and make a timetable, you'll be fine.";
    static final String CRISIS = "this isn't practice, I really want to die tonight";

    @Test
    void retry_takes_back_the_reply_and_shows_the_clients_earlier_message_again_with_the_status() throws Exception {
        // given a reply the client answered
        String threadId = startSession();
        TurnRecord opening = session(threadId).lastActive().orElseThrow();
        discord.message(TRAINEE, threadId, FIRST_REPLY);
        awaitPosts(threadId, 3);
        String answerId = discord.postedId(threadId, 2);
        awaitStatus(threadId, answerId, statusEmoji(session(threadId).lastActive().orElseThrow()));

        // when
        String command = discord.slashCommand(TRAINEE, threadId, "retry", Map.of());

        // then the command is answered privately
        JsonNode deferred = discord.response(command).body();
        assertEquals(5, deferred.get("type").asInt());
        assertEquals(EPHEMERAL, deferred.get("data").get("flags").asInt());
        FakeDiscord.Call confirmation = awaitFollowUp("reply to " + clientName() + "'s message again");
        assertTrue(discord.ephemeral(confirmation), "only the trainee sees the confirmation");
        assertEquals("Done: reply to " + clientName() + "'s message again.", text(confirmation));

        // and the thread says so, then shows the client's earlier message again, with its button and status
        List<JsonNode> posts = posted(awaitPosts(threadId, 5));
        assertEquals(Texts.notice("Took back your last reply. Try another response to " + clientName()
                + "'s message."), posts.get(3).get("content").asText());
        assertEquals(Texts.clientMessage(clientName(), opening.client().text()), posts.get(4).get("content").asText());
        assertEquals("prc:sg:" + session(threadId).id() + ":0", button(posts.get(4)).get("custom_id").asText());
        String shownAgainId = discord.postedId(threadId, 4);
        awaitStatus(threadId, shownAgainId, statusEmoji(opening));
        assertEquals(List.of(), discord.reactionsOn(answerId), "the taken-back answer no longer shows a status");

        // and nothing was rewritten or deleted: the taken-back exchange stays readable (the only edit adds the
        // answer's suggestions button once its coaching was made)
        assertTrue(discord.calls("PATCH", "channels/" + threadId + "/messages/.+").stream()
                .noneMatch(c -> c.body().has("content")), discord.calls("PATCH", "channels/" + threadId + "/messages/.+").toString());
        assertTrue(discord.calls("DELETE", "channels/" + threadId + "/messages/\\d+").isEmpty());
        assertTrue(session(threadId).turns().get(1).superseded());
    }

    @Test
    void after_a_retry_the_next_reply_gets_a_new_answer_that_takes_the_status() throws Exception {
        // given a taken-back reply
        String threadId = startSession();
        discord.message(TRAINEE, threadId, FIRST_REPLY);
        awaitPosts(threadId, 3);
        discord.slashCommand(TRAINEE, threadId, "retry", Map.of());
        awaitPosts(threadId, 5);
        String shownAgainId = discord.postedId(threadId, 4);
        awaitStatus(threadId, shownAgainId, statusEmoji(session(threadId).lastActive().orElseThrow()));

        // when
        discord.message(TRAINEE, threadId, "That sounds like a lot of pressure. What's been weighing on you most?");

        // then
        awaitPosts(threadId, 6);
        JsonNode answer = discord.awaitButtons(discord.postedId(threadId, 5));
        TurnRecord retried = session(threadId).lastActive().orElseThrow();
        assertEquals(1, retried.turn());
        assertEquals(2, retried.attempt());
        assertEquals(Texts.clientMessage(clientName(), retried.client().text()), answer.get("content").asText());
        assertEquals("prc:sg:" + session(threadId).id() + ":1", button(answer).get("custom_id").asText());
        String answerId = discord.postedId(threadId, 5);
        awaitStatus(threadId, answerId, statusEmoji(retried));
        assertEquals(List.of(), discord.reactionsOn(shownAgainId));
    }

    @Test
    void someone_elses_retry_is_refused_to_them_alone_and_takes_nothing_back() throws Exception {
        // given
        String threadId = startSession();
        discord.message(TRAINEE, threadId, FIRST_REPLY);
        awaitPosts(threadId, 3);

        // when
        String command = discord.slashCommand(STRANGER, threadId, "retry", Map.of());

        // then
        JsonNode reply = discord.response(command).body();
        assertEquals(4, reply.get("type").asInt(), "answered at once, not deferred");
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt());
        assertEquals("This is Robin's practice session.", reply.get("data").get("content").asText());
        Thread.sleep(300);
        assertEquals(3, discord.posted(threadId).size(), "nothing new in the thread");
        assertFalse(session(threadId).turns().get(1).superseded());
    }

    @Test
    void retry_before_any_reply_is_refused_privately() throws Exception {
        // given
        String threadId = startSession();

        // when
        String command = discord.slashCommand(TRAINEE, threadId, "retry", Map.of());

        // then
        assertEquals(EPHEMERAL, discord.response(command).body().get("data").get("flags").asInt());
        FakeDiscord.Call refusal = awaitFollowUp("no reply to take back");
        assertTrue(discord.ephemeral(refusal));
        assertEquals("There is no reply to take back yet.", text(refusal));
        assertEquals(2, discord.posted(threadId).size(), "nothing new in the thread");
    }

    @Test
    void resume_after_a_crisis_pause_shows_where_the_session_stands_and_the_next_reply_is_answered()
            throws Exception {
        // given a session paused by a message that looked like a real crisis
        String threadId = startSession();
        TurnRecord opening = session(threadId).lastActive().orElseThrow();
        discord.message(TRAINEE, threadId, CRISIS);
        discord.await("POST", "channels/" + threadId + "/messages", c -> text(c).contains("Out of role"));
        assertEquals(SessionStatus.PAUSED, session(threadId).status());
        String whilePaused = discord.message(TRAINEE, threadId, "hello?");
        JsonNode pausedAnswer = discord.await("POST", "channels/" + threadId + "/messages",
                c -> text(c).contains("This session is paused")).body();
        assertEquals(whilePaused, pausedAnswer.path("message_reference").path("message_id").asText());
        int before = discord.posted(threadId).size();

        // when
        String command = discord.slashCommand(TRAINEE, threadId, "resume", Map.of());

        // then the trainee alone is told, and the thread shows the client's message again with the status
        assertEquals(EPHEMERAL, discord.response(command).body().get("data").get("flags").asInt());
        FakeDiscord.Call confirmation = awaitFollowUp("Resumed. Take your time.");
        assertTrue(discord.ephemeral(confirmation));
        List<JsonNode> posts = posted(awaitPosts(threadId, before + 2));
        assertEquals(Texts.notice("Resumed session " + session(threadId).id() + " at turn 0."),
                posts.get(before).get("content").asText());
        assertEquals(Texts.clientMessage(clientName(), opening.client().text()),
                posts.get(before + 1).get("content").asText());
        String shownAgainId = discord.postedId(threadId, before + 1);
        awaitStatus(threadId, shownAgainId, statusEmoji(opening));
        assertEquals(List.of(), discord.reactionsOn(discord.postedId(threadId, 1)), "one status, on the newest");
        assertEquals(SessionStatus.ACTIVE, session(threadId).status());

        // and when the trainee goes on, the client answers
        discord.message(TRAINEE, threadId, "I'm here. What's been going on with the exams?");
        JsonNode answer = posted(awaitPosts(threadId, before + 3)).get(before + 2);
        TurnRecord turn1 = session(threadId).lastActive().orElseThrow();
        assertEquals(1, turn1.turn());
        assertEquals(Texts.clientMessage(clientName(), turn1.client().text()), answer.get("content").asText());
    }

    @Test
    void someone_elses_resume_is_refused_to_them_alone_and_the_session_stays_paused() throws Exception {
        // given
        String threadId = startSession();
        discord.message(TRAINEE, threadId, CRISIS);
        discord.await("POST", "channels/" + threadId + "/messages", c -> text(c).contains("Out of role"));
        int before = discord.posted(threadId).size();

        // when
        String command = discord.slashCommand(STRANGER, threadId, "resume", Map.of());

        // then
        JsonNode reply = discord.response(command).body();
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt());
        assertEquals("This is Robin's practice session.", reply.get("data").get("content").asText());
        Thread.sleep(300);
        assertEquals(before, discord.posted(threadId).size(), "nothing new in the thread");
        assertEquals(SessionStatus.PAUSED, session(threadId).status());
    }

    @Test
    void resume_after_a_restart_shows_the_clients_last_message_again_and_moves_the_status_there()
            throws Exception {
        // given an answered reply with its status, then a restart on the same database
        String threadId = startSession();
        discord.message(TRAINEE, threadId, "That sounds like a lot of pressure. What's been weighing on you most?");
        awaitPosts(threadId, 3);
        TurnRecord turn1 = session(threadId).lastActive().orElseThrow();
        String answerId = discord.postedId(threadId, 2);
        awaitStatus(threadId, answerId, statusEmoji(turn1));
        restart();

        // when
        discord.slashCommand(TRAINEE, threadId, "resume", Map.of());

        // then
        List<JsonNode> posts = posted(awaitPosts(threadId, 5));
        assertEquals(Texts.notice("Resumed session " + session(threadId).id() + " at turn 1."),
                posts.get(3).get("content").asText());
        assertEquals(Texts.clientMessage(clientName(), turn1.client().text()), posts.get(4).get("content").asText());
        String shownAgainId = discord.postedId(threadId, 4);
        awaitStatus(threadId, shownAgainId, statusEmoji(turn1));
        assertEquals(List.of(), discord.reactionsOn(answerId), "the message from before the restart lost its status");
    }

    private String startSession() throws InterruptedException {
        discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", SCENARIO));
        discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        String threadId = discord.onlyThread();
        awaitPosts(threadId, 2);
        return threadId;
    }

    private List<FakeDiscord.Call> awaitPosts(String threadId, int count) throws InterruptedException {
        return discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, count);
    }

    /** A message sent through an interaction's hook (a follow-up), found by its text. */
    private FakeDiscord.Call awaitFollowUp(String containing) throws InterruptedException {
        return discord.await("POST", "webhooks/" + FakeDiscord.BOT + "/.+", c -> text(c).contains(containing));
    }

    /** Waits until exactly these reactions of the bot's are on the message, in this order. */
    private void awaitStatus(String threadId, String messageId, List<String> emojis) throws InterruptedException {
        for (String emoji : emojis) {
            discord.await("PUT", "channels/" + threadId + "/messages/" + messageId + "/reactions/" + emoji + "/@me",
                    c -> true);
        }
        assertEquals(emojis, discord.reactionsOn(messageId));
    }

    private static List<JsonNode> posted(List<FakeDiscord.Call> calls) {
        return calls.stream().map(FakeDiscord.Call::body).toList();
    }

    private static String text(FakeDiscord.Call call) {
        return call.body().path("content").asText();
    }
}
