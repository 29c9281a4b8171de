package org.practicum.core.emotion;

import java.util.Locale;

/**
 * Whether the client feels better or worse than at their previous message. {@link #OPENED_UP} is sadder for
 * what they have just told a trainee who listened: the weight of saying it, which took trust, not harm done.
 */
public enum Trend {
    BETTER, SAME, WORSE, OPENED_UP;

    /** Changes of valence smaller than this are noise, not a trend. */
    private static final double THRESHOLD = 0.1;

    /** The lowercase name used in JSON and the debrief ("opened_up"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

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
