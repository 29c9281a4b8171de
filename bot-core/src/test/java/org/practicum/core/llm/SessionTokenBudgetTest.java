package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.report.ModelUsage;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;

/**
 * A 40-turn session on the shipped prompts and the default budgets keeps the model to the end. The
 * fake reports no token usage, so every call is counted as the budget counts a provider that reports
 * none; the answers are of a typical length for each role.
 */
class SessionTokenBudgetTest {

    private static final int TURNS = 40;
    private static final List<String> REPLIES = List.of(
            "It sounds like this has been building for a while.",
            "What's been the hardest part of it for you?",
            "That sounds exhausting, carrying all of that on your own.",
            "How has it been at home with all of this going on?",
            "It makes sense that you'd feel worn out by it.",
            "What do you make of that feeling when it comes?",
            "So part of you wants to keep going and part of you is tired of pushing.",
            "What would help most right now, do you think?");
    static final String CLIENT = "{\"message\":\"i don't know. it's just been building for weeks and i can't really "
            + "switch off from it. i sit down and nothing goes in, and then i lie awake going over everything i "
            + "haven't done yet.\",\"emotion\":\"sadness\",\"valence\":-0.5,\"arousal\":0.4,\"disclosed_layers\":[],"
            + "\"wants_to_end\":false}";
    static final String SUGGESTIONS = "{\"mi\":\"What goes through your mind when you lie awake like that?\","
            + "\"empathetic\":\"It sounds like even resting has become another thing that doesn't work, and that "
            + "must be wearing you down.\",\"support\":\"It might help to notice what you've kept going with, even "
            + "on the weeks when nothing seemed to go in.\",\"watch_out\":\"\"}";
    static final String ANALYSIS = "{\"sentences\":[{\"text\":\"It sounds like this has been building for a while.\","
            + "\"skill\":\"simple_reflection\"}],\"flags\":[],\"acknowledges_cue\":true,\"asks_about_risk\":false,"
            + "\"rationale\":\"A reflection of how long it has been going on tells the client they were heard and "
            + "leaves the next step to them.\"}";

    @Test
    void a_forty_turn_session_on_the_default_budget_keeps_the_model_to_the_end(@TempDir Path data) throws Exception {
        try (FakeModelServer server = new FakeModelServer(FakeDialect.OPENAI)) {
            fortyTurns(server, data);
        }
    }

    private static void fortyTurns(FakeModelServer server, Path data) {
        server.script(r -> FakeModelServer.Reply.unmetered(switch (r.role()) {
            case "client" -> CLIENT;
            case "suggestions" -> SUGGESTIONS;
            default -> ANALYSIS;
        }));
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();

        for (int turn = 1; turn <= TURNS; turn++) {
            SessionUpdate update = h.engine.reply(id, REPLIES.get(turn % REPLIES.size()));
            assertEquals(SessionStatus.ACTIVE, update.status(), "turn " + turn);
            // The fake's fixed client answer may miss what a turn asks (then the answer check replaces it,
            // as it should); what this test forbids is the budget running out.
            List<Notice> spent = update.notices().stream().filter(n -> n.kind() == Notice.Kind.FALLBACK)
                    .filter(n -> n.text().contains("budget")).toList();
            assertTrue(spent.isEmpty(), "turn " + turn + ": " + spent);
        }

        ModelUsage usage = h.roles.usage().usage(id);
        long clientCalls = server.requests().stream().filter(r -> r.role().equals("client")).count();
        assertTrue(clientCalls > TURNS, "the client was voiced by the model to the end: " + clientCalls + " calls");
        assertTrue(usage.inputTokens() > TURNS * 2_000L, "prompts were counted: " + usage.inputTokens());
        System.out.println(costs(server, usage));
    }

    /** The measured cost, per role and turn, as the README states it. */
    private static String costs(FakeModelServer server, ModelUsage usage) {
        OpenAiTokenCountEstimator estimator = new OpenAiTokenCountEstimator("gpt-4o-mini");
        Map<String, long[]> byRole = new HashMap<>();
        for (FakeModelServer.Request r : server.requests()) {
            long[] sum = byRole.computeIfAbsent(r.role(), k -> new long[2]);
            sum[0] += estimator.estimateTokenCountInText(r.prompt());
            sum[1]++;
        }
        StringBuilder out = new StringBuilder("tokens over ").append(TURNS).append(" turns: input=")
                .append(usage.inputTokens()).append(" output=").append(usage.outputTokens()).append(" calls=")
                .append(usage.calls());
        byRole.forEach((role, sum) -> out.append(' ').append(role).append("_prompt_per_call=").append(sum[0] / sum[1])
                .append(" (").append(sum[1]).append(" calls)"));
        Map<String, String> answers = Map.of("client", CLIENT, "suggestions", SUGGESTIONS, "analysis", ANALYSIS);
        answers.forEach((role, text) -> out.append(' ').append(role).append("_answer=")
                .append(estimator.estimateTokenCountInText(text)));
        return out.toString();
    }
}
