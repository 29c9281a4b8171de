package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.testing.Fixtures;

class LlmBenchTest {

    static final List<String> REPLIES = List.of(
            "It sounds like this has been really heavy for you.",
            "What's been the hardest part?",
            "Have you tried making a study timetable?",
            "That sounds exhausting. It makes sense you feel worn out.",
            "Do you sleep ok?",
            "At least you have people around you.",
            "When you say that, are you having thoughts of ending your life?",
            "It sounds like part of you feels really alone with this.",
            "How are you feeling right now?");

    @TempDir
    Path data;

    private LlmBench.Result bench(long latencyMs, int sessions, int turns) throws Exception {
        OfflineRoles offline = Fixtures.offlineRoles();
        return LlmBench.run(Fixtures.CONFIG.resolve("prompts"), Fixtures.scenarios().all(), offline,
                roles -> Fixtures.engine(data, roles.analyzer(), roles.client(), roles.suggestions()),
                latencyMs, sessions, turns, REPLIES);
    }

    @Test
    void concurrent_sessions_are_limited_by_the_model_and_the_client_prompt_stays_flat_from_turn_6_to_60()
            throws Exception {
        // given 40 sessions against a model that takes 100 ms a call (three calls a turn, two one after the
        // other: the analysis runs alongside the client's)
        LlmBench.Result result = bench(100, 40, 4);

        // then the sessions overlap their model waits: well above one session's serial rate (1 / 0.2 s),
        // never above the model's bound of sessions / (2 x latency). (The margin is wide because the
        // build machine's two cores are shared; the report gives the measured figures.)
        double serialRate = 1 / 0.2;
        double modelBound = 40 / 0.2;
        assertTrue(result.turnsPerSecond() > 3 * serialRate, result.line());
        assertTrue(result.turnsPerSecond() <= modelBound * 1.05, result.line());
        // and a turn 60 prompt is within 5% of a turn 6 prompt
        assertTrue(Math.abs(result.promptTokensTurn60() - result.promptTokensTurn6())
                <= 0.05 * result.promptTokensTurn6(), result.line());
        assertTrue(result.line().matches("bench-llm sessions=40 turns_per_s=[0-9.]+ overhead_p99_ms=[0-9.]+ "
                + "prompt_tokens_turn6=\\d+ prompt_tokens_turn60=\\d+ client_latency_p50_ms=\\d+ client_latency_p99_ms=\\d+"),
                result.line());
    }

    @Test
    void the_prompt_at_turn_60_keeps_the_last_turns_word_for_word_and_summarises_the_rest() {
        PromptLibrary prompts = PromptLibrary.load(Fixtures.CONFIG.resolve("prompts"));
        var scenario = Fixtures.scenarios().find("exam-stress").orElseThrow();
        int at6 = LlmBench.promptTokens(prompts, settings(), scenario, 6, REPLIES);
        int at60 = LlmBench.promptTokens(prompts, settings(), scenario, 60, REPLIES);

        assertTrue(at6 > 500, "a real prompt: " + at6);
        assertEquals(at6, at60, at6 * 0.05);
    }

    /** The full figure for the report: 100 sessions, 2 s a call. Run with -Dbench.full=true. */
    @Test
    void full_bench_at_two_seconds_a_call() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bench.full"));
        LlmBench.Result result = bench(2000, 100, 5);
        System.out.println(result.line());
    }

    private static LlmSettings settings() {
        return LlmSettings.from(org.practicum.core.config.Settings.load(Fixtures.CONFIG.resolve("application.yaml"),
                java.util.Map.of()));
    }
}
