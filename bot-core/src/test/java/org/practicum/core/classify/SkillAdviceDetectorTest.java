package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillAdviceDetectorTest {

    private final SkillAdviceDetector detector = ShippedClassifiers.get().advice();

    @ParameterizedTest(name = "\"{0}\" is advice")
    @ValueSource(strings = {
        "You should talk to your manager about it.",
        "Try going for a walk when you feel like that.",
        "Have you thought about seeing a counsellor?",
        "Maybe just tell her how you feel.",
        "Would it help if I suggested a couple of things you could try?",
        "Maybe try picking up a new hobby?",
        "Um, you know, what I'd like you to do is, uh, keep a note of when you drink.",
        "Thanks for telling me. You need to get onto the council today.",
    })
    void advice_scores_at_or_above_the_default_threshold(String sentence) {
        assertTrue(detector.adviceScore(sentence) >= SkillAdviceDetector.DEFAULT_THRESHOLD,
                () -> "score " + detector.adviceScore(sentence));
        assertTrue(detector.isAdvice(sentence));
    }

    @ParameterizedTest(name = "\"{0}\" is not advice")
    @ValueSource(strings = {
        "It sounds like you're exhausted.",
        "What happened after that?",
        "That must have been really hard.",
        "Thanks for telling me.",
        "You've been so strong through all of this.",
        "Nights can really scramble your sense of time.",
        "Writing can be very therapeutic.",
        "You shared something big with her and she barely looked up.",
    })
    void other_skills_score_below_the_default_threshold(String sentence) {
        assertFalse(detector.isAdvice(sentence), () -> "score " + detector.adviceScore(sentence));
    }

    /** Without a suggestion's shape the head's advice reading does not stand, in the score or the label. */
    @ParameterizedTest(name = "\"{0}\" is not labelled advice")
    @ValueSource(strings = {
        "Nights can really scramble your sense of time.",
        "You shared something big with her and she barely looked up.",
    })
    void a_sentence_without_a_directive_form_is_not_labelled_advice(String sentence) {
        assertFalse(ShippedClassifiers.get().skills().classify(sentence, "").skill().isAdvice());
    }
}
