package org.practicum.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/** Blind role-play (t1): "Anyway, what are you doing this weekend?" got "anyway" back, which reads as an echo. */
class NoEchoTest {

    private static final Scenario SCENARIO = Fixtures.scenario("advanced-night-shift");
    private static final ClientState STATE = new ClientState(0.3, 1, 0, Phase.EXPLORATION,
            Emotion.of(EmotionCategory.NEUTRAL, 0.3), 0, 0, Set.of(), Set.of(), null, 0, 0, false, false);

    private static String said(String trainee, List<Line> candidates) {
        ClientDirective quiet = ClientDirective.of(ClientMove.GO_QUIET, 0, candidates);
        return new ScriptedClientSimulator(null).speak(quiet, new SpeechContext("s", SCENARIO, STATE, null, trainee,
                List.of(), 3, 1)).text();
    }

    @Test
    void a_reaction_that_only_repeats_the_trainees_words_gives_way_to_another() {
        List<Line> lines = List.of(new Line("anyway", EmotionCategory.NEUTRAL),
                new Line("forget it. long shift", EmotionCategory.NEUTRAL));

        assertNotEquals("anyway", said("Anyway, what are you doing this weekend?", lines));
    }

    @Test
    void the_only_line_there_is_is_still_said() {
        assertEquals("anyway", said("Anyway, what are you doing this weekend?",
                List.of(new Line("anyway", EmotionCategory.NEUTRAL))));
    }
}
