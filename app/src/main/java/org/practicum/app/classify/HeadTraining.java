package org.practicum.app.classify;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.analysis.Skill;
import org.practicum.core.classify.LinearHead;
import org.practicum.core.classify.SkillFeatures;
import org.practicum.core.classify.SoftmaxTrainer;
import org.practicum.core.classify.TrainingSettings;

/** The settings each head is trained with, and the skill head's training from authored rows. */
final class HeadTraining {

    /**
     * Chosen on a hold-out of the last 20% of GoEmotions train (never on dev): 10 epochs suffice,
     * and a class weight power of 0.3 beat both no weighting and full balancing on macro-F1.
     */
    static final TrainingSettings EMOTION_SETTINGS = new TrainingSettings(10, 64, 0.002, 1e-4, 0.3, 7L);

    /** The skill set is small (about a thousand rows), so more passes and stronger weight decay. */
    static final TrainingSettings SKILL_SETTINGS = new TrainingSettings(60, 32, 0.002, 1e-3, 1.0, 7L);

    private HeadTraining() {}

    static LinearHead trainSkills(List<LabelledText> rows, SkillFeatures features, String source) {
        List<String> labels = TrainCommand.skillLabels();
        List<float[]> x = new ArrayList<>(rows.size());
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            LabelledText row = rows.get(i);
            x.add(features.vector(row.text(), row.context()));
            y[i] = labels.indexOf(Skill.parse(row.label()).id());
        }
        return new SoftmaxTrainer(SKILL_SETTINGS).train(x, y, labels, source);
    }
}
