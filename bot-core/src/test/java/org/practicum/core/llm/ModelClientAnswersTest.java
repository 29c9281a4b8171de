package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.llm.TurnChecks.authored;
import static org.practicum.core.llm.TurnChecks.fallbackNotice;
import static org.practicum.core.llm.TurnChecks.fallbackOrNull;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.testing.Fixtures;

/** A model-voiced client answers what the engine decided it answers, or the offline line does (issue 13 item 10). */
class ModelClientAnswersTest {

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

    private static FakeModelServer.Reply client(String message) {
        return FakeModelServer.Reply.ok("{\"message\":\"" + message + "\",\"emotion\":\"sadness\",\"valence\":-0.5,"
                + "\"arousal\":-0.1,\"disclosed_layers\":[],\"wants_to_end\":false}");
    }

    @Test
    void a_model_that_talks_past_a_direct_risk_question_twice_is_replaced_by_the_scenarios_risk_answer() {
        // given a model that answers the risk question with the next part of the story, twice
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();
        server.script(r -> r.role().equals("client") ? client("My first exam is Structural Analysis on the 13th.")
                : FakeModelServer.valid(r));
        int before = server.requests("client").size();

        // when the trainee asks directly
        SessionUpdate update = h.engine.reply(id, "Are you having any thoughts of ending your life?");

        // then the model was asked once more, and the trainee gets the authored answer with a notice
        assertEquals(2, server.requests("client").size() - before);
        assertTrue(server.requests("client").get(server.requests("client").size() - 1).prompt()
                .contains("did not answer the direct question"));
        Scenario scenario = Fixtures.scenarios().find("exam-stress").orElseThrow();
        assertTrue(scenario.riskAnswers(RiskQuestion.IDEATION).stream()
                        .anyMatch(l -> update.client().text().contains(l.text())), update.client().text());
        assertTrue(authored(update.client().text()));
        assertTrue(fallbackNotice(update).contains("offline script"), fallbackNotice(update));
    }

    @Test
    void a_model_that_answers_the_risk_question_in_its_own_words_is_shown_as_written() {
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();
        server.script(r -> r.role().equals("client") ? client("No, nothing like that. I just want the exams gone.")
                : FakeModelServer.valid(r));

        SessionUpdate update = h.engine.reply(id, "Are you having any thoughts of ending your life?");

        assertEquals("No, nothing like that. I just want the exams gone.", update.client().text());
        assertNull(fallbackOrNull(update));
    }
}
