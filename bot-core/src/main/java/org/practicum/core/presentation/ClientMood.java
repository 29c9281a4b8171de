package org.practicum.core.presentation;

import java.util.function.UnaryOperator;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;

/**
 * How the client seems, for the trainee's private coaching: "Maya seems very anxious or afraid, and
 * worse than a moment ago."
 *
 * @param client  the client's first name
 * @param feeling the feeling with its strength ("very anxious or afraid")
 * @param change  how it moved since their previous message, empty when it did not
 */
public record ClientMood(String client, String feeling, String change) {

    /** From this strength of emotion up it is "very …"; below {@link #SLIGHT} it is "a little …". */
    static final double STRONG = 0.67;
    static final double SLIGHT = 0.34;

    public static ClientMood of(String client, Emotion emotion, Trend trend) {
        String strength = emotion.intensity() >= STRONG ? "very " : emotion.intensity() < SLIGHT ? "a little " : "";
        // Both words where the classifier cannot tell them apart: the trainee has two readings to check.
        String feeling = switch (emotion.category()) {
            case SADNESS -> "sad";
            case FEAR -> "anxious or afraid";
            case ANGER -> "angry";
            case DISGUST -> "put off";
            case HAPPINESS -> "relieved or glad";
            case SURPRISE -> "surprised";
            case NEUTRAL -> "guarded";
        };
        return new ClientMood(client, strength + feeling, change(trend));
    }

    /** The trend in words: "a little better than a moment ago", "worse than a moment ago", … or empty. */
    public static String change(Trend trend) {
        return switch (trend) {
            case BETTER -> "a little better than a moment ago";
            case WORSE -> "worse than a moment ago";
            // Sadder while trust rose: the trainee must not read the weight of a disclosure as harm done.
            case OPENED_UP -> "heavier for what was just told: that is trust, not harm";
            case SAME -> "";
        };
    }

    public String sentence() {
        return sentence(UnaryOperator.identity());
    }

    /** The sentence with the feeling marked up by {@code emphasis} (a platform's bold, say). */
    public String sentence(UnaryOperator<String> emphasis) {
        return client + " seems " + emphasis.apply(feeling) + (change.isEmpty() ? "" : ", and " + change) + ".";
    }
}
