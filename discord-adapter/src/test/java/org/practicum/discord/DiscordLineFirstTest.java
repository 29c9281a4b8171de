package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.testing.Fixtures;
import org.practicum.core.testing.HeldSuggestions;

/**
 * The client's line reaches the thread while the coaching is still being made (a model writing the
 * suggestions); its suggestions button, which answers the trainee privately, is added once it exists.
 */
class DiscordLineFirstTest extends RunningBot {

    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000001", "Robin", false);
    static final int EPHEMERAL = 64;

    private final HeldSuggestions held = new HeldSuggestions(Fixtures.offlineRoles().suggestions());

    @Override
    SuggestionEngine suggestions() {
        return held;
    }

    @AfterEach
    void letGo() {
        held.release();
    }

    @Test
    void the_clients_line_is_posted_before_the_suggestions_exist_and_the_button_to_them_after_it() throws Exception {
        // given a session whose suggestions for replies are held back
        String threadId = startSession(TRAINEE);

        // when the trainee replies
        discord.message(TRAINEE, threadId, "Just study harder and make a timetable, you'll be fine.");

        // then the client's line is in the thread while the suggestions are still held, with no button yet
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        String lineId = discord.postedId(threadId, 2);
        assertTrue(discord.current(lineId).path("components").isEmpty(), discord.current(lineId).toString());
        assertEquals(List.of(), discord.calls("PATCH", "channels/" + threadId + "/messages/" + lineId));
        // and once they are made, the button comes under the line and answers with them privately
        held.release();
        JsonNode line = discord.awaitButtons(lineId);
        JsonNode button = DiscordPracticeEndToEndTest.button(line);
        var turn1 = session(threadId).lastActive().orElseThrow();
        assertEquals("💡 Suggestions · ⚠ " + turn1.analysis().flags().size(), button.get("label").asText());
        String click = discord.click(TRAINEE, lineId, button.get("custom_id").asText());
        JsonNode reply = discord.response(click).body();
        assertEquals(EPHEMERAL, reply.get("data").get("flags").asInt(), "visible to the trainee only");
        String panel = reply.get("data").get("content").asText();
        turn1.suggestions().items().forEach(s -> assertTrue(panel.contains(s.text()), "suggestion: " + s.text()));
        assertFalse(held.gaveUp(), "the suggestions waited for nothing");
    }
}
