package org.practicum.core.classify;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.emotion.EmotionReading;

/**
 * {@link EmotionFeatures} (sentence embedding and hashed words) followed by a softmax head over the seven categories (trained on GoEmotions,
 * Ekman grouping).
 *
 * <p>Valence and arousal are not predicted separately: they are the expectation of each
 * category's typical circumplex position ({@link EmotionCategory#typicalValence()},
 * {@link EmotionCategory#typicalArousal()}) under the class probabilities. A text read as 60%
 * sadness and 40% neutral therefore lands between the two, and a confident reading lands near its
 * category's corner — which keeps the dimensional graph consistent with the label shown.
 */
public final class EmbeddingEmotionClassifier implements EmotionClassifier {

    private final EmotionFeatures features;
    private final LinearHead head;
    private final EmotionCategory[] categoryOfLabel;

    public EmbeddingEmotionClassifier(EmotionFeatures features, LinearHead head) {
        this.features = Objects.requireNonNull(features, "features");
        this.head = Objects.requireNonNull(head, "head");
        this.categoryOfLabel = head.labels().stream().map(EmotionCategory::parse).toArray(EmotionCategory[]::new);
    }

    @Override
    public EmotionReading classify(String text) {
        return readingOf(distribution(text));
    }

    /** Probability of every category, summing to 1; empty text is certainly neutral. */
    public Map<EmotionCategory, Double> distribution(String text) {
        Map<EmotionCategory, Double> out = new EnumMap<>(EmotionCategory.class);
        for (EmotionCategory c : EmotionCategory.values()) {
            out.put(c, 0.0);
        }
        if (text == null || text.isBlank()) {
            out.put(EmotionCategory.NEUTRAL, 1.0);
            return out;
        }
        double[] p = head.probabilities(features.vector(text.strip()));
        for (int i = 0; i < p.length; i++) {
            out.merge(categoryOfLabel[i], p[i], Double::sum);
        }
        return out;
    }

    static EmotionReading readingOf(Map<EmotionCategory, Double> distribution) {
        EmotionCategory best = EmotionCategory.NEUTRAL;
        double bestP = -1;
        double valence = 0;
        double arousal = 0;
        for (var e : distribution.entrySet()) {
            double p = e.getValue();
            valence += p * e.getKey().typicalValence();
            arousal += p * e.getKey().typicalArousal();
            if (p > bestP) {
                bestP = p;
                best = e.getKey();
            }
        }
        return new EmotionReading(best, clamp(bestP, 0, 1), clamp(valence, -1, 1), clamp(arousal, -1, 1));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
