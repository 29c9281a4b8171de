package org.practicum.core.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.practicum.core.analysis.Flag;
import org.practicum.core.safety.CrisisResources;
import org.practicum.core.safety.CrisisScreen;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice loop, platform-free: start a session, take a trainee reply, answer as the client, end.
 * What happens inside a turn is the {@link TurnPipeline}'s; the engine owns the sessions around it:
 * locking, caching, storing, retrying after another instance's write, and telling listeners. Every turn
 * is stored before it is returned. Thread-safe: calls on one session are serialised, calls on different
 * sessions run in parallel. Built with {@link EngineBuilder}.
 */
public final class PracticeEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeEngine.class);
    /** Each retry follows a write by another instance; more than this many in a row means something is wrong. */
    private static final int STALE_RETRIES = 8;

    private final ScenarioCatalog scenarios;
    private final TurnPipeline pipeline;
    private final CrisisScreen crisisScreen;
    private final CrisisResources crisisResources;
    private final SessionStore store;
    private final int maxMessageChars;
    private final Cache<String, Session> cache;
    /**
     * The last state each cached session committed, copied out: what {@link #find} answers without the
     * session's lock, so a button click or a lookup is not kept waiting behind a slow model turn.
     */
    private final Cache<String, Session> published;
    /**
     * One lock per session: a turn holds it for as long as the client takes to answer (seconds with a
     * model), so sessions must never share one. Weak values: a lock lives while someone holds or waits for it.
     */
    private final LoadingCache<String, ReentrantLock> locks =
            Caffeine.newBuilder().weakValues().build(id -> new ReentrantLock());
    private final SessionListeners listeners = new SessionListeners();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong staleRetries = new AtomicLong();
    private final AtomicLong replayedEvents = new AtomicLong();
    private final Clock clock;
    private final Inbox inbox;

    PracticeEngine(ScenarioCatalog scenarios, TurnPipeline pipeline, CrisisScreen crisisScreen,
                   CrisisResources crisisResources, SessionStore store, EngineSettings settings, Clock clock) {
        this.scenarios = scenarios;
        this.pipeline = pipeline;
        this.crisisScreen = crisisScreen;
        this.crisisResources = crisisResources;
        this.store = store;
        this.maxMessageChars = settings.maxMessageChars();
        this.clock = clock;
        this.inbox = new Inbox(store, clock);
        this.cache = Caffeine.newBuilder().maximumSize(settings.cachedSessions()).build();
        this.published = Caffeine.newBuilder().maximumSize(settings.cachedSessions()).build();
    }

    public static EngineBuilder builder() {
        return new EngineBuilder();
    }

    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    /**
     * Called with a copy of each session when it ends (the client closed it, or someone ended it), once,
     * after the end is stored: the review queue listens here.
     */
    public void onSessionEnded(Consumer<Session> listener) {
        listeners.onEnded(listener);
    }

    /**
     * Called with a copy of each new session, once, after it is stored and before {@link #start} returns:
     * cohorts link it here. A failing listener is logged and does not stop the session.
     */
    public void onSessionStarted(Consumer<Session> listener) {
        listeners.onStarted(listener);
    }

    /** Adds a check that everyone enrolling in a group session must pass (see {@link GroupAdmission}). */
    public void admitWith(GroupAdmission admission) {
        listeners.admitWith(admission);
    }

    /** Starts a private session for one trainee. */
    public SessionUpdate start(String scenarioId, Participant trainee, SessionOrigin origin, Long seed) {
        return start(new StartRequest(scenarioId, trainee, origin, SessionMode.PRIVATE, seed));
    }

    /** Starts a session; the update carries the client's opening (turn 0) and the first suggestions. */
    public SessionUpdate start(StartRequest request) {
        Scenario scenario = scenario(request.scenarioId());
        long seed = request.seed() != null ? request.seed() : random.nextLong();
        String id = SessionIds.next(random);
        TurnPipeline.Made made = pipeline.opening(id, scenario, seed);
        TurnRecord opening = made.record();
        List<Participant> roster = request.mode() == SessionMode.PRIVATE ? List.of(request.owner()) : List.of();
        Session session = new Session(id, scenario.id(), request.owner(), request.origin(), seed, clock.instant(),
                request.mode(), roster, SessionStatus.ACTIVE, 1, List.of(opening));
        store.create(session);
        cache.put(id, session);
        publish(session);
        LOG.info("session {} started: scenario {} on {}", id, scenario.id(), request.origin().platform());
        listeners.started(session);
        return new SessionUpdate(id, 0, List.of(), opening.client(), opening.suggestions(), fallbackNotices(made.fallbackNotice()),
                SessionStatus.ACTIVE);
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
        return reply(sessionId, author, rawText, eventKey, line -> { });
    }

    /**
     * As above, and {@code clientLine} is called as soon as the client has spoken, with the client's
     * message and any fallback notice (no flags, no suggestions yet), so the adapter can show it while
     * the coaching is made. The turn is stored before that call; the update returned is the whole
     * turn (the coaching's flags and suggestions too), stored again with them before it is returned.
     * {@code clientLine} is called exactly when the update returned has a client's message and is not
     * {@link SessionUpdate#replayed}; a crisis pause or a replayed event has no new line, and its
     * update is all there is.
     */
    public SessionUpdate reply(String sessionId, Participant author, String rawText, String eventKey,
                               Consumer<SessionUpdate> clientLine) {
        return lockedRetrying(sessionId, () -> {
            Session session = session(sessionId);
            Optional<TurnRecord> applied = session.turnFor(eventKey);
            if (applied.isPresent()) {
                // Before reading the text: the inbox keeps no words once the turn holds them.
                replayedEvents.incrementAndGet();
                return replayed(session, applied.get());
            }
            String text = TraineeInput.clean(rawText, maxMessageChars);
            Participant speaker = author != null ? author : session.trainee();
            TurnRule.check(session, speaker);
            requireActive(session);
            if (crisisScreen.looksLikeRealCrisis(text)) {
                return pauseForCrisis(session);
            }
            Scenario scenario = scenario(session.scenarioId());
            TurnPipeline.Spoken spoken = pipeline.reply(session, scenario,
                    new TurnPipeline.TraineeMessage(speaker.id(), text, eventKey));
            TurnRecord record = spoken.record();
            boolean clientEnded = record.stateAfter().ended();
            SessionStatus status = clientEnded ? SessionStatus.ENDED : SessionStatus.ACTIVE;
            // Stored before it is shown, so a stale write retries before the trainee saw anything.
            session.version(store.appendTurn(sessionId, record, status, session.version()));
            session.add(record);
            session.status(status);
            List<Notice> notices = new ArrayList<>(fallbackNotices(spoken.fallbackNotice()));
            try {
                clientLine.accept(new SessionUpdate(sessionId, record.turn(), List.of(), record.client(), null,
                        notices, status));
            } finally {
                record = coach(session, spoken);
            }
            // Labels only, never the text: why the client said what it said.
            LOG.debug("session {} turn {}: read {} {} skills {} flags {}; move {}, trust {}", sessionId, record.turn(),
                    record.analysis().understanding().intent().id(), record.analysis().understanding().topics(),
                    record.analysis().sentences().stream().map(s -> s.skill().name()).toList(),
                    record.analysis().flags().stream().map(f -> f.kind().name()).toList(),
                    record.client().move().id(), record.stateAfter().trust());
            if (clientEnded) {
                notices.add(clientEndedNotice(scenario));
                listeners.ended(session);
            }
            return new SessionUpdate(sessionId, record.turn(), record.analysis().flags(), record.client(),
                    record.suggestions(), notices, status);
        });
    }

    /** Waits for the turn's coaching and stores the whole turn in place of the one shown. */
    private TurnRecord coach(Session session, TurnPipeline.Spoken spoken) {
        TurnRecord whole = spoken.await();
        store.replaceTurn(session.id(), whole);
        session.replace(whole);
        return whole;
    }

    /** The trainee is told whenever a role fell back offline, on the opening as on any turn. */
    private static List<Notice> fallbackNotices(String fallbackNotice) {
        return fallbackNotice == null ? List.of() : List.of(new Notice(Notice.Kind.FALLBACK, fallbackNotice));
    }

    /** The update a turn made, rebuilt from the store for an event delivered again. */
    private SessionUpdate replayed(Session session, TurnRecord turn) {
        LOG.debug("session {} turn {}: event delivered again, stored turn returned", session.id(), turn.turn());
        List<Notice> notices = turn.stateAfter() != null && turn.stateAfter().ended()
                ? List.of(clientEndedNotice(scenario(session.scenarioId()))) : List.of();
        List<Flag> flags = turn.analysis() == null ? List.of() : turn.analysis().flags();
        return new SessionUpdate(session.id(), turn.turn(), flags, turn.client(), turn.suggestions(), notices,
                session.status(), true);
    }

    private static Notice clientEndedNotice(Scenario scenario) {
        return new Notice(Notice.Kind.CLIENT_ENDED, scenario.persona().firstName() + " has ended the conversation.");
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
                    SessionStatus.ACTIVE);
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
                        "Session " + sessionId + " has ended.", NextStep.START);
            }
            if (session.status() == SessionStatus.PAUSED) {
                session.version(store.updateStatus(sessionId, SessionStatus.ACTIVE, session.version()));
                session.status(SessionStatus.ACTIVE);
            }
            TurnRecord last = session.lastActive().orElseThrow();
            return new SessionUpdate(sessionId, last.turn(), List.of(), last.client(), last.suggestions(),
                    List.of(new Notice(Notice.Kind.RESUME, "Resumed session " + sessionId + " at turn " + last.turn()
                            + ".")), SessionStatus.ACTIVE);
        });
    }

    /** Ends the session (idempotent) and returns a copy of it as ended, for its debrief. */
    public Session end(String sessionId) {
        return lockedRetrying(sessionId, () -> {
            Session session = session(sessionId);
            if (session.status() != SessionStatus.ENDED) {
                session.version(store.updateStatus(sessionId, SessionStatus.ENDED, session.version()));
                session.status(SessionStatus.ENDED);
                LOG.info("session {} ended", sessionId);
                listeners.ended(session);
            }
            return session.snapshot();
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
                listeners.admit(session.snapshot(), trainee);
                roster.add(trainee);
                session.version(store.updateRoster(sessionId, roster, session.version()));
                session.enrol(trainee);
            }
            return session.roster();
        });
    }

    /** The newest session living in a platform thread, once any turn in progress is whole. */
    public Optional<Session> findByThread(String platform, String thread) {
        return store.findByThread(platform, thread).map(s -> find(s.id()).orElse(s));
    }

    /**
     * The newest session living in a platform thread as its last whole turn left it: what adapters route a
     * message or a click with before the platform's acknowledgement, which must not wait for a turn.
     */
    public Optional<Session> committedByThread(String platform, String thread) {
        return store.findByThread(platform, thread).map(s -> committed(s.id()).orElse(s));
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
     * The session as its last whole change left it, without waiting for a turn in progress (seconds
     * with a model): for answering a button click inside the platform's deadline. {@link #find} waits.
     */
    public Optional<Session> committed(String sessionId) {
        Session committed = published.getIfPresent(sessionId);
        // Only while this instance holds the session: otherwise the store has the newest state.
        if (committed != null && cache.getIfPresent(sessionId) != null) {
            return Optional.of(committed);
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

    /** Where adapters record messages before acknowledging them. */
    public Inbox inbox() {
        return inbox;
    }

    /** Drops a session from memory after its rows were changed or erased outside the engine (forget-me). */
    public void evict(String sessionId) {
        locked(sessionId, () -> {
            forget(sessionId);
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
                List.of(new Notice(Notice.Kind.PAUSE, crisisResources.messageFor(session.origin().community()),
                        List.of(NextStep.RESUME, NextStep.END))),
                SessionStatus.PAUSED);
    }

    private static void requireActive(Session session) {
        if (session.status() == SessionStatus.PAUSED) {
            throw PracticeException.paused();
        }
        if (session.status() == SessionStatus.ENDED) {
            throw new PracticeException(PracticeException.Reason.NOT_ACTIVE, "This session has ended.",
                    NextStep.START);
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
            T result = work.get();
            Session cached = cache.getIfPresent(sessionId);
            if (cached != null) {
                publish(cached);
            }
            return result;
        } catch (StaleSessionException e) {
            // Another instance wrote first: drop our copy so the next call reads theirs.
            forget(sessionId);
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Called after the session's state was stored, by whoever alone may change it (the lock holder). */
    private void publish(Session session) {
        published.put(session.id(), session.snapshot());
    }

    private void forget(String sessionId) {
        cache.invalidate(sessionId);
        published.invalidate(sessionId);
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
}
