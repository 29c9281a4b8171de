package org.practicum.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;
import org.practicum.core.report.Debrief;
import org.practicum.core.report.DebriefBuilder;
import org.practicum.core.report.EmotionChart;
import org.practicum.core.report.ModelUsageSource;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice loop, platform-free: start a session, take a trainee reply, answer as the client, and
 * debrief. Every turn is stored before it is returned. Thread-safe: calls on one session are
 * serialised, calls on different sessions run in parallel.
 */
public final class PracticeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeEngine.class);
    /** Each retry follows a write by another instance; more than this many in a row means something is wrong. */
    private static final int STALE_RETRIES = 8;

    private final ScenarioCatalog scenarios;
    private final ResponseAnalyzer analyzer;
    private final ClientSimulator voice;
    private final SuggestionEngine suggestionEngine;
    private final DistressCueDetector cueDetector;
    private final CrisisScreen crisisScreen;
    private final CrisisResources crisisResources;
    private final SessionStore store;
    private final EngineSettings settings;
    private final Clock clock;
    private final ModelUsageSource modelUsage;
    private final ClientPolicy policy = new ClientPolicy();
    private final DebriefBuilder debriefs = new DebriefBuilder();
    private final EmotionChart chart = new EmotionChart();
    private final Cache<String, Session> cache;
    /**
     * One lock per session: a turn holds it for as long as the client takes to answer (seconds with a
     * model), so sessions must never share one. Weak values: a lock lives while someone holds or waits for it.
     */
    private final com.github.benmanes.caffeine.cache.LoadingCache<String, ReentrantLock> locks =
            Caffeine.newBuilder().weakValues().build(id -> new ReentrantLock());
    private final SecureRandom random = new SecureRandom();
    private final java.util.concurrent.atomic.AtomicLong staleRetries = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong replayedEvents = new java.util.concurrent.atomic.AtomicLong();
    private final List<java.util.function.Consumer<Session>> endedListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Session>> startedListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<GroupAdmission> admissions = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PracticeEngine(ScenarioCatalog scenarios, ResponseAnalyzer analyzer, ClientSimulator voice,
                          SuggestionEngine suggestionEngine, DistressCueDetector cueDetector, CrisisScreen crisisScreen,
                          CrisisResources crisisResources, SessionStore store, EngineSettings settings, Clock clock) {
        this(scenarios, analyzer, voice, suggestionEngine, cueDetector, crisisScreen, crisisResources, store, settings,
                clock, ModelUsageSource.NONE);
    }

    /** As above, with the model usage each debrief reports (LLM roles in use). */
    public PracticeEngine(ScenarioCatalog scenarios, ResponseAnalyzer analyzer, ClientSimulator voice,
                          SuggestionEngine suggestionEngine, DistressCueDetector cueDetector, CrisisScreen crisisScreen,
                          CrisisResources crisisResources, SessionStore store, EngineSettings settings, Clock clock,
                          ModelUsageSource modelUsage) {
        this.modelUsage = modelUsage;
        this.scenarios = scenarios;
        this.analyzer = analyzer;
        this.voice = voice;
        this.suggestionEngine = suggestionEngine;
        this.cueDetector = cueDetector;
        this.crisisScreen = crisisScreen;
        this.crisisResources = crisisResources;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(settings.cachedSessions()).build();
    }

    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    /**
     * Called with a copy of each session when it ends (the client closed it, or someone ended it), once,
     * after the end is stored: the review queue listens here.
     */
    public void onSessionEnded(java.util.function.Consumer<Session> listener) {
        endedListeners.add(listener);
    }

    /**
     * Called with a copy of each new session, once, after it is stored and before {@link #start} returns:
     * cohorts link it here. A failing listener is logged and does not stop the session.
     */
    public void onSessionStarted(java.util.function.Consumer<Session> listener) {
        startedListeners.add(listener);
    }

    /** Adds a check that everyone enrolling in a group session must pass (see {@link GroupAdmission}). */
    public void admitWith(GroupAdmission admission) {
        admissions.add(admission);
    }

    private void started(Session session) {
        for (var listener : startedListeners) {
            try {
                listener.accept(session.snapshot());
            } catch (RuntimeException e) {
                LOG.warn("session {}: a start-of-session listener failed: {}", session.id(), e.toString());
            }
        }
    }

    private void ended(Session session) {
        for (var listener : endedListeners) {
            try {
                listener.accept(session.snapshot());
            } catch (RuntimeException e) {
                LOG.warn("session {}: an end-of-session listener failed: {}", session.id(), e.toString());
            }
        }
    }

    /** Starts a private session for one trainee. */
    public SessionUpdate start(String scenarioId, Participant trainee, SessionOrigin origin, Long seed) {
        return start(new StartRequest(scenarioId, trainee, origin, SessionMode.PRIVATE, seed));
    }

    /** Starts a session; the update carries the client's opening (turn 0) and the first suggestions. */
    public SessionUpdate start(StartRequest request) {
        Scenario scenario = scenario(request.scenarioId());
        Participant trainee = request.owner();
        SessionOrigin origin = request.origin();
        long sessionSeed = request.seed() != null ? request.seed() : random.nextLong();
        ClientState initial = policy.initial(scenario);
        ClientDirective opening = policy.opening();
        String id = newId();
        SpeechContext speech = new SpeechContext(id, scenario, initial, null, "", List.of(), 0, sessionSeed);
        Utterance line = voice.speak(opening, speech);
        Emotion emotion = policy.emotionOf(line, opening, initial);
        ClientState after = policy.afterSpeech(scenario, initial, opening, line, emotion);
        ClientReply client = new ClientReply(line.text(), emotion, Trend.SAME, opening.move(),
                scenario.layer(0).id(), cues(scenario, opening, line), false);
        Suggestions suggestions = suggestionEngine.suggest(
                new SuggestionContext(id, scenario, after, client, null, List.of(), 0, sessionSeed));
        TurnRecord turn0 = new TurnRecord(0, 1, null, null, null, client, suggestions, null, after, false,
                clock.instant());
        List<Participant> roster = request.mode() == SessionMode.PRIVATE ? List.of(trainee) : List.of();
        Session session = new Session(id, scenario.id(), trainee, origin, sessionSeed, clock.instant(), request.mode(),
                roster, SessionStatus.ACTIVE, 1, List.of(turn0));
        store.create(session);
        cache.put(id, session);
        LOG.info("session {} started: scenario {} on {}", id, scenario.id(), origin.platform());
        started(session);
        return new SessionUpdate(id, 0, List.of(), client, suggestions, List.of(), null, SessionStatus.ACTIVE);
    }

    /** The session's own trainee replies (the terminal, a private session). */
    public SessionUpdate reply(String sessionId, String rawText) {
        return reply(sessionId, null, rawText);
    }

    /**
     * Takes a reply and answers as the client. {@code author} null means the session's trainee; anyone
     * else must pass the {@link TurnRule} or gets a {@link PracticeException} and changes nothing.
     */
    public SessionUpdate reply(String sessionId, Participant author, String rawText) {
        return reply(sessionId, author, rawText, null);
    }

    /**
     * As above, idempotent on {@code eventKey}, the platform's id for the message (null if it has none).
     * An event already applied, by this instance or another sharing the database, returns the stored
     * turn again instead of making a second one. When another instance wrote first, the session is
     * reloaded and the reply tried again on the fresh state.
     */
    public SessionUpdate reply(String sessionId, Participant author, String rawText, String eventKey) {
        String text = TraineeInput.clean(rawText, settings.maxMessageChars());
        return lockedRetrying(sessionId, () -> {
            Session session = session(sessionId);
            if (eventKey != null) {
                Optional<TurnRecord> applied = session.turns().stream()
                        .filter(t -> eventKey.equals(t.eventKey())).findFirst();
                if (applied.isPresent()) {
                    replayedEvents.incrementAndGet();
                    return replayed(session, applied.get());
                }
            }
            Participant speaker = author != null ? author : session.trainee();
            TurnRule.check(session, speaker);
            requireActive(session);
            if (crisisScreen.looksLikeRealCrisis(text)) {
                return pauseForCrisis(session);
            }
            Scenario scenario = scenario(session.scenarioId());
            TurnRecord last = session.lastActive().orElseThrow();
            int turn = last.turn() + 1;
            int attempt = 1 + (int) session.turns().stream().filter(t -> t.turn() == turn).count();
            ClientState state = last.stateAfter();
            List<TranscriptEntry> transcript = transcript(session);
            Analysis analysis = analyzer.analyze(
                    new AnalysisContext(sessionId, scenario, state.facts(scenario), last.client().text(),
                            last.client().cues(), transcript, turn), text);
            ClientPolicy.Decision decision = policy.decide(scenario, state, analysis, turn);
            Utterance line = voice.speak(decision.directive(), new SpeechContext(sessionId, scenario, decision.state(),
                    analysis, text, transcript, turn, session.seed()));
            Emotion emotion = policy.emotionOf(line, decision.directive(), decision.state());
            ClientState after = policy.afterSpeech(scenario, decision.state(), decision.directive(), line, emotion);
            ClientReply client = new ClientReply(line.text(), emotion, Trend.between(state.emotion(), emotion),
                    decision.directive().move(), scenario.layer(decision.directive().layerIndex()).id(),
                    cues(scenario, decision.directive(), line), after.ended());
            transcript = new ArrayList<>(transcript);
            transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, turn, text));
            transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, turn, client.text()));
            Suggestions suggestions = after.ended() ? new Suggestions(List.of(), "")
                    : suggestionEngine.suggest(new SuggestionContext(sessionId, scenario, after, client, analysis,
                    transcript, turn, session.seed()));
            Uptake uptake = Uptake.of(text, last.suggestions() == null ? List.of() : last.suggestions().items());
            TurnRecord record = new TurnRecord(turn, attempt, speaker.id(), text, analysis, client, suggestions, uptake, after, false,
                    clock.instant(), eventKey);
            SessionStatus status = after.ended() ? SessionStatus.ENDED : SessionStatus.ACTIVE;
            session.version(store.appendTurn(sessionId, record, status, session.version()));
            session.add(record);
            session.status(status);
            LOG.debug("session {} turn {}: move {}, trust {}", sessionId, turn, client.move().id(), after.trust());
            List<Notice> notices = new ArrayList<>();
            if (line.fallbackNotice() != null) {
                notices.add(new Notice(Notice.Kind.FALLBACK, line.fallbackNotice()));
            }
            Debrief debrief = null;
            if (after.ended()) {
                notices.add(new Notice(Notice.Kind.CLIENT_ENDED, scenario.persona().firstName() + " has ended the conversation."));
                debrief = debrief(session, scenario);
                ended(session);
            }
            return new SessionUpdate(sessionId, turn, analysis.flags(), client, suggestions, notices, debrief, status);
        });
    }

    /** The update a turn made, rebuilt from the store for an event delivered again. */
    private SessionUpdate replayed(Session session, TurnRecord turn) {
        LOG.debug("session {} turn {}: event delivered again, stored turn returned", session.id(), turn.turn());
        List<Notice> notices = new ArrayList<>();
        Debrief debrief = null;
        if (turn.stateAfter() != null && turn.stateAfter().ended()) {
            Scenario scenario = scenario(session.scenarioId());
            notices.add(new Notice(Notice.Kind.CLIENT_ENDED, scenario.persona().firstName() + " has ended the conversation."));
            debrief = debrief(session, scenario);
        }
        List<org.practicum.core.analysis.Flag> flags = turn.analysis() == null ? List.of() : turn.analysis().flags();
        return new SessionUpdate(session.id(), turn.turn(), flags, turn.client(), turn.suggestions(), notices, debrief,
                session.status(), true);
    }

    /** Takes back the trainee's last reply: the client's state rewinds, the old attempt stays for reviewers. */
    public SessionUpdate retry(String sessionId) {
        return locked(sessionId, () -> {
            Session session = session(sessionId);
            if (session.status() == SessionStatus.PAUSED) {
                requireActive(session);
            }
            TurnRecord last = session.lastActive().orElseThrow();
            if (last.turn() == 0) {
                throw new PracticeException(PracticeException.Reason.NOTHING_TO_RETRY,
                        "There is no reply to take back yet.");
            }
            long version = store.supersede(sessionId, last.turn(), last.attempt(), session.version());
            if (session.status() == SessionStatus.ENDED) {
                version = store.updateStatus(sessionId, SessionStatus.ACTIVE, version);
                session.status(SessionStatus.ACTIVE);
            }
            session.version(version);
            session.supersede(last);
            TurnRecord previous = session.lastActive().orElseThrow();
            // In a group the notice is read by everyone in the thread, so it names whose reply went.
            String whose = session.mode() != SessionMode.GROUP ? "your"
                    : nameOf(session, last.author()).map(name -> name + "'s").orElse("the");
            return new SessionUpdate(sessionId, previous.turn(), List.of(), previous.client(), previous.suggestions(),
                    List.of(new Notice(Notice.Kind.RETRY, "Took back " + whose + " last reply. Try another response to "
                            + scenario(session.scenarioId()).persona().firstName() + "'s message.")),
                    null, SessionStatus.ACTIVE);
        });
    }

    private static Optional<String> nameOf(Session session, String participantId) {
        return session.roster().stream().filter(p -> p.id().equals(participantId)).map(Participant::displayName)
                .findFirst();
    }

    /** Continues a paused session, or re-shows where a session stands (resume after a restart). */
    public SessionUpdate resume(String sessionId) {
        return locked(sessionId, () -> {
            Session session = session(sessionId);
            if (session.status() == SessionStatus.ENDED) {
                throw new PracticeException(PracticeException.Reason.NOT_ACTIVE,
                        "Session " + sessionId + " has ended; start a new one to practise again.");
            }
            if (session.status() == SessionStatus.PAUSED) {
                session.version(store.updateStatus(sessionId, SessionStatus.ACTIVE, session.version()));
                session.status(SessionStatus.ACTIVE);
            }
            TurnRecord last = session.lastActive().orElseThrow();
            return new SessionUpdate(sessionId, last.turn(), List.of(), last.client(), last.suggestions(),
                    List.of(new Notice(Notice.Kind.RESUME, "Resumed session " + sessionId + " at turn " + last.turn()
                            + ".")), null, SessionStatus.ACTIVE);
        });
    }

    /** Ends the session (idempotent) and returns its debrief with the chart drawn. */
    public Debrief end(String sessionId) {
        return lockedRetrying(sessionId, () -> {
            Session session = session(sessionId);
            if (session.status() != SessionStatus.ENDED) {
                session.version(store.updateStatus(sessionId, SessionStatus.ENDED, session.version()));
                session.status(SessionStatus.ENDED);
                LOG.info("session {} ended", sessionId);
                ended(session);
            }
            return debrief(session, scenario(session.scenarioId()));
        });
    }

    /**
     * Enrols a trainee in a group session so they can take turns; returns the roster. Someone already
     * enrolled stays so; anyone new must pass every {@link GroupAdmission} (NOT_ALLOWED otherwise).
     */
    public List<Participant> enrol(String sessionId, Participant trainee) {
        return lockedRetrying(sessionId, () -> {
            Session session = session(sessionId);
            if (session.mode() != SessionMode.GROUP) {
                throw new PracticeException(PracticeException.Reason.NOT_YOUR_SESSION,
                        "This is " + session.trainee().displayName() + "'s private practice session.");
            }
            requireActive(session);
            List<Participant> roster = new ArrayList<>(session.roster());
            if (roster.stream().noneMatch(p -> p.id().equals(trainee.id()))) {
                Session copy = session.snapshot();
                admissions.forEach(a -> a.check(copy, trainee));
                roster.add(trainee);
                session.version(store.updateRoster(sessionId, roster, session.version()));
                session.enrol(trainee);
            }
            return session.roster();
        });
    }

    /** The newest session living in a platform thread (adapters route thread messages with it). */
    public Optional<Session> findByThread(String platform, String thread) {
        return store.findByThread(platform, thread).map(s -> find(s.id()).orElse(s));
    }

    /**
     * The newest session not yet ended that {@code traineeId} started in a platform channel: what a
     * command like "end my session here" means, answered from the store so it survives a restart.
     */
    public Optional<Session> findOpenStartedBy(String platform, String channel, String traineeId) {
        return store.findOpenStartedBy(platform, channel, traineeId).map(s -> find(s.id()).orElse(s))
                .filter(s -> s.status() != SessionStatus.ENDED);
    }

    public Optional<Session> find(String sessionId) {
        Session cached = cache.getIfPresent(sessionId);
        if (cached != null) {
            return Optional.of(locked(sessionId, cached::snapshot));
        }
        return store.load(sessionId);
    }

    /**
     * How often this instance met another's writes: reloads after a stale write, and platform events
     * answered from a turn already stored. Both are normal with several instances; a steady climb on one
     * session means instances are racing on it.
     */
    public record Contention(long staleRetries, long replayedEvents) {
    }

    public Contention contention() {
        return new Contention(staleRetries.get(), replayedEvents.get());
    }

    /** Drops a session from memory after its rows were changed or erased outside the engine (forget-me). */
    public void evict(String sessionId) {
        locked(sessionId, () -> {
            cache.invalidate(sessionId);
            return null;
        });
    }

    /** The crisis-resources text for a community, for adapters that show it themselves. */
    public String crisisMessage(String community) {
        return crisisResources.messageFor(community);
    }

    private SessionUpdate pauseForCrisis(Session session) {
        session.version(store.updateStatus(session.id(), SessionStatus.PAUSED, session.version()));
        session.status(SessionStatus.PAUSED);
        // Only the fact is logged: the message itself may be someone's real crisis.
        LOG.warn("session {} paused: a trainee message looked like a real crisis", session.id());
        int turn = session.lastActive().map(TurnRecord::turn).orElse(0);
        return new SessionUpdate(session.id(), turn, List.of(), null, null,
                List.of(new Notice(Notice.Kind.PAUSE, crisisResources.messageFor(session.origin().community()))),
                null, SessionStatus.PAUSED);
    }

    private Debrief debrief(Session session, Scenario scenario) {
        Debrief debrief = debriefs.build(session, scenario).withModelUsage(modelUsage.usage(session.id()));
        try {
            var file = settings.chartDir().resolve(session.id() + ".png");
            chart.render(debrief, file);
            return debrief.withChart(file.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not draw the chart for session {}: {}", session.id(), e.toString());
            return debrief;
        }
    }

    /**
     * The cues a trainee must not move past. A scripted line carries exactly the cue its author placed
     * in it (authors keep the other lines free of cues, and a detector's false alarm would teach the
     * wrong lesson). Any other text, such as a model's, goes through the risk detector, whose high-risk
     * findings count.
     */
    private List<DistressCue> cues(Scenario scenario, ClientDirective directive, Utterance line) {
        List<DistressCue> cues = new ArrayList<>();
        if (directive.move() == org.practicum.core.simulation.ClientMove.ANSWER_CUE) {
            // Answering a direct question about a cue is the client opening up, not a new cue to catch.
            return cues;
        }
        if (directive.cue() != null && directive.move() == org.practicum.core.simulation.ClientMove.VOICE_CUE) {
            cues.add(new DistressCue(directive.cue().kind(), line.text()));
        }
        boolean scripted = ClientPolicy.lines(scenario, directive).stream().anyMatch(l -> line.text().contains(l.text()));
        if (!scripted) {
            for (DistressCue found : cueDetector.detect(line.text())) {
                if (found.kind().isHighRisk() && cues.stream().noneMatch(c -> c.kind() == found.kind())) {
                    cues.add(found);
                }
            }
        }
        return cues;
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

    private void requireActive(Session session) {
        if (session.status() == SessionStatus.PAUSED) {
            throw new PracticeException(PracticeException.Reason.NOT_ACTIVE,
                    "This session is paused. Use /resume to continue or /end to stop.");
        }
        if (session.status() == SessionStatus.ENDED) {
            throw new PracticeException(PracticeException.Reason.NOT_ACTIVE,
                    "This session has ended. Start a new one to practise again.");
        }
    }

    private Scenario scenario(String id) {
        return scenarios.find(id).orElseThrow(() -> new PracticeException(PracticeException.Reason.UNKNOWN_SCENARIO,
                "Unknown scenario '" + id + "'. Available: "
                        + String.join(", ", scenarios.all().stream().map(Scenario::id).toList())));
    }

    private Session session(String id) {
        Session cached = cache.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        Session loaded = store.load(id).orElseThrow(() -> new PracticeException(
                PracticeException.Reason.NO_SUCH_SESSION, "No session '" + id + "'."));
        cache.put(id, loaded);
        return loaded;
    }

    private <T> T locked(String sessionId, Supplier<T> work) {
        ReentrantLock lock = locks.get(sessionId);
        lock.lock();
        try {
            return work.get();
        } catch (StaleSessionException e) {
            // Another instance wrote first: drop our copy so the next call reads theirs.
            cache.invalidate(sessionId);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@link #locked} for work that is safe to redo on fresh state: a stale write (another instance wrote
     * first) drops the cached copy, reloads and tries again, a few times at most.
     */
    private <T> T lockedRetrying(String sessionId, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return locked(sessionId, work);
            } catch (StaleSessionException e) {
                if (attempt >= STALE_RETRIES) {
                    throw e;
                }
                staleRetries.incrementAndGet();
                LOG.debug("session {} changed elsewhere; reloading (attempt {})", sessionId, attempt);
            }
        }
    }

    private String newId() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder("s-");
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
