package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.suggestion.Suggestion;

class SlackPracticeSessionTest extends RunningSlackApp {

    static final String TRAINEE = "UTRAINEE";
    static final String STRANGER = "USTRANGER";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.of("CFACILITATORS"), List.of());
    }

    @Test
    void starting_posts_the_card_in_the_channel_and_the_clients_opening_in_its_thread() throws Exception {
        // when
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);

        // then
        FakeSlackApi.Call opening = practicum.awaitClientLine(card, 1);
        TurnRecord turn0 = session(card).lastActive().orElseThrow();
        assertTrue(shows(opening.param("text"), turn0.client().text()), opening.param("text"));
        assertEquals(SlackHarness.CHANNEL, opening.param("channel"));
        List<String> expected = slackNames(turn0);
        for (String name : expected) {
            slack.await("reactions.add", c -> c.param("timestamp").equals(opening.ts()) && c.param("name").equals(name));
        }
    }

    @Test
    void suggestions_reach_only_the_trainee_ephemerally_in_the_thread_and_never_the_channel() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);

        // when
        practicum.say(TRAINEE, card, "That sounds like a lot to carry. What's weighing on you most?");

        // then
        practicum.awaitClientLine(card, 2);
        TurnRecord turn1 = session(card).lastActive().orElseThrow();
        String firstIdea = turn1.suggestions().items().get(0).text();
        FakeSlackApi.Call panel = slack.await("chat.postEphemeral", c -> shows(c.param("blocks"), firstIdea));
        assertEquals(TRAINEE, panel.param("user"));
        assertEquals(card, panel.param("thread_ts"));
        assertTrue(panel.param("blocks").contains("Try again") && panel.param("blocks").contains("End session"));
        for (Suggestion s : turn1.suggestions().items()) {
            assertTrue(shows(panel.param("blocks"), s.text()), "panel lacks " + s.text());
        }
        for (FakeSlackApi.Call post : slack.calls("chat.postMessage")) {
            assertFalse(shows(post.visible(), firstIdea), "a suggestion was posted publicly: " + post);
        }
    }

    @Test
    void the_status_reactions_move_to_the_clients_latest_message() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        FakeSlackApi.Call first = practicum.awaitClientLine(card, 1);
        List<String> before = slackNames(session(card).lastActive().orElseThrow());

        // when
        practicum.say(TRAINEE, card, "You should just make a study timetable and stop worrying.");

        // then
        FakeSlackApi.Call second = practicum.awaitClientLine(card, 2);
        for (String name : slackNames(session(card).lastActive().orElseThrow())) {
            slack.await("reactions.add", c -> c.param("timestamp").equals(second.ts()) && c.param("name").equals(name));
        }
        for (String name : before) {
            slack.await("reactions.remove", c -> c.param("timestamp").equals(first.ts()) && c.param("name").equals(name));
        }
    }

    @Test
    void a_stranger_posting_in_the_thread_is_told_privately_and_the_client_stays_silent() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);

        // when
        practicum.say(STRANGER, card, "Can I have a go too?");

        // then
        FakeSlackApi.Call note = slack.await("chat.postEphemeral", c -> c.param("user").equals(STRANGER));
        assertTrue(note.param("text").contains(Mrkdwn.mention(TRAINEE)), note.param("text"));
        FakeSlackApi.settle();
        assertEquals(1, practicum.clientLines(card).size());
        assertEquals(0, session(card).lastActive().orElseThrow().turn());
    }

    @Test
    void try_again_takes_back_the_reply_and_puts_the_status_back_on_the_earlier_message() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        FakeSlackApi.Call first = practicum.awaitClientLine(card, 1);
        practicum.say(TRAINEE, card, "Have you tried just studying harder?");
        FakeSlackApi.Call second = practicum.awaitClientLine(card, 2);
        String id = session(card).id();

        // when
        practicum.click(TRAINEE, "1700000999.000001", ActionIds.RETRY, id);

        // then
        slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card) && c.param("text").contains("took back"));
        assertEquals(0, session(card).lastActive().orElseThrow().turn());
        for (String name : slackNames(session(card).lastActive().orElseThrow())) {
            slack.await("reactions.add", c -> c.param("timestamp").equals(first.ts()) && c.param("name").equals(name));
        }
        slack.await("reactions.remove", c -> c.param("timestamp").equals(second.ts()));
        assertEquals(2, practicum.clientLines(card).size(), "the earlier line is not posted again");
    }

    @Test
    void ending_posts_the_debrief_and_chart_in_the_thread_and_the_detailed_flags_to_the_trainee_only() throws Exception {
        // given
        String card = practicum.sessionAfterOneReply(TRAINEE, "You should just make a study timetable.");

        // when: the End button on the card
        practicum.click(TRAINEE, card, ActionIds.END, "");

        // then
        FakeSlackApi.Call debrief = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                && c.param("blocks").contains("Debrief"));
        assertTrue(debrief.param("blocks").contains("Replies:"), debrief.param("blocks"));
        FakeSlackApi.Call upload = slack.await("files.completeUploadExternal", c -> true);
        assertEquals(card, upload.param("thread_ts"));
        assertEquals(SlackHarness.CHANNEL, upload.param("channel_id"));
        assertTrue(slack.uploadedSizes().get(0) > 1000, "a PNG chart was uploaded");
        FakeSlackApi.Call flags = slack.await("chat.postEphemeral", SlackHarness::isFeedback);
        assertEquals(TRAINEE, flags.param("user"));
        assertTrue(flags.param("blocks").contains("study timetable"), "the trainee's own words are quoted to them");
        for (FakeSlackApi.Call post : slack.calls("chat.postMessage")) {
            assertFalse(SlackHarness.isFeedback(post) || post.visible().contains("study timetable"), post.toString());
        }
    }

    @Test
    void a_crisis_message_gets_the_workspaces_resources_privately_and_facilitators_only_a_link() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);

        // when
        practicum.say(TRAINEE, card, "Sorry, this isn't practice any more. I actually want to die.");

        // then
        FakeSlackApi.Call resources = slack.await("chat.postEphemeral",
                c -> c.visible().contains(TestEngine.TEAM_CRISIS_TEXT));
        assertEquals(TRAINEE, resources.param("user"));
        FakeSlackApi.Call permalink = slack.await("chat.getPermalink", c -> true);
        FakeSlackApi.Call alert = slack.await("chat.postMessage", c -> c.param("channel").equals("CFACILITATORS"));
        assertTrue(alert.param("text").contains("https://practice.example/archives/" + SlackHarness.CHANNEL + "/p"
                + permalink.param("message_ts").replace(".", "")), alert.param("text"));
        assertFalse(alert.visible().contains("want to die"), "the alert never carries the message");
        slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card) && c.param("text").contains("paused"));
        FakeSlackApi.settle();
        assertEquals(1, practicum.clientLines(card).size(), "the client does not answer a real crisis");
    }

    @Test
    void resume_after_a_pause_shows_the_trainee_where_they_were() throws Exception {
        // given
        String card = pausedSession();

        // when
        practicum.click(TRAINEE, "1700000999.000002", ActionIds.RESUME, session(card).id());

        // then
        slack.await("chat.postEphemeral", c -> c.param("user").equals(TRAINEE) && c.param("blocks").contains("Resumed"));
        practicum.say(TRAINEE, card, "Thank you for telling me that. What has this week been like?");
        practicum.awaitClientLine(card, 2);
    }

    @Test
    void a_message_in_a_paused_thread_is_answered_with_the_buttons_to_press_not_a_slash_command() throws Exception {
        // given
        String card = pausedSession();

        // when
        practicum.say(TRAINEE, card, "hello?");

        // then
        FakeSlackApi.Call answer = slack.await("chat.postEphemeral", c -> c.param("user").equals(TRAINEE)
                && c.visible().contains("This session is paused."));
        assertTrue(answer.visible().contains("Press *Resume practice* to continue, or *End session* to finish."),
                answer.visible());
        assertFalse(answer.visible().contains("/resume") || answer.visible().contains("/end"), answer.visible());
    }

    /** The trainee's session, paused for the crisis resources after the opening; returns the card's ts. */
    private String pausedSession() throws Exception {
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        practicum.say(TRAINEE, card, "This isn't practice, I'm really not okay and I need help.");
        slack.await("chat.postMessage", c -> c.param("text").contains("paused"));
        return card;
    }

    @Test
    void only_facilitators_start_group_sessions_and_enrolled_trainees_take_turns() throws Exception {
        // given: a workspace admin facilitates; two trainees join
        slack.makeAdmin("UADMIN");
        practicum.run(practicum.requests.command("UNOBODY", SlackHarness.CHANNEL, "start exam-stress group"));
        slack.await("response_url", c -> c.param("text").contains("Only facilitators"));
        String card = practicum.startSession("UADMIN", SlackHarness.SCENARIO + " group");
        practicum.awaitClientLine(card, 1);
        practicum.click("UA", card, ActionIds.JOIN, "");
        practicum.click("UB", card, ActionIds.JOIN, "");
        slack.await("chat.postMessage", c -> c.param("text").contains(Mrkdwn.mention("UB") + " joined"));

        // when
        practicum.say("UA", card, "It sounds like exams are weighing on you.");
        practicum.awaitClientLine(card, 2);
        practicum.say("UA", card, "Tell me more?");
        FakeSlackApi.Call refusal = slack.await("chat.postEphemeral", c -> c.param("user").equals("UA")
                && c.param("text").contains("last turn"));
        practicum.say("UB", card, "What feels hardest right now?");

        // then
        practicum.awaitClientLine(card, 3);
        assertEquals(card, refusal.param("thread_ts"));
        slack.await("chat.postEphemeral", c -> c.param("user").equals("UB") && c.param("blocks").contains("Try again"));
    }

    @Test
    void the_scenarios_subcommand_and_help_answer_privately_in_the_acknowledgement() throws Exception {
        // when
        var list = practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "scenarios"));
        var help = practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "help"));

        // then
        for (var scenario : practicum.engine.engine().scenarios().all()) {
            assertTrue(list.getBody().contains("`" + scenario.id() + "`"), scenario.id());
        }
        assertTrue(help.getBody().contains("/practice start"));
        assertTrue(slack.calls("chat.postMessage").isEmpty(), "nothing was posted in the channel");
    }

    @Test
    void start_without_a_scenario_offers_a_picker_and_picking_starts_a_session() throws Exception {
        // when
        var ack = practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "start"));
        String payload = SignedRequests.blockActionJson(TRAINEE, SlackHarness.CHANNEL, "1700000999.000003",
                ActionIds.PICK_SCENARIO, "", slack.responseUrl())
                .replace("\"value\":\"\"", "\"selected_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                        + "\"value\":\"" + SlackHarness.SCENARIO + "\"}");
        String body = "payload=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
        practicum.run(new com.slack.api.bolt.request.builtin.BlockActionRequest(body, payload,
                practicum.requests.headers(body, java.time.Instant.now())));

        // then
        assertTrue(ack.getBody().contains(ActionIds.PICK_SCENARIO) && ack.getBody().contains("static_select"));
        slack.await("chat.postMessage", c -> c.visible().contains(practicum.scenario().title()));
    }

    @Test
    void practice_end_in_the_channel_ends_the_callers_open_session() throws Exception {
        // given
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);

        // when
        var ack = practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));

        // then the caller is told in the channel what happens (a slash command's answer is theirs alone)
        assertEquals(200, ack.getStatusCode());
        assertTrue(ack.getBody().contains("Ending your practice session") && shows(ack.getBody(),
                practicum.scenario().title()) && ack.getBody().contains("link to the debrief"), ack.getBody());
        slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card) && c.param("blocks").contains("Debrief"));
        var again = practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));
        assertTrue(again.getBody().contains("no open session"));
    }

    private Session session(String card) {
        return practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow();
    }

    private List<String> slackNames(TurnRecord turn) {
        return practicum.engine.emoji().reactionsFor(turn.client().emotion(), turn.client().trend()).stream()
                .map(EmojiMap.Reaction::slack).toList();
    }

    /** Whether a text is in what Slack received, whatever the escaping (mrkdwn entities, JSON \\u escapes). */
    static boolean shows(String received, String text) {
        return letters(received).contains(letters(text));
    }

    private static String letters(String text) {
        return text.replace("\\u0027", "'").replace("&amp;", "&").replaceAll("[^A-Za-z0-9]+", " ").strip();
    }
}
