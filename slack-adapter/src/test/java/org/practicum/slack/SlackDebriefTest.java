package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the debrief says on Slack, through Bolt against the loopback Web API. */
class SlackDebriefTest extends RunningSlackApp {

    static final String TRAINEE = "UTRAINEE";
    static final String REFLECTION = "It sounds like a lot is resting on these exams.";

    @Test
    void the_debrief_of_a_session_with_one_reply_counts_one_reply() throws Exception {
        // given
        String card = practicum.sessionAfterOneReply(TRAINEE, REFLECTION);

        // when
        practicum.click(TRAINEE, card, ActionIds.END, "");

        // then
        FakeSlackApi.Call debrief = awaitDebrief(card);
        assertTrue(debrief.param("text").endsWith(". 1 reply."), debrief.param("text"));
    }

    @Test
    void a_trainee_whose_replies_raised_no_flag_is_sent_no_empty_private_notes() throws Exception {
        // given
        String card = practicum.sessionAfterOneReply(TRAINEE, REFLECTION);

        // when
        practicum.click(TRAINEE, card, ActionIds.END, "");

        // then
        FakeSlackApi.Call debrief = awaitDebrief(card);
        FakeSlackApi.settle();
        List<String> afterIt = slack.calls("chat.postEphemeral").stream()
                .filter(c -> c.param("user").equals(TRAINEE) && !c.at().isBefore(debrief.at()))
                .map(c -> c.param("text")).toList();
        assertEquals(List.of(), afterIt);
    }

    @Test
    void ending_with_the_slash_command_turns_the_card_into_one_that_says_so_links_the_debrief_and_has_no_buttons()
            throws Exception {
        // given
        String card = practicum.sessionAfterOneReply(TRAINEE, REFLECTION);

        // when
        practicum.run(practicum.requests.command(TRAINEE, SlackHarness.CHANNEL, "end"));

        // then
        FakeSlackApi.Call debrief = awaitDebrief(card);
        FakeSlackApi.Call updated = slack.await("chat.update", c -> c.param("ts").equals(card));
        assertEquals(SlackHarness.CHANNEL, updated.param("channel"));
        assertTrue(updated.visible().contains("This session has ended."), updated.visible());
        assertTrue(updated.visible().contains("https://practice.example/archives/" + SlackHarness.CHANNEL + "/p"
                + debrief.ts().replace(".", "")), updated.visible());
        assertFalse(updated.param("blocks").contains(ActionIds.END), updated.param("blocks"));
    }

    private FakeSlackApi.Call awaitDebrief(String card) {
        return slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                && c.param("blocks").contains("Debrief"));
    }
}
