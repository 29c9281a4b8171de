package org.practicum.core.classify;

import java.util.List;
import java.util.Objects;
import org.practicum.core.analysis.AdviceDetector;
import org.practicum.core.analysis.DirectiveForm;
import org.practicum.core.analysis.Skill;

/**
 * The advice score is the skill head's probability that a sentence is advice, with or without
 * permission: one model, so the debrief's skill label and the flag never contradict each other. The
 * head counts only on a sentence with a directive form ({@link DirectiveForm}): alone it scored
 * normalising reflections ("Nights can really scramble your sense of time") as advice, and on AnnoMI it
 * called almost one non-advice turn in five advice.
 */
public final class SkillAdviceDetector implements AdviceDetector {

    /**
     * Scores at or above this count as advice for the premature-advice flag: with the directive gate, the
     * threshold keeping advice recall on AnnoMI dev at about 0.70 (grouped 5-fold figures in
     * training/README.md). A false flag is not cheap: a client who withdraws on it teaches the wrong lesson.
     */
    public static final double DEFAULT_THRESHOLD = 0.10;

    private final EmbeddingSkillClassifier skills;

    public SkillAdviceDetector(EmbeddingSkillClassifier skills) {
        this.skills = Objects.requireNonNull(skills, "skills");
    }

    /**
     * For text of several sentences, the highest score of the whole and of each sentence: advice
     * tucked after a reflection ("That sounds hard. You should ...") must not be averaged away.
     */
    @Override
    public double adviceScore(String sentence) {
        List<String> parts = Phrases.sentences(sentence);
        if (parts.stream().noneMatch(DirectiveForm::in)) {
            return 0;
        }
        double best = score(sentence);
        if (parts.size() > 1) {
            for (String part : parts) {
                if (DirectiveForm.in(part)) {
                    best = Math.max(best, score(part));
                }
            }
        }
        return best;
    }

    private double score(String text) {
        var p = skills.distribution(text, "");
        return Math.min(1, p.get(Skill.ADVICE_WITH_PERMISSION) + p.get(Skill.ADVICE_WITHOUT_PERMISSION));
    }

    public boolean isAdvice(String sentence) {
        return adviceScore(sentence) >= DEFAULT_THRESHOLD;
    }
}
