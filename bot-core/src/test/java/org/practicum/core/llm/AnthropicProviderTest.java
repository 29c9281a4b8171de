package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.llm.TurnChecks.fallbackOrNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.report.ModelUsage;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.testing.Fixtures;

/** The real LangChain4j Anthropic client against a loopback fake of the Messages API. */
class AnthropicProviderTest {

    @TempDir
    Path data;

    private FakeModelServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeModelServer(FakeDialect.ANTHROPIC);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_practice_turn_sends_the_persona_the_model_and_the_key_as_x_api_key_and_shows_the_model_line() {
        // given an engine whose roles run on Anthropic
        Harness h = Harness.start(data, Harness.env(server, "anthropic", "PRACTICUM_LLM_MAX_OUTPUT_TOKENS", "333"),
                null);
        String id = h.startSession();

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // then the model's words are the client's line
        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertNull(fallbackOrNull(update));
        // and the request went to the Messages API with the key in its own header, never as a bearer token
        FakeModelServer.Request last = server.requests("client").get(server.requests("client").size() - 1);
        assertEquals("/v1/messages", last.path());
        assertEquals(Harness.KEY, last.header("x-api-key"));
        assertEquals("2023-06-01", last.header("anthropic-version"));
        assertNull(last.authorization());
        assertEquals("test-model", last.body().get("model").asText());
        assertEquals(333, last.body().get("max_tokens").asInt());
        // the system prompt travels in Anthropic's own field, not as a message
        assertTrue(last.system().contains("Tomek (Tomasz) Nowak"), last.system());
        last.body().get("messages").forEach(m -> assertFalse("system".equals(m.path("role").asText())));
        assertTrue(last.prompt().contains("<trainee_message>\nit sounds like a lot has been piling up.\n</trainee_message>"));
    }

    @Test
    void without_a_json_mode_suggestions_and_analysis_get_their_schema_in_the_prompt_and_their_answers_are_used()
            throws IOException {
        Harness h = Harness.start(data, Harness.env(server, "anthropic"), null);
        String id = h.startSession();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // the Messages API has no JSON response format, so none is sent; the schema is in the prompt instead
        for (String role : new String[] {"suggestions", "analysis"}) {
            FakeModelServer.Request asked = server.requests(role).get(0);
            assertFalse(asked.body().has("response_format") || asked.body().has("output_format"), role);
            assertTrue(asked.system().contains(schema(role)), role + " prompt carries its schema");
        }
        assertEquals("What feels heaviest right now?", update.suggestions().items().get(0).text());
        assertEquals("An open question invites more.", h.engine.find(id).orElseThrow().lastActive().orElseThrow()
                .analysis().rationale());
    }

    /** The role's schema as the prompt shows it: the shipped file, compact. */
    private static String schema(String role) throws IOException {
        return new ObjectMapper().readTree(Fixtures.CONFIG.resolve("prompts/" + role + ".schema.json").toFile())
                .toString();
    }

    @Test
    void a_json_answer_wrapped_in_prose_and_a_code_fence_is_still_used() {
        // given a model that, with no JSON mode, talks around its JSON
        Harness h = Harness.start(data, Harness.env(server, "anthropic"), null);
        String id = h.startSession();
        server.script(r -> r.role().equals("client")
                ? FakeModelServer.Reply.ok("Here is my reply:\n```json\n" + FakeModelServer.CLIENT_JSON + "\n```")
                : FakeModelServer.valid(r));
        int before = server.requests("client").size();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // then the object inside is used at once, with no repair request
        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertEquals(1, server.requests("client").size() - before);
    }

    @Test
    void the_debrief_counts_the_input_and_output_tokens_anthropic_reports() {
        Harness h = Harness.start(data, Harness.env(server, "anthropic"), null);
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
    void a_refusal_is_served_offline_at_once_saying_the_models_filter_withheld_the_answer() {
        // given a client role whose answers Anthropic's safety classifiers stop: stop_reason refusal, and with
        // it whatever the model had written before it was stopped
        Harness h = Harness.start(data, Harness.env(server, "anthropic"), null);

        // when the trainee asks about risk
        TurnChecks.Asked asked = TurnChecks.askAboutRisk(h, server,
                r -> FakeModelServer.Reply.verbatim(stopped(r.model(), "{\"message\":", "refusal")));

        // then the scripted client speaks, the trainee is told why, and the same filter was not asked again
        TurnChecks.assertWithheldByTheFilter(asked);
    }

    @Test
    void an_answer_stopped_for_another_reason_the_client_calls_other_still_gets_its_repair_request() {
        // given a client role whose first answer ends with pause_turn, which LangChain4j also maps to OTHER
        Harness h = Harness.start(data, Harness.env(server, "anthropic"), null);
        String id = h.startSession();
        AtomicInteger calls = new AtomicInteger();
        server.script(r -> !r.role().equals("client") ? FakeModelServer.valid(r)
                : calls.getAndIncrement() == 0 ? FakeModelServer.Reply.verbatim(stopped(r.model(), "", "pause_turn"))
                : FakeModelServer.valid(r));

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // then it is no filter: the repair request is sent and its answer is used
        assertEquals(2, calls.get());
        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertNull(fallbackOrNull(update));
    }

    /**
     * A Messages API answer that stopped for {@code reason} after writing {@code text} (no content block if
     * empty).
     */
    private static String stopped(String model, String text, String reason) {
        ObjectNode root = new ObjectMapper().createObjectNode().put("id", "msg_02").put("type", "message")
                .put("role", "assistant").put("model", model);
        var content = root.putArray("content");
        if (!text.isEmpty()) {
            content.addObject().put("type", "text").put("text", text);
        }
        root.put("stop_reason", reason).putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", 900).put("output_tokens", 3);
        return root.toString();
    }
}
