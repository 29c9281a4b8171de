package org.practicum.core.analysis;

import java.util.Locale;

/** Advice by surface pattern: an imperative or a "you should", including advice posed as a question. */
public final class RuleAdviceDetector implements AdviceDetector {

    @Override
    public double adviceScore(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return RuleSkillClassifier.ADVICE.matcher(s).find() ? 0.9 : 0.05;
    }
}
