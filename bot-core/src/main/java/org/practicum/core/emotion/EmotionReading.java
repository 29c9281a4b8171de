package org.practicum.core.emotion;

import java.util.Objects;

/** What a classifier reads in a text: the likeliest category, its confidence, and valence/arousal. */
public record EmotionReading(EmotionCategory category, double confidence, double valence, double arousal) {
    public EmotionReading {
        Objects.requireNonNull(category, "category");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
    }
}
