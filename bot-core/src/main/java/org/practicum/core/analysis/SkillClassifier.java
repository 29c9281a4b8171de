package org.practicum.core.analysis;

/**
 * Labels one sentence of a trainee reply with a helping skill. {@code previousClientMessage} gives
 * context (a reflection mirrors it) and may be empty. Thread-safe.
 */
public interface SkillClassifier {
    SkillPrediction classify(String sentence, String previousClientMessage);
}
