package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.config.Secrets;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;

/** The real LangChain4j Ollama client against a loopback fake of Ollama's /api/chat. */
class OllamaProviderTest {

    @TempDir
    Path data;

    private FakeModelServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeModelServer(FakeDialect.OLLAMA);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a_local_ollama_needs_no_key_and_is_asked_for_json_with_the_persona_and_the_trainee_message() {
        // given Ollama with no key in the environment
        var env = Harness.env(server, "ollama");
        env.remove(Secrets.LLM_API_KEY);
        Harness h = Harness.start(data, env, null);
        String id = h.startSession();

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        // then the model's words reach the trainee and the request was a JSON chat about Tomek
        assertEquals("yeah. it's just a lot right now", update.client().text());
        FakeModelServer.Request last = server.requests("client").get(server.requests("client").size() - 1);
        assertEquals("/api/chat", last.path());
        assertNull(last.authorization());
        // the client's reply schema as Ollama's structured-output format
        assertEquals("object", last.body().at("/format/type").asText());
        assertTrue(last.body().at("/format/properties").has("wants_to_end"), last.body().get("format").toString());
        assertEquals("test-model", last.body().get("model").asText());
        assertTrue(last.system().contains("Tomek (Tomasz) Nowak"));
        assertTrue(last.prompt().contains("<trainee_message>\nit sounds like a lot has been piling up.\n</trainee_message>"));
    }

    @Test
    void an_ollama_500_falls_back_to_the_offline_client_with_a_notice() {
        Harness h = Harness.start(data, Harness.env(server, "ollama"), null);
        String id = h.startSession();
        server.script(r -> FakeModelServer.Reply.status(500));

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        assertTrue(update.notices().stream().anyMatch(n -> n.kind() == Notice.Kind.FALLBACK
                && n.text().contains("did not answer")));
        assertTrue(update.suggestions().items().size() == 3);
    }
}
