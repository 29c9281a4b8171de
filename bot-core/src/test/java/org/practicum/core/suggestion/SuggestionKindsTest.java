package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.Skill;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.Phase;
import org.practicum.core.testing.Fixtures;

/** Every template, filled for every layer of every shipped scenario, is the kind it claims to be. */
class SuggestionKindsTest {

    private final SuggestionTemplates templates = Fixtures.suggestionTemplates();
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();

    @Test
    void every_suggestion_reads_as_the_kind_it_claims() {
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (Layer layer : scenario.layers()) {
                for (SuggestionKind kind : SuggestionKind.values()) {
                    for (String situation : SuggestionTemplates.SITUATIONS) {
                        for (String template : templates.templates(kind, situation)) {
                            String text = TemplateSuggestionEngine.fill(template, scenario, layer, null);
                            Analysis a = analyze(scenario, text);
                            if (!fits(kind, a)) {
                                wrong.add(kind + " [" + scenario.id() + "/" + layer.id() + "] " + text + " -> "
                                        + a.skills() + " " + a.flags());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static boolean fits(SuggestionKind kind, Analysis a) {
        if (!a.flags().isEmpty() || a.has(Skill.ADVICE_WITHOUT_PERMISSION)) {
            return false;
        }
        Set<Skill> skills = a.skills();
        return switch (kind) {
            case MI -> a.reflects() || skills.contains(Skill.OPEN_QUESTION);
            case EMPATHETIC -> a.reflects() || skills.contains(Skill.AFFIRMATION);
            case SUPPORT -> skills.contains(Skill.AFFIRMATION) || skills.contains(Skill.INFORMATION)
                    || skills.contains(Skill.ADVICE_WITH_PERMISSION) || skills.contains(Skill.CLOSED_QUESTION);
        };
    }

    private Analysis analyze(Scenario scenario, String text) {
        ClientState state = new ClientState(0.5, 1, 0, Phase.EXPLORATION, Emotion.of(EmotionCategory.SADNESS, 0.5), 0,
                0, Set.of(), Set.of(), null, 0, 1, false, false);
        ClientReply last = new ClientReply("it's a lot", Emotion.of(EmotionCategory.SADNESS, 0.5), Trend.SAME,
                ClientMove.ELABORATE, scenario.layer(0).id(), List.of(), false);
        return analyzer.analyze(new AnalysisContext("s", scenario, state.facts(scenario), last.text(), last.cues(),
                List.of(), 2), text);
    }
}
