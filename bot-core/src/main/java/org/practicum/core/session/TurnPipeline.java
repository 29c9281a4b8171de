package org.practicum.core.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * One turn of the conversation, in the order a turn happens: analyse the trainee's message, decide what
 * the client does, speak, feel, read the cues in what was said, suggest. The opening (turn 0) is the
 * same pipeline with no trainee message. It holds no session state and stores nothing: the engine
 * locks, stores and retries around it. Thread-safe.
 */
final class TurnPipeline {

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

    /** What a turn starts from; {@code message} is null at the opening. */
    private record Start(String sessionId, Scenario scenario, long seed, int turn, int attempt, ClientState state,
                         ClientReply lastClient, List<TranscriptEntry> transcript, TraineeMessage message,
                         Suggestions shownBefore) {
    }

    /** The trainee's message: who wrote it, the words, and the platform's event id (null if none). */
    record TraineeMessage(String author, String text, String eventKey) {
    }

    /** Turn 0: the client's opening and the first suggestions. */
    Made opening(String sessionId, Scenario scenario, long seed) {
        ClientState initial = policy.opening(scenario).state();
        return make(new Start(sessionId, scenario, seed, 0, 1, initial, null, List.of(), null, null));
    }

    /** The next turn of {@code session}: the trainee's message and the client's answer to it. */
    Made reply(Session session, Scenario scenario, TraineeMessage message) {
        TurnRecord last = session.lastActive().orElseThrow();
        int turn = last.turn() + 1;
        int attempt = 1 + (int) session.turns().stream().filter(t -> t.turn() == turn).count();
        Start start = new Start(session.id(), scenario, session.seed(), turn, attempt, last.stateAfter(),
                last.client(), transcript(session), message, last.suggestions());
        return make(start);
    }

    private Made make(Start in) {
        Scenario scenario = in.scenario();
        Analysis analysis = in.message() == null ? null : analyse(in);
        ClientPolicy.Decision decision = analysis == null ? policy.opening(scenario)
                : policy.decide(scenario, in.state(), analysis, in.turn());
        ClientDirective directive = decision.directive();
        String traineeText = in.message() == null ? "" : in.message().text();
        Utterance line = voice.speak(directive, new SpeechContext(in.sessionId(), scenario, decision.state(), analysis,
                traineeText, in.transcript(), in.turn(), in.seed()));
        Emotion emotion = policy.emotionOf(scenario, line, directive, decision.state());
        ClientState after = policy.afterSpeech(scenario, decision.state(), directive, line, emotion);
        ClientReply client = new ClientReply(line.text(), emotion,
                in.lastClient() == null ? Trend.SAME : policy.trend(in.state().emotion(), emotion, analysis),
                directive.move(), scenario.layer(directive.layerIndex()).id(), cues.in(directive, line), after.ended());
        Suggestions suggestions = after.ended() ? new Suggestions(List.of(), "")
                : suggestionEngine.suggest(new SuggestionContext(in.sessionId(), scenario, after, client, analysis,
                spokenSoFar(in, client), in.turn(), in.seed()));
        return new Made(record(in, analysis, client, suggestions, after), line.fallbackNotice());
    }

    /** The analyser's reading of the reply, and what it asks or says (which the client answers). */
    private Analysis analyse(Start in) {
        AnalysisContext context = new AnalysisContext(in.sessionId(), in.scenario(), in.state().facts(in.scenario()),
                in.lastClient().text(), in.lastClient().cues(), in.transcript(), in.turn());
        Analysis analysis = analyzer.analyze(context, in.message().text());
        return analysis.withUnderstanding(reader.read(context, in.message().text(), analysis));
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
