package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;

/**
 * Real JDA against a loopback Discord (REST and gateway): what a trainee, a stranger and the
 * facilitators' channel see, as the calls JDA made.
 */
class DiscordPracticeEndToEndTest extends RunningBot {

    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000001", "Robin", false);
    static final FakeDiscord.Person STRANGER = new FakeDiscord.Person("200000000000000002", "Sam", false);
    static final int EPHEMERAL = 64;

    String guildCrisisText;

    @Override
    void beforeStart() throws Exception {
        // This server's own crisis text, long enough that Discord needs two messages for it.
        guildCrisisText = IntStream.rangeClosed(1, 12).mapToObj(i -> "Peer Support resource " + i + ": our "
                + "volunteers' line is open every evening, and the local crisis team can be reached by phone at any "
                + "hour. You are not alone, and you deserve support right now.").collect(Collectors.joining("\n\n"));
        Path crisis = data.resolve("crisis.yaml");
        Files.writeString(crisis, "default:\n  message: |\n    Default resources.\ncommunities:\n  \""
                + FakeDiscord.GUILD + "\":\n    message: |\n" + guildCrisisText.lines().map(l -> "      " + l)
                .collect(Collectors.joining("\n")) + "\n");
    }

    @Test
    void starting_a_session_opens_a_private_thread_with_the_card_and_the_clients_opening() throws Exception {
        // when
        String command = discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", SCENARIO));

        // then
        FakeDiscord.Call thread = discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        assertEquals(12, thread.body().get("type").asInt(), "a private thread");
        String threadId = discord.onlyThread();
        discord.await("PUT", "channels/" + threadId + "/thread-members/" + TRAINEE.id(), c -> true);
        List<FakeDiscord.Call> posts = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 2);
        String card = posts.get(0).body().get("content").asText();
        assertTrue(card.contains("Difficulty") && card.contains("This is practice"), card);
        JsonNode opening = posts.get(1).body();
        Session session = session(threadId);
        assertEquals(Texts.clientMessage(clientName(), session.lastActive().orElseThrow().client().text()),
                opening.get("content").asText());
        assertEquals("💡 Suggestions", button(opening).get("label").asText());
        assertEquals("prc:sg:" + session.id() + ":0", button(opening).get("custom_id").asText());
        String openingId = discord.postedId(threadId, 1);
        for (String emoji : statusEmoji(session.lastActive().orElseThrow())) {
            discord.await("PUT", "channels/" + threadId + "/messages/" + openingId + "/reactions/" + emoji + "/@me",
                    c -> true);
        }
        FakeDiscord.Call ack = discord.response(command);
        assertEquals(EPHEMERAL, ack.body().path("data").path("flags").asInt(), "the command is answered privately");
    }

    @Test
    void a_trainee_reply_shows_typing_then_the_clients_answer_and_moves_the_status_reactions() throws Exception {
        // given
        String threadId = startSession();
        String openingId = discord.postedId(threadId, 1);
        List<String> openingStatus = statusEmoji(session(threadId).lastActive().orElseThrow());
        awaitReactions(threadId, openingId, openingStatus);

        // when
        discord.message(TRAINEE, threadId, "That sounds like a lot of pressure. What's been weighing on you most?");

        // then
        discord.await("POST", "channels/" + threadId + "/typing", c -> true);
        JsonNode answer = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3).get(2).body();
        TurnRecord turn1 = session(threadId).lastActive().orElseThrow();
        assertEquals(1, turn1.turn());
        assertEquals(Texts.clientMessage(clientName(), turn1.client().text()), answer.get("content").asText());
        String answerId = discord.postedId(threadId, 2);
        awaitReactions(threadId, answerId, statusEmoji(turn1));
        for (String emoji : openingStatus) {
            discord.await("DELETE", "channels/" + threadId + "/messages/" + openingId + "/reactions/" + emoji + "/@me",
                    c -> true);
        }
    }

    @Test
    void a_message_the_gateway_delivers_twice_is_answered_once() throws Exception {
        // given: one exchange
        String threadId = startSession();
        String reply = discord.message(TRAINEE, threadId, "That sounds like a lot. What's been weighing on you most?");
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);

        // when: the same message again, then the trainee's next one
        discord.redeliver(reply);
        discord.message(TRAINEE, threadId, "It makes sense you feel stretched thin.");

        // then: one client answer per message
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 4);
        Thread.sleep(300);
        assertEquals(4, discord.calls("POST", "channels/" + threadId + "/messages").size(),
                "card, opening and two answers");
        assertEquals(2, session(threadId).lastActive().orElseThrow().turn());
    }

    @Test
    void the_suggestions_button_answers_the_trainee_alone_ephemerally() throws Exception {
        // given
        String threadId = startSession();
        discord.message(TRAINEE, threadId, "Just study harder and make a timetable, you'll be fine.");
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        JsonNode answer = discord.awaitButtons(discord.postedId(threadId, 2));
        TurnRecord turn1 = session(threadId).lastActive().orElseThrow();
        int flags = turn1.analysis().flags().size();
        assertTrue(flags > 0, "advice this early is flagged");
        assertEquals("💡 Suggestions · ⚠ " + flags, button(answer).get("label").asText());

        // when
        String click = discord.click(TRAINEE, discord.postedId(threadId, 2), button(answer).get("custom_id").asText());

        // then
        JsonNode reply = discord.response(click).body();
        assertEquals(4, reply.get("type").asInt(), "a message in answer to the click");
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt(), "visible to the clicker only");
        String panel = reply.get("data").get("content").asText();
        assertTrue(panel.contains(clientName() + " seems"), panel);
        turn1.suggestions().items().forEach(s -> assertTrue(panel.contains(s.text()), "suggestion: " + s.text()));
        turn1.analysis().flags().forEach(f -> assertTrue(panel.contains(f.why()), "flag: " + f.why()));
        assertTrue(discord.posted(threadId).stream().noneMatch(m -> m.path("content").asText()
                .contains(turn1.suggestions().items().get(0).text())), "no suggestion was posted in the thread");
    }

    @Test
    void a_quoted_reply_that_ends_with_a_full_stop_gets_no_second_one_in_the_coaching_or_the_feedback()
            throws Exception {
        // given: a flagged reply ending with a full stop, and the session ended
        String threadId = startSession();
        String advice = "Just study harder and make a timetable, you'll be fine.";
        discord.message(TRAINEE, threadId, advice);
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        JsonNode answer = discord.awaitButtons(discord.postedId(threadId, 2));
        discord.slashCommand(TRAINEE, threadId, "end", Map.of());
        FakeDiscord.Call debrief = discord.await("POST", "channels/" + threadId + "/messages",
                c -> c.body().path("embeds").size() > 0);

        // when
        String coaching = discord.click(TRAINEE, discord.postedId(threadId, 2), button(answer).get("custom_id").asText());
        discord.click(TRAINEE, discord.postedId(threadId, 3), button(debrief.body()).get("custom_id").asText());

        // then
        String panel = discord.response(coaching).body().path("data").path("content").asText();
        String feedback = discord.await("POST", "webhooks/" + FakeDiscord.BOT + "/.+",
                c -> c.body().path("content").asText().contains(advice)).body().path("content").asText();
        for (String text : List.of(panel, feedback)) {
            assertTrue(text.contains("“" + advice + "”"), text);
            assertFalse(text.contains("“" + advice + "”."), text);
        }
    }

    @Test
    void a_stranger_clicking_suggestions_is_told_whose_session_it_is_and_sees_nothing_else() throws Exception {
        // given
        String threadId = startSession();
        JsonNode opening = discord.posted(threadId).get(1);

        // when
        String click = discord.click(STRANGER, discord.postedId(threadId, 1), button(opening).get("custom_id").asText());

        // then
        JsonNode reply = discord.response(click).body();
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt());
        assertEquals("This is Robin's practice session.", reply.get("data").get("content").asText());
    }

    @Test
    void a_stranger_writing_in_a_private_thread_is_ignored() throws Exception {
        // given
        String threadId = startSession();

        // when
        discord.message(STRANGER, threadId, "hey what is this?");
        discord.message(TRAINEE, threadId, "I'm here. How are you feeling about the exams?");

        // then: the trainee's message is answered, the stranger's never was
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        Thread.sleep(300);
        assertEquals(3, discord.posted(threadId).size());
        assertEquals(1, discord.calls("POST", "channels/" + threadId + "/typing").size());
        assertEquals(1, session(threadId).lastActive().orElseThrow().turn());
    }

    @Test
    void a_rate_limited_reaction_is_retried_after_discords_retry_after() throws Exception {
        // given
        discord.rateLimitReactions(1);

        // when
        String threadId = startSession();

        // then
        String openingId = discord.postedId(threadId, 1);
        List<String> status = statusEmoji(session(threadId).lastActive().orElseThrow());
        String path = "channels/" + threadId + "/messages/" + openingId + "/reactions/" + status.get(0) + "/@me";
        discord.await("429 PUT", path, c -> true);
        awaitReactions(threadId, openingId, status);
    }

    @Test
    void an_unknown_scenario_is_refused_privately_and_opens_no_thread() throws Exception {
        // when
        String command = discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start", Map.of("scenario", "no-such-one"));

        // then
        JsonNode reply = discord.response(command).body();
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt());
        assertTrue(reply.get("data").get("content").asText().contains("`no-such-one`"));
        assertTrue(discord.calls("POST", "channels/\\d+/threads").isEmpty());
    }

    @Test
    void the_scenario_autocomplete_shows_title_and_difficulty() throws Exception {
        // when
        String interaction = discord.autocomplete(TRAINEE, "exam");

        // then
        JsonNode reply = discord.response(interaction).body();
        assertEquals(8, reply.get("type").asInt());
        JsonNode choice = reply.get("data").get("choices").get(0);
        var scenario = engine.engine().scenarios().find(SCENARIO).orElseThrow();
        assertEquals(scenario.title() + " · " + scenario.difficulty().id(), choice.get("name").asText());
        assertEquals(SCENARIO, choice.get("value").asText());
    }

    @Test
    void a_crisis_message_gets_this_servers_resources_split_cleanly_and_facilitators_a_link_only() throws Exception {
        // given
        String threadId = startSession();
        String secret = "this isn't practice, I really want to die tonight";

        // when
        String messageId = discord.message(TRAINEE, threadId, secret);

        // then
        List<FakeDiscord.Call> posts = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 4);
        Thread.sleep(300);
        List<String> crisis = discord.posted(threadId).stream().skip(2).map(m -> m.get("content").asText()).toList();
        assertTrue(guildCrisisText.length() > 2000);
        assertTrue(crisis.size() >= 2, "split into several messages");
        crisis.forEach(piece -> assertTrue(piece.length() <= 2000, "piece of " + piece.length()));
        String expected = "🛟 **Out of role — from Practicum, not from the practice client.**\n" + guildCrisisText
                + " Use `/practice resume` to continue, or `/practice end` to finish.";
        assertEquals(expected.replaceAll("\\s+", " "),
                String.join(" ", crisis).replaceAll("\\s+", " "), "nothing lost or cut mid-word");
        JsonNode alert = discord.await("POST", "channels/" + FakeDiscord.ALERTS + "/messages", c -> true).body();
        String alertText = alert.get("content").asText();
        assertTrue(alertText.contains(threadId + "/" + messageId), "links to the message: " + alertText);
        assertFalse(alertText.contains("want to die"), "never quotes it");
    }

    @Test
    void ending_posts_the_debrief_with_its_chart_and_the_feedback_goes_to_the_trainee_alone() throws Exception {
        // given
        String threadId = startSession();
        discord.message(TRAINEE, threadId, "Just study harder and make a timetable, you'll be fine.");
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);

        // when
        String end = discord.slashCommand(TRAINEE, threadId, "end", Map.of());

        // then
        assertEquals(EPHEMERAL, discord.response(end).body().path("data").path("flags").asInt());
        FakeDiscord.Call debrief = discord.await("POST", "channels/" + threadId + "/messages",
                c -> c.body().has("embeds") && c.body().get("embeds").size() > 0);
        JsonNode embed = debrief.body().get("embeds").get(0);
        assertTrue(embed.get("title").asText().startsWith("Debrief: "));
        assertEquals("attachment://emotion-chart.png", embed.get("image").get("url").asText());
        assertEquals(List.of("emotion-chart.png"), debrief.files());
        JsonNode feedbackButton = button(debrief.body());
        assertEquals("📋 My feedback", feedbackButton.get("label").asText());
        String flaggedWhy = session(threadId).turns().get(1).analysis().flags().get(0).why();
        assertFalse(debrief.body().toString().contains(flaggedWhy), "no feedback detail in the thread");

        // when someone else, then the trainee, asks for the feedback
        String debriefId = discord.postedId(threadId, 3);
        String strangerClick = discord.click(STRANGER, debriefId, feedbackButton.get("custom_id").asText());
        assertEquals("This is Robin's practice session.",
                discord.response(strangerClick).body().get("data").get("content").asText());
        String click = discord.click(TRAINEE, debriefId, feedbackButton.get("custom_id").asText());

        // then
        JsonNode deferred = discord.response(click).body();
        assertEquals(5, deferred.get("type").asInt());
        assertEquals(EPHEMERAL, deferred.get("data").get("flags").asInt());
        JsonNode feedback = discord.await("POST", "webhooks/" + FakeDiscord.BOT + "/.+",
                c -> c.body().path("content").asText().contains(flaggedWhy)).body();
        assertEquals(EPHEMERAL, feedback.get("flags").asInt());
    }

    @Test
    void after_a_restart_the_session_goes_on_in_the_same_thread_and_old_buttons_still_work() throws Exception {
        // given a session, then the bot and its engine restart on the same database
        String threadId = startSession();
        JsonNode opening = discord.posted(threadId).get(1);
        restart();

        // when
        discord.message(TRAINEE, threadId, "I'm listening. What's been going on with the exams?");
        String click = discord.click(TRAINEE, discord.postedId(threadId, 1), button(opening).get("custom_id").asText());

        // then
        JsonNode answer = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3).get(2).body();
        TurnRecord turn1 = session(threadId).lastActive().orElseThrow();
        assertEquals(1, turn1.turn());
        assertEquals(Texts.clientMessage(clientName(), turn1.client().text()), answer.get("content").asText());
        JsonNode panel = discord.response(click).body().get("data");
        assertEquals(EPHEMERAL, panel.get("flags").asInt());
        assertTrue(panel.get("content").asText().contains(clientName() + " seems"));
        assertEquals(1, discord.calls("POST", "channels/\\d+/threads").size(), "no new thread");
    }

    @Test
    void after_a_restart_the_next_client_message_takes_the_status_from_the_one_before_it() throws Exception {
        // given a reply answered with its status shown, then the bot and its engine restart on the same database
        String threadId = startSession();
        discord.message(TRAINEE, threadId, "That sounds like a lot of pressure. What's been weighing on you most?");
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        String beforeRestart = discord.postedId(threadId, 2);
        List<String> oldStatus = statusEmoji(session(threadId).lastActive().orElseThrow());
        awaitReactions(threadId, beforeRestart, oldStatus);
        restart();

        // when
        discord.message(TRAINEE, threadId, "It sounds like you're carrying a lot on your own right now.");

        // then the pre-restart message loses its status and only the new message shows one
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 4);
        String afterRestart = discord.postedId(threadId, 3);
        TurnRecord turn2 = session(threadId).lastActive().orElseThrow();
        assertEquals(2, turn2.turn());
        awaitReactions(threadId, afterRestart, statusEmoji(turn2));
        for (String emoji : oldStatus) {
            discord.await("DELETE", "channels/" + threadId + "/messages/" + beforeRestart + "/reactions/" + emoji
                    + "/@me", c -> true);
        }
        assertEquals(List.of(), discord.reactionsOn(beforeRestart));
        assertEquals(statusEmoji(turn2), discord.reactionsOn(afterRestart));
    }

    @Test
    void a_facilitators_group_session_is_public_and_only_trainees_who_joined_take_turns() throws Exception {
        // given
        FakeDiscord.Person facilitator = new FakeDiscord.Person("200000000000000003", "Fran", true);
        String denied = discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start",
                Map.of("scenario", SCENARIO, "group", true));
        assertTrue(discord.response(denied).body().get("data").get("content").asText().contains("Only facilitators"));

        // when
        discord.slashCommand(facilitator, FakeDiscord.CHANNEL, "start", Map.of("scenario", SCENARIO, "group", true));
        FakeDiscord.Call thread = discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        String threadId = discord.onlyThread();
        JsonNode card = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 2).get(0).body();
        discord.message(TRAINEE, threadId, "Hi, what's going on for you?");
        Thread.sleep(300);
        int beforeJoining = discord.posted(threadId).size();
        String join = discord.click(TRAINEE, discord.postedId(threadId, 0), button(card).get("custom_id").asText());
        assertEquals(EPHEMERAL, discord.response(join).body().get("data").get("flags").asInt());
        discord.message(TRAINEE, threadId, "I'm listening. What's been weighing on you?");

        // then
        assertEquals(11, thread.body().get("type").asInt(), "a public thread");
        assertEquals(2, beforeJoining, "an observer's message was not answered");
        discord.await("POST", "channels/" + threadId + "/messages", c -> c.body().path("content").asText()
                .contains("Robin joined"));
        String answerPath = discord.await("PATCH", "channels/" + threadId + "/messages/\\d+",
                c -> button(c.body()).path("custom_id").asText().endsWith(":1")).path();
        JsonNode answer = discord.current(answerPath.substring(answerPath.lastIndexOf('/') + 1));
        assertEquals(Texts.clientMessage(clientName(), session(threadId).lastActive().orElseThrow().client().text()),
                answer.get("content").asText());
    }

    @Test
    void start_up_says_clearly_when_the_message_content_intent_is_not_enabled() throws Exception {
        // given
        discord.closeNextIdentifyWith(4014);
        DiscordPlatform second = new DiscordPlatform(engine.context("test-token"), Map.of());

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, second::start);

        // then
        second.close();
        assertTrue(e.getMessage().contains("Message Content Intent"), e.getMessage());
    }

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(discord.settings());
        settings.put("PRACTICUM_FILES_CRISIS_RESOURCES", data.resolve("crisis.yaml").toString());
        return settings;
    }

    private String startSession() throws InterruptedException {
        return startSession(TRAINEE);
    }

    private void awaitReactions(String threadId, String messageId, List<String> emojis) throws InterruptedException {
        for (String emoji : emojis) {
            discord.await("PUT", "channels/" + threadId + "/messages/" + messageId + "/reactions/" + emoji + "/@me",
                    c -> true);
        }
    }

    static JsonNode button(JsonNode message) {
        return message.path("components").path(0).path("components").path(0);
    }
}
