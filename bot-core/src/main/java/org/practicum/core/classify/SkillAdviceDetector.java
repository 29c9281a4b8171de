package org.practicum.core.classify;

import java.util.Objects;
import org.practicum.core.analysis.AdviceDetector;
import org.practicum.core.analysis.Skill;

/**
 * The advice score is the skill head's probability that a sentence is advice, with or without
 * permission: one model, so the debrief's skill label and the flag never contradict each other.
 */
public final class SkillAdviceDetector implements AdviceDetector {

    /**
     * Scores at or above this count as advice for the premature-advice flag. Chosen for recall on
     * AnnoMI (advice recall ≥ 0.70 at precision ≥ 0.15, see training/README.md): a missed premature
     * piece of advice teaches nothing, while a false flag is cheap for a trainee to dismiss.
     */
    public static final double DEFAULT_THRESHOLD = 0.25;

    private final EmbeddingSkillClassifier skills;

    public SkillAdviceDetector(EmbeddingSkillClassifier skills) {
        this.skills = Objects.requireNonNull(skills, "skills");
    }

    @Override
    public double adviceScore(String sentence) {
        var p = skills.distribution(sentence, "");
        return Math.min(1, p.get(Skill.ADVICE_WITH_PERMISSION) + p.get(Skill.ADVICE_WITHOUT_PERMISSION));
    }

    public boolean isAdvice(String sentence) {
        return adviceScore(sentence) >= DEFAULT_THRESHOLD;
    }
}
