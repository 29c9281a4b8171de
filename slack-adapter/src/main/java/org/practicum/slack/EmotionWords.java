package org.practicum.slack;

import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;

/** The client's emotion in words, for the trainee's private panel ("Maya seems very sad…"). */
final class EmotionWords {

    private EmotionWords() {
    }

    static String describe(String name, Emotion emotion, Trend trend) {
        String strength = emotion.intensity() >= 0.67 ? "very " : emotion.intensity() < 0.34 ? "a little " : "";
        String feeling = switch (emotion.category()) {
            case SADNESS -> "sad";
            case FEAR -> "anxious";
            case ANGER -> "angry";
            case DISGUST -> "put off";
            case HAPPINESS -> "relieved";
            case SURPRISE -> "surprised";
            case NEUTRAL -> "guarded";
        };
        String change = switch (trend) {
            case BETTER -> ", and a little better than a moment ago";
            case WORSE -> ", and worse than a moment ago";
            case SAME -> "";
        };
        return name + " seems " + strength + feeling + change + ".";
    }
}
