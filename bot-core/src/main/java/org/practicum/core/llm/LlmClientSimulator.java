package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.Layer;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.simulation.SpeechContext;
import org.practicum.core.simulation.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's voice from a model, with the offline voice behind it: a reply that fails, times out,
 * stays malformed after one repair, or leaves the role after one retry is replaced by the offline
 * line for that turn, with a short notice for the trainee.
 */
final class LlmClientSimulator implements ClientSimulator {

    private static final Logger LOG = LoggerFactory.getLogger(LlmClientSimulator.class);

    private final StructuredAsk ask;
    private final PromptLibrary prompts;
    private final ClientPrompt prompt;
    private final EmotionArbiter emotions;
    private final ClientSimulator offline;
    private final UsageRecorder usage;

    LlmClientSimulator(StructuredAsk ask, PromptLibrary prompts, int recentTurns, EmotionArbiter emotions,
                       ClientSimulator offline, UsageRecorder usage) {
        this.ask = ask;
        this.prompts = prompts;
        this.prompt = new ClientPrompt(prompts, recentTurns);
        this.emotions = emotions;
        this.offline = offline;
        this.usage = usage;
    }

    @Override
    public Utterance speak(ClientDirective directive, SpeechContext context) {
        try {
            return modelUtterance(directive, context);
        } catch (LlmFailure failure) {
            usage.fallback(context.sessionId());
            LOG.warn("session {} turn {}: client voice offline this turn: {}", context.sessionId(), context.turn(),
                    failure.getMessage());
            Utterance line = offline.speak(directive, context);
            return line.withFallbackNotice(notice(failure, context));
        }
    }

    private Utterance modelUtterance(ClientDirective directive, SpeechContext context) {
        String session = context.sessionId();
        List<ChatMessage> messages = prompt.messages(directive, context);
        List<String> allowed = context.scenario().layers().subList(0, ClientPrompt.allowedLayers(directive, context))
                .stream().map(Layer::id).toList();
        JsonNode reply = ask.ask(session, LlmRole.CLIENT, messages, prompts.shape("client-reply")).node();
        Optional<String> problem = problem(reply, directive, context, allowed);
        if (problem.isPresent()) {
            LOG.info("session {} turn {}: client reply rejected ({}); asking once more", session,
                    context.turn(), problem.get());
            List<ChatMessage> retry = new ArrayList<>(messages);
            retry.add(AiMessage.from(reply.toString()));
            retry.add(UserMessage.from(prompts.render("role-retry", Map.of("problem", problem.get(),
                    "first_name", context.scenario().persona().firstName()))));
            reply = ask.ask(session, LlmRole.CLIENT, retry, prompts.shape("client-reply")).node();
            Optional<String> again = problem(reply, directive, context, allowed);
            if (again.isPresent()) {
                throw new LlmFailure(LlmFailure.Kind.OUT_OF_ROLE, again.get());
            }
        }
        String text = reply.get("message").asText().strip();
        EmotionArbiter.Settled emotion = emotions.settle(session, text,
                EmotionCategory.parse(reply.get("emotion").asText()), reply.get("valence").asDouble(),
                reply.get("arousal").asDouble());
        if (reply.get("wants_to_end").asBoolean() != directive.move().endsSession()) {
            // The engine decides when the client leaves; the model's wish is only worth a note.
            LOG.debug("session {} turn {}: model wants_to_end={} ignored for move {}", session, context.turn(),
                    reply.get("wants_to_end").asBoolean(), directive.move().id());
        }
        return new Utterance(text, emotion.category(), emotion.valence(), emotion.arousal(), null);
    }

    /** Out of role first (the stricter failure), then not answering what the engine decided it answers. */
    private static Optional<String> problem(JsonNode reply, ClientDirective directive, SpeechContext context,
                                            List<String> allowed) {
        String message = reply.get("message").asText();
        return RoleCheck.problem(message, ids(reply), allowed)
                .or(() -> AnswerCheck.problem(message, directive, context.scenario()));
    }

    private String notice(LlmFailure failure, SpeechContext context) {
        String name = context.scenario().persona().firstName();
        if (failure.kind().budget()) {
            return usage.firstBudgetNotice(context.sessionId())
                    ? capitalise(failure.kind().reason()) + "; " + name
                    + " continues from the offline script for the rest of this session."
                    : null;
        }
        return capitalise(failure.kind().reason()) + ", so " + name + "'s reply this turn comes from the offline script.";
    }

    private static List<String> ids(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.get("disclosed_layers").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
