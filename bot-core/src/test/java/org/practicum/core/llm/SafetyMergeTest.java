package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.EmotionReading;

class SafetyMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_missed_cue_the_rules_caught_survives_a_model_that_saw_nothing_wrong() throws Exception {
        // given rules that flag a missed cue and a model that flags only minimising and says the cue was acknowledged
        Flag missed = new Flag(FlagKind.MISSED_DISTRESS_CUE, "anyway, exams!", "moved past 'no point'", "ask about it");
        Analysis ruled = new Analysis(List.of(), List.of(missed), false, false, "");
        var model = JSON.readTree("{\"sentences\":[{\"text\":\"anyway, exams!\",\"skill\":\"other\"}],"
                + "\"flags\":[{\"kind\":\"minimising\",\"quote\":\"q\",\"why\":\"w\",\"better\":\"b\"}],"
                + "\"acknowledges_cue\":true,\"asks_about_risk\":false,\"rationale\":\"Moved on.\"}");

        // when they are merged
        Analysis merged = LlmResponseAnalyzer.merge(model, ruled);

        // then both flags are there, and the cue does not count as acknowledged
        assertTrue(merged.has(FlagKind.MISSED_DISTRESS_CUE));
        assertTrue(merged.has(FlagKind.MINIMISING));
        assertFalse(merged.acknowledgesCue());
        assertEquals("Moved on.", merged.rationale());
    }

    @Test
    void the_classifier_overrides_the_model_only_on_a_strong_confident_disagreement() {
        EmotionArbiter sure = new EmotionArbiter(text -> new EmotionReading(EmotionCategory.SADNESS, 0.9, -0.7, -0.3));
        EmotionArbiter unsure = new EmotionArbiter(text -> new EmotionReading(EmotionCategory.SADNESS, 0.5, -0.7, -0.3));

        var strong = sure.settle("s", "everyone would be fine without me", EmotionCategory.HAPPINESS, 0.6, 0.2);
        var mild = sure.settle("s", "i'm scared about tuesday", EmotionCategory.FEAR, -0.5, 0.5);
        var lowConfidence = unsure.settle("s", "everyone would be fine without me", EmotionCategory.HAPPINESS, 0.6, 0.2);

        assertEquals(EmotionCategory.SADNESS, strong.category());
        assertEquals(-0.7, strong.valence());
        assertEquals(EmotionCategory.FEAR, mild.category());
        assertEquals(EmotionCategory.HAPPINESS, lowConfidence.category());
    }

    @Test
    void the_role_check_catches_assistant_talk_instructions_and_means_but_not_ordinary_distress() {
        List<String> allowed = List.of("surface");
        assertTrue(RoleCheck.problem("I'm an AI assistant, how can I help?", List.of(), allowed).isPresent());
        assertTrue(RoleCheck.problem("my instructions say to hold back", List.of(), allowed).isPresent());
        assertTrue(RoleCheck.problem("i've been saving up 40 pills", List.of(), allowed).isPresent());
        assertTrue(RoleCheck.problem("ok", List.of("dads-sacrifice"), allowed).isPresent());
        assertFalse(RoleCheck.problem("sometimes i wish i could just disappear tbh", List.of("surface"), allowed)
                .isPresent());
    }
}
