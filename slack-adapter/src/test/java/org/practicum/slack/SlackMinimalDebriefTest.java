package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.presentation.PublicDebrief;

/** {@code debrief.public: minimal} on Slack: the thread learns only that the session ended. */
class SlackMinimalDebriefTest extends RunningSlackApp {

    static final String TRAINEE = "UTRAINEE";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(), PublicDebrief.MINIMAL);
    }

    @Test
    void the_thread_is_told_only_that_the_session_ended_and_the_figures_and_chart_go_to_the_trainee_alone()
            throws Exception {
        // given
        String card = practicum.sessionAfterOneReply(TRAINEE, "You should just make a study timetable.");

        // when
        practicum.click(TRAINEE, card, ActionIds.END, "");

        // then
        FakeSlackApi.Call ended = slack.await("chat.postMessage", c -> c.param("thread_ts").equals(card)
                && c.visible().contains(PublicDebrief.ENDED));
        FakeSlackApi.Call figures = slack.await("chat.postEphemeral", c -> c.visible().contains("Trust"));
        assertEquals(TRAINEE, figures.param("user"));
        assertTrue(figures.visible().contains("Notes on replies"), figures.visible());
        FakeSlackApi.Call chart = slack.await("files.completeUploadExternal", c -> true);
        assertEquals(FakeSlackApi.dmChannel(TRAINEE), chart.param("channel_id"));
        slack.await("chat.postEphemeral", SlackHarness::isFeedback);
        FakeSlackApi.settle();
        for (FakeSlackApi.Call post : slack.calls("chat.postMessage")) {
            if (post.param("thread_ts").equals(card) && !post.param("text").startsWith("*" + practicum.clientName())) {
                assertFalse(post.visible().contains("Trust") || post.visible().contains("Notes on replies"),
                        post.visible());
            }
        }
        assertTrue(slack.calls("files.completeUploadExternal").stream()
                .noneMatch(c -> c.param("channel_id").equals(SlackHarness.CHANNEL)), "no chart in the channel");
        assertFalse(ended.visible().contains("Replies"), ended.visible());
    }
}
