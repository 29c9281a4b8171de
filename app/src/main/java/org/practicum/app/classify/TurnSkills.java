package org.practicum.app.classify;

import org.practicum.core.analysis.Skill;
import org.practicum.core.analysis.SkillClassifier;
import org.practicum.core.classify.SkillAdviceDetector;

/**
 * Annotated data labels a whole turn, the classifier one sentence: this gives a turn one label.
 * The whole turn is classified as one text — the embedding model reads multi-sentence text well,
 * and the cheap features (a final question mark, an opening question word) still see its shape.
 * The advice score is the detector's, which already takes the highest of the turn's sentences, as
 * the product does when it scores a reply sentence by sentence.
 */
final class TurnSkills {

    private final SkillClassifier skills;

    TurnSkills(SkillClassifier skills) {
        this.skills = skills;
    }

    Skill skillOf(String turn, String previousClientMessage) {
        return skills.classify(turn, previousClientMessage).skill();
    }

    double adviceScoreOf(SkillAdviceDetector advice, String turn) {
        return advice.adviceScore(turn);
    }
}
