package org.practicum.core.llm;

import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.Phase;
import org.practicum.core.simulation.SpeechContext;

/**
 * {@code bench --llm-latency-ms}: many concurrent sessions against a simulated model of fixed latency,
 * every role model-backed, to show that throughput is bounded by the model and not by the engine,
 * and that the trainee waits for the client's call alone (the client latency, from the trainee's
 * message to the client's line); and the client prompt's size at turn 6 and turn 60. Each session
 * sends its next reply once the whole turn (the coaching too) is back, as a trainee reads it first.
 */
public final class LlmBench {

    /** Builds the engine to measure from the roles (the composition root's own wiring). */
    @FunctionalInterface
    public interface EngineFactory {
        PracticeEngine create(LlmRoles roles);
    }

    /**
     * The figures; {@link #line()} is the bench's last stdout line. {@code overheadP99Ms}: the engine's
     * own time before the client's line, beyond the model calls it waited for on the way.
     */
    public record Result(int sessions, double turnsPerSecond, double overheadP99Ms, int promptTokensTurn6,
                         int promptTokensTurn60, double clientLatencyP50Ms, double clientLatencyP99Ms) {
        public String line() {
            return String.format(Locale.ROOT, "bench-llm sessions=%d turns_per_s=%.2f overhead_p99_ms=%.2f "
                    + "prompt_tokens_turn6=%d prompt_tokens_turn60=%d client_latency_p50_ms=%.0f "
                    + "client_latency_p99_ms=%.0f", sessions, turnsPerSecond, overheadP99Ms, promptTokensTurn6,
                    promptTokensTurn60, clientLatencyP50Ms, clientLatencyP99Ms);
        }
    }

    /** Per turn: how long the trainee waited for the client's line, and the engine's own share of it (ms). */
    private record Waits(List<Double> clientLatency, List<Double> overhead) {
        Waits() {
            this(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()));
        }
    }

    private LlmBench() {
    }

    /**
     * @param promptsDir   the prompt templates ({@code config/prompts})
     * @param replies      trainee replies to cycle through
     */
    public static Result run(Path promptsDir, List<Scenario> scenarios, OfflineRoles offline, EngineFactory factory,
                             long latencyMs, int sessions, int turnsPerSession, List<String> replies) throws Exception {
        PromptLibrary prompts = PromptLibrary.load(promptsDir);
        LlmSettings settings = benchSettings();
        LlmRoles roles = LlmRoles.withModels(settings, prompts, offline, null, Clock.systemUTC(), recorder -> {
            Map<LlmRole, ChatModel> models = new EnumMap<>(LlmRole.class);
            for (LlmRole role : LlmRole.values()) {
                models.put(role, new SimulatedChatModel(role, latencyMs, recorder));
            }
            return models;
        });
        PracticeEngine engine = factory.create(roles);
        // Warm-up: class loading, the JIT and the tokenizer's encoding tables are not the engine's steady cost.
        for (int w = 0; w < 3; w++) {
            session(engine, scenarios.get(w % scenarios.size()), -1 - w, 3, replies, new Waits());
        }
        Waits waits = new Waits();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        long started = System.nanoTime();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                int index = s;
                done.add(pool.submit(() -> session(engine, scenarios.get(index % scenarios.size()), index,
                        turnsPerSession, replies, waits)));
            }
            int turns = 0;
            for (Future<Integer> f : done) {
                turns += f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Scenario scenario = scenarios.get(0);
            return new Result(sessions, turns / seconds, percentile(waits.overhead(), 0.99),
                    promptTokens(prompts, settings, scenario, 6, replies),
                    promptTokens(prompts, settings, scenario, 60, replies), percentile(waits.clientLatency(), 0.50),
                    percentile(waits.clientLatency(), 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(List<Double> samples, double p) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static int session(PracticeEngine engine, Scenario scenario, int index, int turns, List<String> replies,
                               Waits waits) {
        String id = engine.start(scenario.id(), new Participant("bench-" + index, "bench"), SessionOrigin.terminal(),
                (long) index).sessionId();
        int done = 0;
        for (int t = 0; t < turns; t++) {
            SimulatedChatModel.takeModelNanos();
            long before = System.nanoTime();
            // The client's call is made on this thread, so its model time is this thread's until the line.
            var update = engine.reply(id, null, replies.get(Math.floorMod(index * 7 + t * 5, replies.size())), null,
                    line -> {
                        long waited = System.nanoTime() - before;
                        waits.clientLatency().add(waited / 1e6);
                        waits.overhead().add((waited - SimulatedChatModel.takeModelNanos()) / 1e6);
                    });
            done++;
            if (update.status() == SessionStatus.ENDED) {
                break;
            }
        }
        return done;
    }

    /**
     * The client prompt's tokens at a given turn, for a conversation of that length built from the
     * scenario's own lines; the state is held the same so only the conversation's length differs.
     */
    static int promptTokens(PromptLibrary prompts, LlmSettings settings, Scenario scenario, int turn,
                            List<String> replies) {
        List<Line> clientLines = new ArrayList<>(scenario.opening());
        scenario.layers().forEach(l -> {
            clientLines.addAll(l.disclose());
            clientLines.addAll(l.elaborate());
        });
        List<TranscriptEntry> transcript = new ArrayList<>();
        transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, 0, clientLines.get(0).text()));
        for (int t = 1; t < turn; t++) {
            transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, t, replies.get(t % replies.size())));
            transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, t,
                    clientLines.get(t % clientLines.size()).text()));
        }
        int core = scenario.coreIndex();
        ClientState state = new ClientState(0.6, core + 1, core, Phase.DEEPENING,
                Emotion.of(scenario.layer(core).emotion(), 0.6), 0, 0, Set.of(), Set.of(), null, 0, 3, false, false);
        ClientDirective directive = ClientDirective.of(ClientMove.ELABORATE, core, scenario.layer(core).elaborate());
        SpeechContext context = new SpeechContext("bench", scenario, state, null, replies.get(turn % replies.size()),
                transcript, turn, 1L);
        TokenCountEstimator estimator = new OpenAiTokenCountEstimator("gpt-4o-mini");
        return estimator.estimateTokenCountInMessages(new ClientPrompt(prompts, settings.recentTurns())
                .messages(directive, context));
    }

    private static LlmSettings benchSettings() {
        Map<LlmRole, String> models = new EnumMap<>(LlmRole.class);
        for (LlmRole role : LlmRole.values()) {
            models.put(role, "simulated");
        }
        return new LlmSettings(LlmProvider.OPENAI, Optional.empty(), models, 0.8, 600, Duration.ofSeconds(120), 0,
                Duration.ZERO, 1_000_000, Duration.ofSeconds(1), 0, 0, 4, "prompts", GeminiSafetyThreshold.DEFAULT,
                AnswerFormat.SCHEMA);
    }
}
