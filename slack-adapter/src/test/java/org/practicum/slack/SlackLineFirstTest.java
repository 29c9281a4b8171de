package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.presentation.Coaching;
import org.practicum.core.storage.Database;
import org.practicum.core.testing.Fixtures;
import org.practicum.core.testing.HeldSuggestions;

/**
 * The client's line reaches the thread while the coaching is still being made (a model writing the
 * suggestions); the trainee's private panel follows it.
 */
class SlackLineFirstTest {

    static final String TRAINEE = "UTRAINEE";

    @TempDir
    Path dir;
    FakeSlackApi slack;
    SlackHarness practicum;
    HeldSuggestions suggestions;

    @BeforeEach
    void startApp() throws Exception {
        slack = new FakeSlackApi();
        suggestions = new HeldSuggestions(Fixtures.offlineRoles().suggestions());
        TestEngine engine = TestEngine.open(dir, Database.embedded(dir), suggestions);
        practicum = new SlackHarness(engine, slack, SlackHarness.settings(slack, Optional.empty(), List.of()));
    }

    @AfterEach
    void stopApp() {
        suggestions.release();
        practicum.close();
        slack.close();
    }

    @Test
    void the_clients_line_is_posted_before_the_suggestions_exist_and_the_panel_after_it() throws Exception {
        // given a session whose suggestions for replies are held back
        String card = practicum.startSession(TRAINEE, SlackHarness.SCENARIO);
        practicum.awaitClientLine(card, 1);
        slack.await("chat.postEphemeral", c -> c.param("user").equals(TRAINEE));
        int panelsBefore = slack.calls("chat.postEphemeral").size();

        // when the trainee replies
        practicum.say(TRAINEE, card, "That sounds like a lot to carry. What's weighing on you most?");

        // then the client's line is in the thread while the suggestions are still held, and no panel yet
        FakeSlackApi.Call line = practicum.awaitClientLine(card, 2);
        assertEquals(panelsBefore, slack.calls("chat.postEphemeral").size(), "no panel before the suggestions");
        // and once they are made, the panel with them follows the line
        suggestions.release();
        slack.await("chat.postEphemeral", c -> slack.calls("chat.postEphemeral").size() > panelsBefore);
        FakeSlackApi.Call panel = slack.calls("chat.postEphemeral").get(panelsBefore);
        assertEquals(TRAINEE, panel.param("user"));
        assertTrue(panel.param("blocks").contains(Coaching.IDEAS), panel.params().toString());
        List<FakeSlackApi.Call> calls = slack.calls();
        assertTrue(calls.indexOf(line) < calls.indexOf(panel), "the line before the panel");
        assertFalse(suggestions.gaveUp(), "the suggestions waited for nothing");
    }
}
