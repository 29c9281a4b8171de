package org.practicum.core.emotion;

import java.util.Objects;

/**
 * The client's emotional state at one turn: a category, valence and arousal in [-1, 1], and an
 * intensity in [0, 1].
 */
public record Emotion(EmotionCategory category, double valence, double arousal, double intensity) {

    public Emotion {
        Objects.requireNonNull(category, "category");
        requireRange("valence", valence, -1, 1);
        requireRange("arousal", arousal, -1, 1);
        requireRange("intensity", intensity, 0, 1);
    }

    /** The category at the given intensity, placed on the circumplex by its typical coordinates. */
    public static Emotion of(EmotionCategory category, double intensity) {
        double i = clamp(intensity, 0, 1);
        double scale = 0.4 + 0.6 * i;
        return new Emotion(category,
                round(clamp(category.typicalValence() * scale, -1, 1)),
                round(clamp(category.typicalArousal() * scale, -1, 1)),
                round(i));
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void requireRange(String name, double v, double lo, double hi) {
        if (Double.isNaN(v) || v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be within [" + lo + ", " + hi + "], was " + v);
        }
    }
}
