package org.practicum.core.llm;

import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.EmotionReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the client's emotion between the model's own label and an independent classifier reading
 * of the same message.
 *
 * <p>The rule: the model's label stands unless the two disagree strongly, that is the classifier is
 * confident ({@value #CONFIDENT} or more), names another category, and places the message on the
 * other side of neutral (valence signs differ by more than {@value #VALENCE_GAP}). Then the
 * classifier wins, category, valence and arousal, and the disagreement is logged: the trainee reacts
 * to the words on the screen, and the classifier reads those words, while the model's label is a
 * self-report that can drift from what it wrote. Milder disagreements keep the model's label.
 */
final class EmotionArbiter {

    private static final Logger LOG = LoggerFactory.getLogger(EmotionArbiter.class);
    static final double CONFIDENT = 0.7;
    static final double VALENCE_GAP = 0.8;

    /** The emotion a client message carries after arbitration. */
    record Settled(EmotionCategory category, double valence, double arousal, boolean overridden) {
    }

    private final EmotionClassifier classifier;

    /** @param classifier null: no independent reading, the model's label always stands */
    EmotionArbiter(EmotionClassifier classifier) {
        this.classifier = classifier;
    }

    Settled settle(String sessionId, String message, EmotionCategory model, double valence, double arousal) {
        if (classifier == null) {
            return new Settled(model, valence, arousal, false);
        }
        EmotionReading reading = classifier.classify(message);
        boolean strong = reading.category() != model && reading.confidence() >= CONFIDENT
                && Math.signum(reading.valence()) != Math.signum(valence)
                && Math.abs(reading.valence() - valence) > VALENCE_GAP;
        if (!strong) {
            return new Settled(model, valence, arousal, false);
        }
        LOG.info("session {}: model said {} (valence {}) but the classifier read {} (valence {}, confidence {}); "
                        + "using the classifier's reading", sessionId, model.id(), valence, reading.category().id(),
                reading.valence(), reading.confidence());
        return new Settled(reading.category(), clamp(reading.valence()), clamp(reading.arousal()), true);
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
