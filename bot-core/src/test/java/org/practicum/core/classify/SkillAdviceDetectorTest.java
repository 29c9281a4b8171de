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
    })
    void other_skills_score_below_the_default_threshold(String sentence) {
        assertFalse(detector.isAdvice(sentence), () -> "score " + detector.adviceScore(sentence));
    }
}
