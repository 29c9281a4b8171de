package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.Skill;
import org.practicum.core.cue.CueKind;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/**
 * Every template, filled from every line of every shipped scenario as the client's latest message,
 * reads as the kind it claims and as English: no doubled words, no broken agreement.
 */
class SuggestionKindsTest {

    private static final Pattern DOUBLED = Pattern.compile("\\b(\\w+)\\s+\\1\\b", Pattern.CASE_INSENSITIVE);
    /** "you" as the subject of a verb that does not agree with it: at a clause's start, or after a conjunction. */
    private static final Pattern BROKEN = Pattern.compile("((^|[,.;]\\s*|\\b(that|if|when|and|like|because|so|but)\\s+)"
            + "you (is|was|has|am|doesn't|isn't|wasn't)\\b)|\\b(your (is|are|am)|i are|you('re| are) (is|am)|feel feeling"
            + "|you feels|it sounds like it sounds)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ALLOWED_DOUBLES = Set.of("that that", "had had", "very very", "really really",
            "so so", "no no", "bye bye");

    private final SuggestionTemplates templates = Fixtures.suggestionTemplates();
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();

    private List<String> rendered(SuggestionKind kind, Scenario scenario, Line line) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", scenario.persona().firstName());
        ClientWords.reflection(line.text()).ifPresent(r -> v.put("reflection", r));
        ClientWords.hardPart(line.text()).ifPresent(r -> v.put("hard_part", r));
        ClientWords.quote(line.text()).ifPresent(q -> {
            v.put("quote", q);
            v.put("earlier_quote", q);
        });
        v.put("feeling", templates.feelings().get(line.emotion()).get(0));
        ClientWords.hardPart(line.text()).ifPresent(r -> v.put("earlier_hard_part", r));
        v.put("answer_no", "you haven't tried talking to someone");
        v.put("answer_yes", "it is every day");
        v.put("answer_not", "it isn't every day");
        v.put("sorry", TemplateSuggestionEngine.fill(templates.apologies().get(FlagKind.MINIMISING), v));
        List<String> out = new ArrayList<>();
        for (SuggestionTemplates.Situation situation : SuggestionTemplates.Situation.values()) {
            for (String t : templates.templates(kind, situation)) {
                if (TemplateSuggestionEngine.fillable(t, v)) {
                    out.add(TemplateSuggestionEngine.fill(t, v));
                }
            }
        }
        return out;
    }

    @Test
    void every_template_over_every_scenario_line_reads_as_its_kind_and_as_english() {
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (Line line : scenario.allLines()) {
                for (SuggestionKind kind : SuggestionKind.values()) {
                    for (String text : rendered(kind, scenario, line)) {
                        var doubled = DOUBLED.matcher(text);
                        while (doubled.find()) {
                            if (!ALLOWED_DOUBLES.contains(doubled.group().toLowerCase())) {
                                wrong.add("doubled [" + scenario.id() + "] " + text);
                            }
                        }
                        if (BROKEN.matcher(text).find()) {
                            wrong.add("agreement [" + scenario.id() + "] " + text);
                        }
                        Analysis a = analyze(scenario, text);
                        // The client's words inside quotation marks are theirs, not the template's.
                        List<Flag> flags = analyze(scenario, QUOTED.matcher(text).replaceAll("\"that\"")).flags();
                        if (!fits(kind, a, flags)) {
                            wrong.add(kind + " [" + scenario.id() + "] " + text + " -> " + a.skills() + " " + flags);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong.stream().distinct().limit(400).toList()));
    }

    @Test
    void every_safety_template_reads_as_a_question_or_as_staying_with_the_person() {
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (CueKind cue : CueKind.values()) {
                Map<String, String> v = Map.of("name", scenario.persona().firstName(), "cue_quote", "what's the point",
                        "cue_feeling", templates.cueFeelings().get(cue), "cue", cue.description());
                SuggestionTemplates.Safety safety = templates.safety();
                for (String t : safety.ask()) {
                    Analysis a = analyze(scenario, TemplateSuggestionEngine.fill(t, v));
                    if (!a.asksAboutRisk() || !a.flags().isEmpty()) {
                        wrong.add("ask " + TemplateSuggestionEngine.fill(t, v) + " -> " + a.flags());
                    }
                }
                for (String t : concat(safety.acknowledge(), safety.support())) {
                    Analysis a = analyze(scenario, TemplateSuggestionEngine.fill(t, v));
                    if (!a.flags().isEmpty() || a.has(Skill.ADVICE_WITHOUT_PERMISSION)) {
                        wrong.add("stay " + TemplateSuggestionEngine.fill(t, v) + " -> " + a.flags());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean fits(SuggestionKind kind, Analysis a, List<Flag> flags) {
        if (!flags.isEmpty() || a.has(Skill.ADVICE_WITHOUT_PERMISSION)) {
            return false;
        }
        Set<Skill> skills = a.skills();
        return switch (kind) {
            case MI -> a.reflects() || skills.contains(Skill.OPEN_QUESTION);
            case EMPATHETIC -> a.reflects() || skills.contains(Skill.AFFIRMATION);
            case SUPPORT -> skills.contains(Skill.AFFIRMATION) || skills.contains(Skill.INFORMATION)
                    || skills.contains(Skill.ADVICE_WITH_PERMISSION) || skills.contains(Skill.CLOSED_QUESTION)
                    || a.reflects();
        };
    }

    private Analysis analyze(Scenario scenario, String text) {
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 1, 0, List.of());
        return analyzer.analyze(new AnalysisContext("s", scenario, facts, "it's a lot", List.of(), List.of(), 2), text);
    }
}
