package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.LabelledSentence;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.analysis.Skill;
import org.practicum.core.scenario.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels and flags from a model, with a one-sentence rationale, as the {@link #review}; the quick
 * reading the client decides from is the rule-based analysis, which the model's is merged with: its
 * safety flags are added to the model's (never fewer) and lead, and it is the whole answer when the model
 * cannot be used. The model is given the same flag kinds with the rules' working definitions
 * ({@code prompts/analysis-system.txt}).
 */
final class LlmResponseAnalyzer implements ResponseAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmResponseAnalyzer.class);
    /** Model labels carry no calibrated probability; this marks them as a model's, below a sure rule. */
    static final double MODEL_CONFIDENCE = 0.75;

    private final StructuredAsk ask;
    private final PromptLibrary prompts;
    private final int recentTurns;
    private final ResponseAnalyzer rules;
    private final UsageRecorder usage;

    LlmResponseAnalyzer(StructuredAsk ask, PromptLibrary prompts, int recentTurns, ResponseAnalyzer rules,
                        UsageRecorder usage) {
        this.ask = ask;
        this.prompts = prompts;
        this.recentTurns = recentTurns;
        this.rules = rules;
        this.usage = usage;
    }

    @Override
    public Analysis analyze(AnalysisContext context, String traineeText) {
        return rules.analyze(context, traineeText);
    }

    @Override
    public Analysis review(AnalysisContext context, String traineeText, Analysis ruled) {
        JsonNode json;
        try {
            json = ask.ask(context.sessionId(), LlmRole.ANALYSIS, messages(context, traineeText),
                    prompts.shape("analysis")).node();
        } catch (LlmFailure failure) {
            usage.fallback(context.sessionId());
            LOG.warn("session {} turn {}: rule analysis only this turn: {}", context.sessionId(), context.turn(),
                    failure.getMessage());
            return ruled;
        }
        return merge(json, ruled).withUnderstanding(ruled.understanding());
    }

    static Analysis merge(JsonNode json, Analysis ruled) {
        List<LabelledSentence> sentences = new ArrayList<>();
        json.get("sentences").forEach(s -> sentences.add(new LabelledSentence(s.get("text").asText(),
                Skill.parse(s.get("skill").asText()), MODEL_CONFIDENCE)));
        List<Flag> flags = new ArrayList<>();
        json.get("flags").forEach(f -> {
            FlagKind kind = FlagKind.valueOf(f.get("kind").asText().toUpperCase(java.util.Locale.ROOT));
            if (flags.stream().noneMatch(x -> x.kind() == kind)) {
                flags.add(new Flag(kind, f.get("quote").asText(), f.get("why").asText(), f.get("better").asText()));
            }
        });
        for (Flag rule : ruled.flags()) {
            if (rule.kind().isSafety() && flags.stream().noneMatch(f -> f.kind() == rule.kind())) {
                flags.add(rule);
            }
        }
        // Moving past a cue is the most serious flag, whoever raised it: it leads, as in the rules' analysis.
        flags.sort(Comparator.comparing(f -> !f.kind().isSafety()));
        boolean missed = flags.stream().anyMatch(f -> f.kind() == FlagKind.MISSED_DISTRESS_CUE);
        return new Analysis(sentences.isEmpty() ? ruled.sentences() : sentences, flags,
                json.get("acknowledges_cue").asBoolean() && !missed,
                json.get("asks_about_risk").asBoolean() || ruled.asksAboutRisk(),
                json.get("rationale").asText().strip());
    }

    private List<ChatMessage> messages(AnalysisContext context, String traineeText) {
        Scenario scenario = context.scenario();
        ConversationWindow window = ConversationWindow.of(context.transcript(), recentTurns, scenario, context.facts());
        Map<String, Object> v = new HashMap<>();
        v.put("first_name", scenario.persona().firstName());
        v.put("presenting_problem", scenario.presentingProblem());
        v.put("core_out", context.facts().coreDisclosed() ? "yes" : "no");
        v.put("reflections", context.facts().reflections());
        v.put("cues", LlmSuggestionEngine.cues(context.clientCues()));
        v.put("summary", window.summary());
        v.put("schema", prompts.shape("analysis").text());
        String user = prompts.render("analysis-turn", Map.of("recent_turns",
                window.recentText(scenario.persona().firstName()), "first_name", scenario.persona().firstName(),
                "client_message", ConversationWindow.quoteSafe(context.clientText()),
                "trainee_message", ConversationWindow.quoteSafe(traineeText)));
        return List.of(SystemMessage.from(prompts.render("analysis-system", v)), UserMessage.from(user));
    }
}
