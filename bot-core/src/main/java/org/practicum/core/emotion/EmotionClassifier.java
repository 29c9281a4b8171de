package org.practicum.core.emotion;

/**
 * Reads the emotion expressed in a piece of client text. Implementations are thread-safe and
 * never return null; text with no emotional content reads as neutral.
 */
public interface EmotionClassifier {
    EmotionReading classify(String text);
}
