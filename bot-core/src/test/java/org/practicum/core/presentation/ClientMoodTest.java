package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;

class ClientMoodTest {

    @Test
    void a_strong_fear_that_got_worse_reads_as_very_anxious_or_afraid_and_worse() {
        ClientMood mood = ClientMood.of("Maya", Emotion.of(EmotionCategory.FEAR, 0.8), Trend.WORSE);

        assertEquals("Maya seems very anxious or afraid, and worse than a moment ago.", mood.sentence());
    }

    @Test
    void a_slight_feeling_is_a_little_and_an_unchanged_one_says_nothing_of_change() {
        ClientMood mood = ClientMood.of("Maya", Emotion.of(EmotionCategory.SADNESS, 0.2), Trend.SAME);

        assertEquals("Maya seems a little sad.", mood.sentence());
    }

    @Test
    void a_moderate_feeling_has_no_strength_word_and_a_platform_can_mark_the_feeling_up() {
        ClientMood mood = ClientMood.of("Maya", Emotion.of(EmotionCategory.NEUTRAL, 0.5), Trend.BETTER);

        assertEquals("Maya seems **guarded**, and a little better than a moment ago.",
                mood.sentence(s -> "**" + s + "**"));
    }

    @Test
    void sadder_for_what_was_just_told_says_it_is_trust_not_harm() {
        ClientMood mood = ClientMood.of("Nour", Emotion.of(EmotionCategory.SADNESS, 0.7), Trend.OPENED_UP);

        assertEquals("Nour seems very sad, and heavier for what was just told: that is trust, not harm.",
                mood.sentence());
    }
}
