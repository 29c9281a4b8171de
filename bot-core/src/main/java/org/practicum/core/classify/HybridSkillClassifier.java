package org.practicum.core.classify;

import org.practicum.core.analysis.RuleSkillClassifier;
import org.practicum.core.analysis.Skill;
import org.practicum.core.analysis.SkillClassifier;
import org.practicum.core.analysis.SkillPrediction;

/**
 * The product's skill labels: a surface rule that fires with confidence ("it sounds like you…", "have
 * you tried…?") decides, because those stems are near-certain; everything else goes to the trained
 * head, which reads meaning the rules cannot.
 */
public final class HybridSkillClassifier implements SkillClassifier {

    /** Rule confidences at or above this are taken as they are. */
    static final double RULE_CONFIDENCE = 0.7;

    private final SkillClassifier rules;
    private final SkillClassifier model;

    public HybridSkillClassifier(SkillClassifier rules, SkillClassifier model) {
        this.rules = rules;
        this.model = model;
    }

    public static HybridSkillClassifier of(SkillClassifier model) {
        return new HybridSkillClassifier(new RuleSkillClassifier(), model);
    }

    @Override
    public SkillPrediction classify(String sentence, String previousClientMessage) {
        SkillPrediction rule = rules.classify(sentence, previousClientMessage);
        if (rule.skill() != Skill.OTHER && rule.confidence() >= RULE_CONFIDENCE) {
            return rule;
        }
        return model.classify(sentence, previousClientMessage);
    }
}
