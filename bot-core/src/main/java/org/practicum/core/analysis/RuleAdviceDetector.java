package org.practicum.core.analysis;

/** Advice by surface pattern: an imperative or a "you should", including advice posed as a question. */
public final class RuleAdviceDetector implements AdviceDetector {

    @Override
    public double adviceScore(String sentence) {
        return RuleSkillClassifier.looksLikeAdvice(sentence) ? 0.9 : 0.05;
    }
}
