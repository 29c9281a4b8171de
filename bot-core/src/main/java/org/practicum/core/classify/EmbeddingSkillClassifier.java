package org.practicum.core.classify;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.practicum.core.analysis.DirectiveForm;
import org.practicum.core.analysis.Skill;
import org.practicum.core.analysis.SkillClassifier;
import org.practicum.core.analysis.SkillPrediction;

/**
 * {@link SkillFeatures} followed by a softmax head over {@link Skill}, trained on the project's
 * own examples ({@code training/skills.tsv}). An advice label needs a sentence shaped like a suggestion
 * ({@link DirectiveForm}); otherwise the likeliest other label stands, so a reflection the head half
 * reads as advice ("You shared something big and she barely looked up") is not called advice.
 */
public final class EmbeddingSkillClassifier implements SkillClassifier {

    private final SkillFeatures features;
    private final LinearHead head;
    private final Skill[] skillOfLabel;

    public EmbeddingSkillClassifier(SkillFeatures features, LinearHead head) {
        this.features = Objects.requireNonNull(features, "features");
        this.head = Objects.requireNonNull(head, "head");
        this.skillOfLabel = head.labels().stream().map(Skill::parse).toArray(Skill[]::new);
    }

    @Override
    public SkillPrediction classify(String sentence, String previousClientMessage) {
        Skill best = Skill.OTHER;
        double bestP = -1;
        boolean directive = DirectiveForm.in(sentence);
        for (var e : distribution(sentence, previousClientMessage).entrySet()) {
            if (e.getValue() > bestP && (directive || !e.getKey().isAdvice())) {
                bestP = e.getValue();
                best = e.getKey();
            }
        }
        return new SkillPrediction(best, Math.min(1, bestP));
    }

    /** Probability of every skill, summing to 1 (skills the head was not trained on get 0). */
    public Map<Skill, Double> distribution(String sentence, String previousClientMessage) {
        double[] p = head.probabilities(features.vector(sentence, previousClientMessage));
        Map<Skill, Double> out = new EnumMap<>(Skill.class);
        for (Skill s : Skill.values()) {
            out.put(s, 0.0);
        }
        for (int i = 0; i < p.length; i++) {
            out.merge(skillOfLabel[i], p[i], Double::sum);
        }
        return out;
    }
}
