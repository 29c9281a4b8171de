package org.practicum.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.practicum.core.analysis.Flag;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.report.Debrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.storage.Json;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.Suggestions;

/**
 * One JSON object per line, each with {@code type} and {@code session}; the schema is
 * {@code docs/practice-events.schema.json}.
 */
public final class JsonOutput implements PracticeOutput {

    private final PrintWriter out;
    private final EmojiMap emoji;

    public JsonOutput(PrintWriter out, EmojiMap emoji) {
        this.out = out;
        this.emoji = emoji;
    }

    @Override
    public void introduce(Scenario scenario, String sessionId) {
        // The JSON stream starts with the client's opening; the scenario is known to the caller.
    }

    @Override
    public void clientLine(SessionUpdate u) {
        u.notices().stream().filter(n -> n.kind() != Notice.Kind.CLIENT_ENDED).forEach(n -> notice(u, n));
        if (u.client() != null) {
            emit(client(u.sessionId(), u.turn(), u.client()));
        }
    }

    @Override
    public void coaching(SessionUpdate u) {
        if (!u.flags().isEmpty()) {
            ObjectNode flags = event("flags", u.sessionId()).put("turn", u.turn());
            ArrayNode items = flags.putArray("items");
            for (Flag f : u.flags()) {
                items.addObject().put("kind", f.kind().id()).put("quote", f.quote()).put("why", f.why())
                        .put("better", f.better());
            }
            emit(flags);
        }
        if (u.suggestions() != null && !u.suggestions().items().isEmpty()) {
            emit(suggestions(u.sessionId(), u.turn(), u.suggestions()));
        }
        u.notices().stream().filter(n -> n.kind() == Notice.Kind.CLIENT_ENDED).forEach(n -> notice(u, n));
    }

    @Override
    public void reshow(SessionUpdate u) {
        u.notices().forEach(n -> notice(u, n));
    }

    @Override
    public void hint(SessionUpdate u) {
        if (u.suggestions() != null) {
            emit(suggestions(u.sessionId(), u.turn(), u.suggestions()));
        }
    }

    @Override
    public void debrief(Debrief d) {
        ObjectNode e = event("debrief", d.sessionId());
        e.put("scenario", d.scenarioId()).put("turns", d.turns());
        ObjectNode skills = e.putObject("skills");
        for (Map.Entry<String, Integer> s : d.skillCounts().entrySet()) {
            skills.put(s.getKey(), s.getValue());
        }
        e.put("reflections", d.reflections()).put("questions", d.questions())
                .put("open_questions", d.openQuestions()).put("closed_questions", d.closedQuestions());
        e.put("reflection_to_question", d.reflectionToQuestion());
        e.put("open_to_closed", d.openToClosed());
        e.put("complex_reflection_share", d.complexReflectionShare());
        ArrayNode flags = e.putArray("flags");
        for (Debrief.DebriefFlag f : d.flags()) {
            flags.addObject().put("turn", f.turn()).put("kind", f.kind()).put("quote", f.quote()).put("why", f.why())
                    .put("better", f.better()).put("retried", f.retried());
        }
        e.putObject("uptake").put("used", d.uptake().used()).put("edited", d.uptake().edited())
                .put("ignored", d.uptake().ignored());
        ArrayNode trust = e.putArray("trust");
        d.trust().forEach(trust::add);
        ArrayNode emotions = e.putArray("emotions");
        for (Debrief.EmotionPoint p : d.emotions()) {
            emotions.addObject().put("turn", p.turn()).put("category", p.category()).put("valence", p.valence())
                    .put("arousal", p.arousal()).put("intensity", p.intensity()).put("trend", p.trend());
        }
        e.put("layers_disclosed", d.layersDisclosed()).put("layers_total", d.layersTotal())
                .put("core_reached", d.coreReached()).put("retries", d.retries()).put("chart", d.chart());
        ObjectNode review = e.putObject("review").put("pattern", d.review().focus()).put("risk", d.review().risk());
        ArrayNode wentWell = review.putArray("went_well");
        d.review().wentWell().forEach(wentWell::add);
        if (d.modelUsage() != null) {
            e.putObject("model_usage").put("calls", d.modelUsage().calls())
                    .put("input_tokens", d.modelUsage().inputTokens())
                    .put("output_tokens", d.modelUsage().outputTokens())
                    .put("mean_latency_ms", d.modelUsage().meanLatencyMs())
                    .put("max_latency_ms", d.modelUsage().maxLatencyMs())
                    .put("fallbacks", d.modelUsage().fallbacks());
        }
        emit(e);
    }

    @Override
    public void error(String sessionId, String message) {
        emit(event("error", sessionId).put("message", message));
    }

    private void notice(SessionUpdate u, Notice n) {
        emit(event("notice", u.sessionId()).put("turn", u.turn()).put("kind", n.kind().id())
                .put("text", TerminalSteps.notice(n)));
    }

    private ObjectNode client(String session, int turn, ClientReply c) {
        ObjectNode e = event("client", session).put("turn", turn).put("text", c.text());
        e.putObject("emotion").put("category", c.emotion().category().id()).put("valence", c.emotion().valence())
                .put("arousal", c.emotion().arousal()).put("intensity", c.emotion().intensity());
        ArrayNode reactions = e.putArray("reactions");
        for (EmojiMap.Reaction r : emoji.reactionsFor(c.emotion(), c.trend())) {
            reactions.addObject().put("discord", r.discord()).put("slack", r.slack());
        }
        return e;
    }

    private ObjectNode suggestions(String session, int turn, Suggestions s) {
        ObjectNode e = event("suggestions", session).put("turn", turn);
        ArrayNode items = e.putArray("items");
        for (Suggestion item : s.items()) {
            items.addObject().put("kind", item.kind().id()).put("text", item.text());
        }
        e.put("watch_out", s.watchOut());
        return e;
    }

    private static ObjectNode event(String type, String session) {
        ObjectNode e = Json.mapper().createObjectNode();
        e.put("type", type);
        if (session == null) {
            e.putNull("session");
        } else {
            e.put("session", session);
        }
        return e;
    }

    private void emit(ObjectNode event) {
        try {
            out.println(Json.mapper().writeValueAsString(event));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
