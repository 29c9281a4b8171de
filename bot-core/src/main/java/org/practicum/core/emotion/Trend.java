package org.practicum.core.emotion;

/** Whether the client feels better or worse than at their previous message. */
public enum Trend {
    BETTER, SAME, WORSE;

    /** Changes of valence smaller than this are noise, not a trend. */
    private static final double THRESHOLD = 0.1;

    public static Trend between(Emotion previous, Emotion current) {
        if (previous == null) {
            return SAME;
        }
        double delta = current.valence() - previous.valence();
        if (delta > THRESHOLD) {
            return BETTER;
        }
        return delta < -THRESHOLD ? WORSE : SAME;
    }
}
