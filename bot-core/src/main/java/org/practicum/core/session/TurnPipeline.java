package org.practicum.core.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.MessageReader;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientPolicy;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientSimulator;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.SpeechContext;
import org.practicum.core.simulation.Utterance;
import org.practicum.core.suggestion.SuggestionContext;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.suggestion.Suggestions;

/**
 * One turn of the conversation, in the order a turn happens: read the trainee's message quickly,
 * decide what the client does, speak, feel, read the cues in what was said; then, while the line is
 * shown, coach: the analyser's fuller reading (a model's, which ran while the client spoke) and the
 * suggestions. The trainee waits for the client's model call alone. The opening (turn 0) is the same
 * pipeline with no trainee message. It holds no session state and stores nothing: the engine locks,
 * stores and retries around it. Thread-safe.
 */
final class TurnPipeline {

    private static final Suggestions NONE = new Suggestions(List.of(), "");
    /**
     * Where the analyser's review and the suggestions wait on their model calls, off the caller's
     * thread: one thread for each turn in flight, gone when idle; daemon, so nothing waits on them at exit.
     */
    private static final ExecutorService COACHING = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "turn-coaching-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    private final ResponseAnalyzer analyzer;
    private final ClientSimulator voice;
    private final SuggestionEngine suggestionEngine;
    private final ClientCues cues;
    private final Clock clock;
    private final MessageReader reader;
    private final ClientPolicy policy;

    TurnPipeline(ResponseAnalyzer analyzer, MessageReader reader, ClientPolicy policy, ClientSimulator voice,
                 SuggestionEngine suggestionEngine, DistressCueDetector cueDetector, Clock clock) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.policy = policy;
        this.voice = voice;
        this.suggestionEngine = suggestionEngine;
        this.cues = new ClientCues(cueDetector);
        this.clock = clock;
    }

    /** A turn as made, and the notice for the trainee when a role had to fall back offline (else null). */
    record Made(TurnRecord record, String fallbackNotice) {
    }

    /**
     * A turn whose client has spoken: {@code record} holds the quick reading and no suggestions yet;
     * {@code coached} completes with the whole record (the review's flags, the suggestions).
     */
    record Spoken(TurnRecord record, String fallbackNotice, CompletableFuture<TurnRecord> coached) {

        /** The whole record, waiting for the coaching; its failure is thrown as it was. */
        TurnRecord await() {
            try {
                return coached.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    /** What a turn starts from; {@code message} is null at the opening. */
    private record Start(String sessionId, Scenario scenario, long seed, int turn, int attempt, ClientState state,
                         ClientReply lastClient, List<TranscriptEntry> transcript, TraineeMessage message,
                         Suggestions shownBefore) {
    }

    /** The trainee's message: who wrote it, the words, and the platform's event id (null if none). */
    record TraineeMessage(String author, String text, String eventKey) {
    }

    /** Turn 0: the client's opening and the first suggestions, whole. */
    Made opening(String sessionId, Scenario scenario, long seed) {
        ClientState initial = policy.opening(scenario).state();
        Spoken spoken = speak(new Start(sessionId, scenario, seed, 0, 1, initial, null, List.of(), null, null));
        return new Made(spoken.await(), spoken.fallbackNotice());
    }

    /** The next turn of {@code session}: the client's answer to the trainee's message, the coaching under way. */
    Spoken reply(Session session, Scenario scenario, TraineeMessage message) {
        TurnRecord last = session.lastActive().orElseThrow();
        int turn = last.turn() + 1;
        int attempt = 1 + (int) session.turns().stream().filter(t -> t.turn() == turn).count();
        Start start = new Start(session.id(), scenario, session.seed(), turn, attempt, last.stateAfter(),
                last.client(), transcript(session), message, last.suggestions());
        return speak(start);
    }

    private Spoken speak(Start in) {
        Scenario scenario = in.scenario();
        AnalysisContext context = in.message() == null ? null : context(in);
        Analysis quick = context == null ? null : quick(context, in.message().text());
        // The fuller reading may take a model call: it runs while the client speaks, and the client never waits for it.
        CompletableFuture<Analysis> review = quick == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> analyzer.review(context, in.message().text(), quick), COACHING);
        ClientPolicy.Decision decision = quick == null ? policy.opening(scenario)
                : policy.decide(scenario, in.state(), quick,
                        in.lastClient() == null ? "" : in.lastClient().text());
        ClientDirective directive = decision.directive();
        String traineeText = in.message() == null ? "" : in.message().text();
        Utterance line = voice.speak(directive, new SpeechContext(in.sessionId(), scenario, decision.state(), quick,
                traineeText, in.transcript(), in.turn(), in.seed()));
        Emotion emotion = policy.emotionOf(scenario, line, directive, decision.state());
        ClientState after = policy.afterSpeech(scenario, decision.state(), directive, line, emotion);
        ClientReply client = new ClientReply(line.text(), emotion,
                in.lastClient() == null ? Trend.SAME : policy.trend(in.state(), after, quick, directive),
                directive.move(), scenario.layer(directive.layerIndex()).id(), cues.in(directive, line), after.ended());
        TurnRecord spoken = record(in, TryInstead.fromShown(quick, in.shownBefore()), client, NONE, after);
        return new Spoken(spoken, line.fallbackNotice(),
                review.thenApplyAsync(reviewed -> coached(in, spoken, reviewed), COACHING));
    }

    /** The spoken turn with the review's reading and the suggestions for the next reply. */
    private TurnRecord coached(Start in, TurnRecord spoken, Analysis reviewed) {
        ClientState after = spoken.stateAfter();
        Suggestions suggestions = after.ended() ? NONE
                : suggestionEngine.suggest(new SuggestionContext(in.sessionId(), in.scenario(), after, spoken.client(),
                reviewed, spokenSoFar(in, spoken.client()), in.turn(), in.seed()));
        return spoken.coached(TryInstead.fromShown(reviewed, in.shownBefore()), suggestions);
    }

    private static AnalysisContext context(Start in) {
        return new AnalysisContext(in.sessionId(), in.scenario(), in.state().facts(in.scenario()),
                in.lastClient().text(), in.lastClient().cues(), in.transcript(), in.turn());
    }

    /** The analyser's quick reading of the reply, and what it asks or says (which the client answers). */
    private Analysis quick(AnalysisContext context, String text) {
        Analysis analysis = analyzer.analyze(context, text);
        return analysis.withUnderstanding(reader.read(context, text, analysis));
    }

    private TurnRecord record(Start in, Analysis analysis, ClientReply client, Suggestions suggestions,
                              ClientState after) {
        TraineeMessage message = in.message();
        if (message == null) {
            return new TurnRecord(0, 1, null, null, null, client, suggestions, null, after, false, clock.instant());
        }
        Uptake uptake = Uptake.of(message.text(), in.shownBefore() == null ? List.of() : in.shownBefore().items());
        return new TurnRecord(in.turn(), in.attempt(), message.author(), message.text(), analysis, client, suggestions,
                uptake, after, false, clock.instant(), message.eventKey());
    }

    /** The conversation including this turn's words, as the suggestions read it. */
    private static List<TranscriptEntry> spokenSoFar(Start in, ClientReply client) {
        List<TranscriptEntry> all = new ArrayList<>(in.transcript());
        if (in.message() != null) {
            all.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, in.turn(), in.message().text()));
        }
        all.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, in.turn(), client.text()));
        return all;
    }

    private static List<TranscriptEntry> transcript(Session session) {
        List<TranscriptEntry> out = new ArrayList<>();
        for (TurnRecord t : session.activeTurns()) {
            if (t.traineeText() != null) {
                out.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, t.turn(), t.traineeText()));
            }
            if (t.client() != null) {
                out.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, t.turn(), t.client().text()));
            }
        }
        return out;
    }
}
