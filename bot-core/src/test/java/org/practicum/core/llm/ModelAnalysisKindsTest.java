package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;

/**
 * The model analyser through the real LangChain4j OpenAI client against the loopback fake: it is asked for
 * the same flag kinds the rules use, its own flags reach the trainee, and a missed cue the rules caught is
 * kept and leads even when the model saw none.
 */
class ModelAnalysisKindsTest {

    private static final String CUE_LINE = "{\"message\":\"some mornings i think it'd be easier not to wake up\","
            + "\"emotion\":\"sadness\",\"valence\":-0.7,\"arousal\":-0.2,\"disclosed_layers\":[],\"wants_to_end\":false}";
    private static final String MODEL_SEES_ONLY_MINIMISING = "{\"sentences\":[{\"text\":\"Ha, nights would do that to "
            + "anyone!\",\"skill\":\"other\"},{\"text\":\"Anyway, what are you revising?\",\"skill\":\"open_question\"}],"
            + "\"flags\":[{\"kind\":\"minimising\",\"quote\":\"Ha, nights would do that to anyone!\",\"why\":\"It laughs "
            + "it off.\",\"better\":\"That sounds really hard.\"}],\"acknowledges_cue\":true,\"asks_about_risk\":false,"
            + "\"rationale\":\"Laughed off a hard morning.\"}";

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

    @Test
    void the_model_gets_the_rules_kinds_and_a_missed_cue_only_the_rules_saw_is_kept_and_leads() {
        // given a model client who voices passive ideation, and a model analyser that sees only minimising
        server.script(r -> FakeModelServer.Reply.ok(switch (r.role()) {
            case "client" -> CUE_LINE;
            case "suggestions" -> FakeModelServer.SUGGESTIONS_JSON;
            default -> MODEL_SEES_ONLY_MINIMISING;
        }));
        Harness h = Harness.start(data, Harness.env(server, "openai"), null);
        String id = h.startSession();
        h.engine.reply(id, "what's been going on?");

        // when the trainee laughs the cue off and changes the subject
        h.engine.reply(id, "Ha, nights would do that to anyone! Anyway, what are you revising?");

        // then the model was told the kinds and the cue, and the trainee gets both flags, the missed cue first
        FakeModelServer.Request asked = server.requests("analysis").get(server.requests("analysis").size() - 1);
        for (String kind : List.of("premature_advice", "missed_distress_cue", "minimising", "judging", "self_focus",
                "closed_question_streak")) {
            assertTrue(asked.system().contains("- " + kind + ":"), kind + " defined in: " + asked.system());
        }
        assertTrue(asked.system().contains(org.practicum.core.cue.CueKind.IDEATION.description()), asked.system());
        List<FlagKind> flags = h.engine.find(id).orElseThrow().lastActive().orElseThrow().analysis().flags().stream()
                .map(Flag::kind).toList();
        assertEquals(List.of(FlagKind.MISSED_DISTRESS_CUE, FlagKind.MINIMISING), flags);
    }
}
