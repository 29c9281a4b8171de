package org.practicum.core.emotion;

import java.util.Locale;

/** The seed system's seven categories (Ekman's six plus neutral). */
public enum EmotionCategory {
    ANGER(-0.6, 0.7),
    DISGUST(-0.6, 0.3),
    FEAR(-0.6, 0.6),
    HAPPINESS(0.7, 0.3),
    NEUTRAL(0.0, -0.2),
    SADNESS(-0.7, -0.4),
    SURPRISE(0.1, 0.6);

    private final double typicalValence;
    private final double typicalArousal;

    EmotionCategory(double typicalValence, double typicalArousal) {
        this.typicalValence = typicalValence;
        this.typicalArousal = typicalArousal;
    }

    /** Valence of a full-intensity instance, in [-1, 1] (Russell's circumplex placement). */
    public double typicalValence() {
        return typicalValence;
    }

    /** Arousal of a full-intensity instance, in [-1, 1]. */
    public double typicalArousal() {
        return typicalArousal;
    }

    /** The lowercase name used in config, JSON and on screen. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lowercase name; "joy" is accepted for happiness (GoEmotions' label). */
    public static EmotionCategory parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("joy")) {
            return HAPPINESS;
        }
        for (EmotionCategory c : values()) {
            if (c.id().equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown emotion '" + name
                + "' (expected one of anger, disgust, fear, happiness, neutral, sadness, surprise)");
    }
}
