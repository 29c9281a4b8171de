package org.practicum.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionReading;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/** The emotion shown follows the person's mood and a line's own words, not a "neutral" tag (issue 13, item 7). */
class MoodModelTest {

    static final Scenario BURDEN = Fixtures.scenario("advanced-burden");
    static final Mood LOW = new Mood(-0.5, -0.2);
    static final ClientDirective DEFLECT = ClientDirective.of(ClientMove.DEFLECT, 1, List.of());

    /** After a glad line ("Mark's been amazing"), with the person low underneath. */
    static ClientState afterGladLine() {
        return new ClientState(0.5, 2, 1, Phase.EXPLORATION, Emotion.of(EmotionCategory.HAPPINESS, 0.4), 0, 0,
                Set.of(), Set.of(), null, 0, 0, false, false).toBuilder().mood(LOW).build();
    }

    @Test
    void a_line_tagged_neutral_does_not_pull_a_low_mood_up_nor_take_the_last_lines_happiness() {
        Emotion shown = new MoodModel(null).shown(LOW, Utterance.of("Oh, they're fine. It's me, not them",
                EmotionCategory.NEUTRAL), DEFLECT, afterGladLine(), BURDEN);

        assertTrue(shown.valence() <= LOW.valence() + 0.01, "valence " + shown.valence());
        assertNotEquals(EmotionCategory.HAPPINESS, shown.category());
        assertEquals(BURDEN.layer(1).emotion(), shown.category());
    }

    @Test
    void a_warm_line_said_from_a_low_mood_shows_guarded_not_glad() {
        Emotion shown = new MoodModel(null).shown(LOW, Utterance.of("My husband Mark's been amazing",
                EmotionCategory.HAPPINESS), DEFLECT, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.NEUTRAL, shown.category());
        assertTrue(shown.valence() < 0, "valence " + shown.valence());
    }

    @Test
    void going_along_with_advice_cheerfully_shows_guarded_and_no_brighter_than_the_mood() {
        Mood flat = new Mood(-0.1, 0);
        ClientDirective withdraw = ClientDirective.of(ClientMove.WITHDRAW, 0, List.of());
        Emotion shown = new MoodModel(null).shown(flat, Utterance.of("Haha yeah, I'm probably being silly",
                EmotionCategory.HAPPINESS), withdraw, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.NEUTRAL, shown.category());
        assertTrue(shown.valence() <= flat.valence() + 0.01, "valence " + shown.valence());
    }

    @Test
    void the_words_of_a_neutral_line_show_sadness_or_fear_but_never_brighten_it() {
        MoodModel sadWords = new MoodModel(text -> new EmotionReading(EmotionCategory.SADNESS, 0.8, -0.7, -0.4));
        MoodModel gladWords = new MoodModel(text -> new EmotionReading(EmotionCategory.HAPPINESS, 0.9, 0.7, 0.3));
        Utterance line = Utterance.of("Mark didn't sign up for this", EmotionCategory.NEUTRAL);

        Emotion sad = sadWords.shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);
        Emotion glad = gladWords.shown(LOW, line, DEFLECT, afterGladLine(), BURDEN);

        assertEquals(EmotionCategory.SADNESS, sad.category());
        assertNotEquals(EmotionCategory.HAPPINESS, glad.category());
        assertTrue(glad.valence() <= LOW.valence() + 0.01, "valence " + glad.valence());
    }
}
