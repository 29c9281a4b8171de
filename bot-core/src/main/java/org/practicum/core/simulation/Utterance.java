package org.practicum.core.simulation;

import java.util.Objects;
import org.practicum.core.emotion.EmotionCategory;

/**
 * What a voice says for a directive: the message and its emotion category, optionally the voice's own
 * valence and arousal (an LLM declares them; the offline voice leaves them to the engine), and a
 * short notice for the trainee when the voice had to fall back (e.g. the model timed out).
 */
public record Utterance(String text, EmotionCategory emotion, Double valence, Double arousal, String fallbackNotice) {
    public Utterance {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emotion, "emotion");
    }

    public static Utterance of(String text, EmotionCategory emotion) {
        return new Utterance(text, emotion, null, null, null);
    }

    public Utterance withFallbackNotice(String notice) {
        return new Utterance(text, emotion, valence, arousal, notice);
    }
}
