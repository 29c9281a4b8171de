package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.llm.TurnChecks.fallbackNotice;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI client against a loopback fake that answers like LM Studio: a JSON schema or plain text
 * is accepted, json_object is refused with a 400 whose body says why.
 */
class LmStudioProviderTest {

    private static final String REFUSAL = "'response_format.type' must be 'json_schema' or 'text'";

    @TempDir
    Path data;

    private FakeModelServer server;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer(FakeDialect.OPENAI);
        server.script(r -> {
            String type = r.body().path("response_format").path("type").asText("text");
            return type.equals("json_schema") || type.equals("text") ? FakeModelServer.valid(r)
                    : new FakeModelServer.Reply(400, "{\"error\":\"" + REFUSAL + "\"}", 0, 0, true);
        });
        log.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        server.close();
    }

    @Test
    void by_default_every_role_sends_its_json_schema_and_the_turn_uses_the_model_without_a_fallback() {
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertTrue(update.notices().stream().noneMatch(n -> n.kind() == Notice.Kind.FALLBACK), update.notices()::toString);
        for (String role : List.of("client", "suggestions", "analysis")) {
            JsonNode format = server.requests(role).get(0).body().path("response_format");
            assertEquals("json_schema", format.path("type").asText(), role);
            JsonNode schema = format.path("json_schema").path("schema");
            assertEquals("object", schema.path("type").asText(), role);
            assertFalse(schema.path("required").isEmpty(), role + " schema keeps its required fields");
        }
        assertTrue(server.requests("client").get(0).body().path("response_format").path("json_schema")
                .path("schema").path("properties").has("wants_to_end"), "the client's own schema");
    }

    @Test
    void text_format_sends_no_response_format_and_still_gets_a_checked_answer() {
        Harness h = Harness.start(data, Harness.env(server, "openai", "PRACTICUM_LLM_RESPONSE_FORMAT", "text"), null);
        String id = h.startSession();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        assertEquals("yeah. it's just a lot right now", update.client().text());
        assertTrue(server.requests().stream().allMatch(r -> r.body().path("response_format").isMissingNode()));
    }

    @Test
    void json_object_refused_with_a_400_falls_back_and_the_log_says_what_the_server_said_without_the_key() {
        Harness h = Harness.start(data, Harness.env(server, "openai", "PRACTICUM_LLM_RESPONSE_FORMAT", "json"), null);
        String id = h.startSession();

        SessionUpdate update = h.engine.reply(id, "it sounds like a lot has been piling up.");

        assertTrue(fallbackNotice(update).contains("did not answer"), fallbackNotice(update));
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("HTTP 400") && l.contains(REFUSAL)), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.contains(Harness.KEY)));
    }
}
