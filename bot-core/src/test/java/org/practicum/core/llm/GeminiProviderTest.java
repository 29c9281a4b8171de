package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.llm.TurnChecks.fallbackOrNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.report.ModelUsage;
import org.practicum.core.session.SessionUpdate;

/** The real LangChain4j Google AI Gemini client against a loopback fake of generateContent. */
class GeminiProviderTest {

    @TempDir
    Path data;

    private FakeModelServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeModelServer(FakeDialect.GEMINI);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_practice_turn_sends_the_persona_to_the_model_path_with_the_key_in_a_header_and_shows_the_model_line() {
        // given an engine whose roles run on Gemini
        Harness h = Harness.start(data, Harness.env(server, "gemini", "PRACTICUM_LLM_MAX_OUTPUT_TOKENS", "333"),
                null);
        String id = h.startSession();

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // then the model's words are the client's line
        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertNull(fallbackOrNull(update));
        // and the request named the model in the path and carried the key in a header, not the URL
        FakeModelServer.Request last = server.requests("client").get(server.requests("client").size() - 1);
        assertEquals("/v1beta/models/test-model:generateContent", last.path());
        assertEquals("test-model", last.model());
        assertEquals(Harness.KEY, last.header("x-goog-api-key"));
        assertTrue(last.query() == null || !last.query().contains(Harness.KEY), "key not in the URL");
        assertNull(last.authorization());
        assertEquals(333, last.body().at("/generationConfig/maxOutputTokens").asInt());
        assertEquals("application/json", last.body().at("/generationConfig/responseMimeType").asText());
        assertTrue(last.body().get("generationConfig").toString().contains("wants_to_end"),
                "the client's reply schema as the response schema: " + last.body().get("generationConfig"));
        // the system prompt travels as systemInstruction, the turns as contents
        assertTrue(last.system().contains("Tomek (Tomasz) Nowak"), last.system());
        last.body().get("contents").forEach(c -> assertFalse("system".equals(c.path("role").asText())));
        assertTrue(last.prompt().contains("<trainee_message>\nit sounds like a lot has been piling up.\n</trainee_message>"));
    }

    @Test
    void every_role_is_asked_for_a_json_answer_and_the_suggestions_and_analysis_reach_the_trainee() {
        Harness h = Harness.start(data, Harness.env(server, "gemini"), null);
        String id = h.startSession();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        for (String role : new String[] {"client", "suggestions", "analysis"}) {
            FakeModelServer.Request asked = server.requests(role).get(0);
            assertEquals("application/json", asked.body().at("/generationConfig/responseMimeType").asText(),
                    role + ": " + asked.body().get("generationConfig"));
        }
        assertEquals("What feels heaviest right now?", update.suggestions().items().get(0).text());
        assertEquals("An open question invites more.", h.engine.find(id).orElseThrow().lastActive().orElseThrow()
                .analysis().rationale());
    }

    @Test
    void the_debrief_counts_the_prompt_and_candidate_tokens_gemini_reports() {
        Harness h = Harness.start(data, Harness.env(server, "gemini"), null);
        String id = h.startSession();
        server.script(r -> new FakeModelServer.Reply(200, FakeModelServer.valid(r).content(), 0, 1234));
        h.engine.reply(id, "it sounds like a lot has been piling up.");

        ModelUsage usage = h.debriefs.end(id).modelUsage();

        // the opening: client + suggestions (900 each); one reply: analysis + client + suggestions (1234 each)
        assertEquals(5, usage.calls());
        assertEquals(2 * 900 + 3 * 1234, usage.inputTokens());
        assertEquals(5 * FakeModelServer.OUTPUT_TOKENS, usage.outputTokens());
        assertEquals(0, usage.fallbacks());
    }

    @Test
    void an_answer_withheld_by_geminis_safety_filter_is_served_offline_at_once_saying_so() {
        // given a client role whose answers Gemini blocks: a candidate with no content, finishReason SAFETY
        Harness h = Harness.start(data, Harness.env(server, "gemini"), null);
        String blocked = "{\"candidates\":[{\"finishReason\":\"SAFETY\",\"index\":0,\"safetyRatings\":[{\"category\":"
                + "\"HARM_CATEGORY_DANGEROUS_CONTENT\",\"probability\":\"HIGH\",\"blocked\":true}]}],"
                + "\"usageMetadata\":{\"promptTokenCount\":900,\"totalTokenCount\":900},\"modelVersion\":\"test-model\"}";

        // when the trainee asks about risk
        TurnChecks.Asked asked = TurnChecks.askAboutRisk(h, server, r -> FakeModelServer.Reply.verbatim(blocked));

        // then the scripted client speaks, the trainee is told why, and the same filter was not asked again
        TurnChecks.assertWithheldByTheFilter(asked);
    }

    @Test
    void a_relaxed_safety_threshold_travels_with_every_roles_request_for_each_harm_category() {
        // given a community that lets Gemini block only content with a high probability of harm
        Harness h = Harness.start(data, Harness.env(server, "gemini",
                "PRACTICUM_LLM_GEMINI_SAFETY_THRESHOLD", "block-only-high"), null);
        String id = h.startSession();

        // when the trainee replies
        h.engine.reply(id, "have you had any thoughts of ending your life?");

        // then the client, the coach and the analyst all asked with that threshold in the four categories
        for (String role : new String[] {"client", "suggestions", "analysis"}) {
            FakeModelServer.Request asked = server.requests(role).get(0);
            Map<String, String> thresholds = new TreeMap<>();
            asked.body().path("safetySettings").forEach(setting -> thresholds.put(setting.path("category").asText(),
                    setting.path("threshold").asText()));
            assertEquals(Map.of("HARM_CATEGORY_HARASSMENT", "BLOCK_ONLY_HIGH", "HARM_CATEGORY_HATE_SPEECH",
                    "BLOCK_ONLY_HIGH", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "BLOCK_ONLY_HIGH",
                    "HARM_CATEGORY_DANGEROUS_CONTENT", "BLOCK_ONLY_HIGH"), thresholds, role);
        }
    }

    @Test
    void the_shipped_default_sends_no_safety_settings_so_googles_own_defaults_apply() {
        Harness h = Harness.start(data, Harness.env(server, "gemini"), null);
        String id = h.startSession();

        h.engine.reply(id, "it sounds like a lot has been piling up.");

        assertFalse(server.requests().isEmpty());
        server.requests().forEach(r -> assertFalse(r.body().has("safetySettings"), r.body().toString()));
    }

    @Test
    void a_trainee_message_gemini_blocks_before_the_model_runs_is_served_offline_at_once_saying_so() {
        // given a client role whose prompt Gemini blocks outright: promptFeedback.blockReason and no candidates
        Harness h = Harness.start(data, Harness.env(server, "gemini"), null);
        String blocked = "{\"promptFeedback\":{\"blockReason\":\"SAFETY\",\"safetyRatings\":[{\"category\":"
                + "\"HARM_CATEGORY_DANGEROUS_CONTENT\",\"probability\":\"HIGH\"}]},\"usageMetadata\":{"
                + "\"promptTokenCount\":900,\"totalTokenCount\":900},\"modelVersion\":\"test-model\"}";

        // when the trainee asks about risk
        TurnChecks.Asked asked = TurnChecks.askAboutRisk(h, server, r -> FakeModelServer.Reply.verbatim(blocked));

        // then the scripted client speaks, the trainee is told why, and the same filter was not asked again
        TurnChecks.assertWithheldByTheFilter(asked);
    }
}

