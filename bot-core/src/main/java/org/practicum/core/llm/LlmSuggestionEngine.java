package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicum.core.analysis.Flag;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionContext;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Three suggestions written by a model with the conversation, the flags and the phase in view; the
 * offline templates when the model cannot be used. A distress cue always gets a "watch out" line:
 * the offline one when the model leaves it empty.
 */
final class LlmSuggestionEngine implements SuggestionEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LlmSuggestionEngine.class);

    private final StructuredAsk ask;
    private final PromptLibrary prompts;
    private final int recentTurns;
    private final SuggestionEngine offline;
    private final UsageRecorder usage;
    private final Grounding grounding;

    LlmSuggestionEngine(StructuredAsk ask, PromptLibrary prompts, int recentTurns, SuggestionEngine offline,
                        UsageRecorder usage, Grounding grounding) {
        this.grounding = grounding;
        this.ask = ask;
        this.prompts = prompts;
        this.recentTurns = recentTurns;
        this.offline = offline;
        this.usage = usage;
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        try {
            JsonNode json = ask.ask(context.sessionId(), LlmRole.SUGGESTIONS, messages(context),
                    prompts.shape("suggestions")).node();
            Suggestions written = new Suggestions(List.of(
                    new Suggestion(SuggestionKind.MI, json.get("mi").asText().strip()),
                    new Suggestion(SuggestionKind.EMPATHETIC, json.get("empathetic").asText().strip()),
                    new Suggestion(SuggestionKind.SUPPORT, json.get("support").asText().strip())),
                    json.get("watch_out").asText().strip());
            return grounded(written, context);
        } catch (LlmFailure failure) {
            usage.fallback(context.sessionId());
            LOG.warn("session {} turn {}: offline suggestions this turn: {}", context.sessionId(), context.turn(),
                    failure.getMessage());
            return offline.suggest(context);
        }
    }

    /**
     * The model's suggestions with any that name someone, somewhere or some date the client has not
     * mentioned replaced by the offline one of the same kind; a cue always gets a watch-out line.
     */
    private Suggestions grounded(Suggestions written, SuggestionContext context) {
        List<String> said = context.transcript().stream().filter(e -> e.speaker() == TranscriptEntry.Speaker.CLIENT)
                .map(TranscriptEntry::text).collect(Collectors.toCollection(ArrayList::new));
        said.add(context.client().text());
        Suggestions fallback = null;
        List<Suggestion> items = new ArrayList<>();
        for (Suggestion s : written.items()) {
            if (grounding.nameLeaks(s.text(), context.scenario(), said).isEmpty()) {
                items.add(s);
                continue;
            }
            LOG.info("session {} turn {}: a model suggestion ({}) named what the client has not said; offline one "
                    + "shown", context.sessionId(), context.turn(), s.kind().id());
            fallback = fallback == null ? offline.suggest(context) : fallback;
            items.add(fallback.of(s.kind()));
        }
        String watchOut = written.watchOut();
        boolean leaks = !watchOut.isEmpty() && !grounding.nameLeaks(watchOut, context.scenario(), said).isEmpty();
        if (leaks || !context.client().cues().isEmpty() && watchOut.isEmpty()) {
            watchOut = (fallback == null ? offline.suggest(context) : fallback).watchOut();
        }
        return new Suggestions(items, watchOut);
    }

    private List<ChatMessage> messages(SuggestionContext context) {
        Scenario scenario = context.scenario();
        ConversationWindow window = ConversationWindow.of(context.transcript(), recentTurns, scenario, context.state().facts(scenario));
        Map<String, Object> v = new HashMap<>();
        v.put("first_name", scenario.persona().firstName());
        v.put("age", scenario.persona().age());
        v.put("pronouns", scenario.persona().pronouns());
        v.put("presenting_problem", scenario.presentingProblem());
        v.put("phase", context.state().phase().id());
        v.put("core_heard", context.state().coreHeard() ? "it has been" : "it has not been yet");
        v.put("flags", context.lastAnalysis() == null || context.lastAnalysis().flags().isEmpty() ? "none"
                : context.lastAnalysis().flags().stream().map(Flag::kind).distinct().map(k -> k.label())
                .collect(Collectors.joining(", ")));
        v.put("cues", cues(context.client().cues()));
        v.put("summary", window.summary());
        v.put("schema", prompts.shape("suggestions").text());
        String user = prompts.render("suggestions-turn", Map.of("recent_turns",
                window.recentText(scenario.persona().firstName()), "first_name", scenario.persona().firstName(),
                "client_message", ConversationWindow.quoteSafe(context.client().text())));
        return List.of(SystemMessage.from(prompts.render("suggestions-system", v)), UserMessage.from(user));
    }

    static String cues(List<DistressCue> cues) {
        return cues.isEmpty() ? "none" : cues.stream().map(c -> c.kind().description()).distinct()
                .collect(Collectors.joining("; "));
    }
}
