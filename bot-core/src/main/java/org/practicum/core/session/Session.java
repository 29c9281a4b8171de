package org.practicum.core.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A practice session and its turns. Mutable; the engine guards each session with a lock, so callers
 * outside the engine only ever see copies ({@link #snapshot()}).
 */
public final class Session {

    private final String id;
    private final String scenarioId;
    private final Participant trainee;
    private final SessionOrigin origin;
    private final long seed;
    private final Instant createdAt;
    private final SessionMode mode;
    private final List<Participant> roster;
    private SessionStatus status;
    private long version;
    private final List<TurnRecord> turns;

    public Session(String id, String scenarioId, Participant trainee, SessionOrigin origin, long seed,
                   Instant createdAt, SessionMode mode, List<Participant> roster, SessionStatus status, long version,
                   List<TurnRecord> turns) {
        this.id = id;
        this.scenarioId = scenarioId;
        this.trainee = trainee;
        this.origin = origin;
        this.seed = seed;
        this.createdAt = createdAt;
        this.mode = mode;
        this.roster = new ArrayList<>(roster);
        this.status = status;
        this.version = version;
        this.turns = new ArrayList<>(turns);
    }

    public String id() {
        return id;
    }

    public String scenarioId() {
        return scenarioId;
    }

    public Participant trainee() {
        return trainee;
    }

    public SessionOrigin origin() {
        return origin;
    }

    public long seed() {
        return seed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SessionMode mode() {
        return mode;
    }

    /** Who may take turns: the trainee in a private session, the enrolled trainees in a group session. */
    public List<Participant> roster() {
        return List.copyOf(roster);
    }

    /** The trainee or a roster member with this platform id, if they take part. */
    public Optional<Participant> participant(String id) {
        return trainee().id().equals(id) ? Optional.of(trainee())
                : roster().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public SessionStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    /** All turns in order, superseded attempts included. */
    public List<TurnRecord> turns() {
        return List.copyOf(turns);
    }

    /** The turns that count: superseded attempts left out. */
    public List<TurnRecord> activeTurns() {
        return turns.stream().filter(t -> !t.superseded()).toList();
    }

    /** The turn a platform message made, by the message's id (its event key); empty if it made none. */
    public Optional<TurnRecord> turnFor(String eventKey) {
        return eventKey == null ? Optional.empty()
                : turns.stream().filter(t -> eventKey.equals(t.eventKey())).findFirst();
    }

    /**
     * Whether a message with this id may still be shown an answer: the session is open, or the message's
     * turn is stored (the turn that ended the session, perhaps never shown).
     */
    public boolean mayAnswer(String eventKey) {
        return status != SessionStatus.ENDED || turnFor(eventKey).isPresent();
    }

    public Optional<TurnRecord> lastActive() {
        List<TurnRecord> active = activeTurns();
        return active.isEmpty() ? Optional.empty() : Optional.of(active.get(active.size() - 1));
    }

    public Session snapshot() {
        return new Session(id, scenarioId, trainee, origin, seed, createdAt, mode, roster, status, version, turns);
    }

    void enrol(Participant participant) {
        if (roster.stream().noneMatch(p -> p.id().equals(participant.id()))) {
            roster.add(participant);
        }
    }

    void add(TurnRecord turn) {
        turns.add(turn);
    }

    /** Puts {@code turn} in place of the stored attempt of the same turn (the same attempt, coached). */
    void replace(TurnRecord turn) {
        for (int i = 0; i < turns.size(); i++) {
            TurnRecord t = turns.get(i);
            if (t.turn() == turn.turn() && t.attempt() == turn.attempt()) {
                turns.set(i, turn);
            }
        }
    }

    void supersede(TurnRecord turn) {
        for (int i = 0; i < turns.size(); i++) {
            TurnRecord t = turns.get(i);
            if (t.turn() == turn.turn() && t.attempt() == turn.attempt()) {
                turns.set(i, t.asSuperseded());
            }
        }
    }

    void status(SessionStatus status) {
        this.status = status;
    }

    void version(long version) {
        this.version = version;
    }
}
