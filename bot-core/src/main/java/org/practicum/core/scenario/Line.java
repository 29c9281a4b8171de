package org.practicum.core.scenario;

import java.util.Objects;
import org.practicum.core.emotion.EmotionCategory;

/** One authored client line and the emotion it expresses. */
public record Line(String text, EmotionCategory emotion) {
    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emotion, "emotion");
    }
}
