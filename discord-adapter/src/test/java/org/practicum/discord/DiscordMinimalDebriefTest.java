package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.presentation.PublicDebrief;

/** {@code debrief.public: minimal} on Discord: the thread learns only that the session ended. */
class DiscordMinimalDebriefTest extends RunningBot {

    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000001", "Robin", false);
    static final int EPHEMERAL = 64;

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(discord.settings());
        settings.put("PRACTICUM_DEBRIEF_PUBLIC", "minimal");
        return settings;
    }

    @Test
    void the_thread_is_told_only_that_the_session_ended_and_the_figures_and_chart_come_with_my_feedback()
            throws Exception {
        // given
        String threadId = startSession(TRAINEE);
        discord.message(TRAINEE, threadId, "Just study harder and make a timetable, you'll be fine.");
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);

        // when
        discord.slashCommand(TRAINEE, threadId, "end", Map.of());
        FakeDiscord.Call ended = discord.await("POST", "channels/" + threadId + "/messages",
                c -> c.body().path("content").asText().contains(PublicDebrief.ENDED));
        String click = discord.click(TRAINEE, discord.postedId(threadId, 3),
                DiscordPracticeEndToEndTest.button(ended.body()).get("custom_id").asText());

        // then
        assertEquals(0, ended.body().path("embeds").size(), "no figures in the thread");
        assertEquals(List.of(), ended.files(), "no chart in the thread");
        assertEquals(EPHEMERAL, discord.response(click).body().path("data").path("flags").asInt());
        FakeDiscord.Call figures = discord.await("POST", "webhooks/" + FakeDiscord.BOT + "/.+",
                c -> c.body().path("embeds").size() > 0);
        JsonNode embed = figures.body().path("embeds").get(0);
        assertEquals(EPHEMERAL, figures.body().path("flags").asInt());
        assertTrue(embed.toString().contains("Trust") && embed.toString().contains("Notes on replies"), embed.toString());
        assertEquals(List.of("emotion-chart.png"), figures.files());
        assertFalse(embed.path("footer").path("text").asText().contains("Press"), "the footer points at nothing");
    }
}
