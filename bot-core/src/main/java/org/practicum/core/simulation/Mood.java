package org.practicum.core.simulation;

import org.practicum.core.emotion.Emotion;

/**
 * How the person feels underneath what they say, valence and arousal in [-1, 1]: it moves with trust,
 * ruptures, repairs and what they have just disclosed, and each line they say is tinted by it, so the
 * emotion shown changes when the person's state does and does not flicker with every line's tag.
 */
public record Mood(double valence, double arousal) {

    public Mood {
        valence = clamp(valence);
        arousal = clamp(arousal);
    }

    /** The mood an emotion shows (a neutral, slightly low start when there is none). */
    public static Mood of(Emotion emotion) {
        return emotion == null ? new Mood(-0.3, 0) : new Mood(emotion.valence(), emotion.arousal());
    }

    /** This mood moved {@code share} of the way towards {@code target}. */
    public Mood towards(Mood target, double share) {
        return new Mood(valence + share * (target.valence - valence), arousal + share * (target.arousal - arousal));
    }

    public Mood shifted(double dValence, double dArousal) {
        return new Mood(valence + dValence, arousal + dArousal);
    }

    private static double clamp(double v) {
        return Math.round(Math.max(-1, Math.min(1, v)) * 100) / 100.0;
    }
}
