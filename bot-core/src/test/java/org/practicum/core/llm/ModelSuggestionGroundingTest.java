package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;

/** The model's suggestions pass the same grounding check as the offline ones (issue 15 item 6). */
class ModelSuggestionGroundingTest {

    @TempDir
    Path data;

    private FakeModelServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeModelServer(FakeDialect.OPENAI);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static FakeModelServer.Reply suggestions(String mi, String empathetic, String support) {
        return FakeModelServer.Reply.ok("{\"mi\":\"" + mi + "\",\"empathetic\":\"" + empathetic + "\",\"support\":\""
                + support + "\",\"watch_out\":\"\"}");
    }

    @Test
    void a_model_suggestion_naming_someone_the_client_has_not_mentioned_is_replaced_by_an_offline_one() {
        // given a model whose MI suggestion knows the client's sister, whom he has not mentioned yet
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();
        String named = "How does Zosia fit into all of this for you?";
        server.script(r -> r.role().equals("suggestions")
                ? suggestions(named, "That sounds exhausting.", "It's okay to take your time.")
                : FakeModelServer.valid(r));

        // when the trainee replies
        SessionUpdate update = h.engine.reply(id, "hey, thanks for reaching out. what's been going on?");

        // then the trainee sees an offline MI suggestion in its place and the model's other two as written
        Suggestion mi = update.suggestions().of(SuggestionKind.MI);
        assertFalse(mi.text().toLowerCase().contains("zosia"), mi.text());
        assertFalse(mi.text().isBlank());
        assertEquals("That sounds exhausting.", update.suggestions().of(SuggestionKind.EMPATHETIC).text());
        assertEquals("It's okay to take your time.", update.suggestions().of(SuggestionKind.SUPPORT).text());
    }

    @Test
    void model_suggestions_that_keep_to_what_was_said_are_shown_as_written() {
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();
        server.script(r -> r.role().equals("suggestions")
                ? suggestions("What feels heaviest right now?", "That sounds exhausting.", "I'm here and listening.")
                : FakeModelServer.valid(r));

        SessionUpdate update = h.engine.reply(id, "hey, thanks for reaching out. what's been going on?");

        assertEquals("What feels heaviest right now?", update.suggestions().of(SuggestionKind.MI).text());
    }

    @Test
    void the_suggestions_prompt_carries_the_grounding_safety_and_planning_rules() {
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();

        h.engine.reply(id, "hey, thanks for reaching out. what's been going on?");

        String system = server.requests("suggestions").get(0).system();
        assertTrue(system.contains("has not mentioned"), system);
        assertTrue(system.contains("are you having thoughts of ending"), system);
        assertTrue(system.contains("it has not been yet"), "the core has not been heard yet: " + system);
    }
}
