package org.practicum.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable sessions and turns. Every write is committed before it returns (inside a transaction the
 * caller opened over several stores, with that transaction), so a turn that was shown was stored. Writes carry the version the caller read; a stale version fails with
 * {@link StaleSessionException} instead of overwriting another writer. Thread-safe.
 */
public interface SessionStore {

    /** Stores a new session with its opening turn; returns the new version. */
    long create(Session session);

    /** Appends a turn and sets the status in one transaction; returns the new version. */
    long appendTurn(String sessionId, TurnRecord turn, SessionStatus status, long expectedVersion);

    /** Marks a turn superseded (a retry); returns the new version. */
    long supersede(String sessionId, int turn, int attempt, long expectedVersion);

    long updateStatus(String sessionId, SessionStatus status, long expectedVersion);

    /** Replaces who may take turns in a group session; returns the new version. */
    long updateRoster(String sessionId, java.util.List<Participant> roster, long expectedVersion);

    Optional<Session> load(String sessionId);

    /** The newest session living in this platform thread, if any. */
    Optional<Session> findByThread(String platform, String thread);

    /** The newest session not yet ended that this person started in this platform channel, if any. */
    Optional<Session> findOpenStartedBy(String platform, String channel, String traineeId);

    List<SessionSummary> list();

    /** Erases the session and every row that belongs to it. */
    boolean delete(String sessionId);

    /** Erases sessions last touched before the cutoff; returns how many. */
    int purgeOlderThan(Instant cutoff);

    /** The sessions this person started, is on the roster of, or wrote a turn in, oldest first. */
    List<String> sessionsOf(String personId);

    /**
     * Takes a person out of a session: off its roster, and if they started it, {@code standIn} owns it
     * instead. The version moves on (an engine holding the session reloads it); the time it was last
     * touched stays, so retention counts from the last practice.
     */
    void removeParticipant(String sessionId, String personId, Participant standIn);

    /**
     * Overwrites the stored turn with this record's turn and attempt (its event key too), leaving the
     * version and the time last touched as they are: a reply removed at its author's request.
     */
    void replaceTurn(String sessionId, TurnRecord record);

    /**
     * Records a platform message before it is acknowledged (see {@link Inbox}), held by the recording
     * instance until {@code heldUntil}; one recorded already stays as it is.
     */
    void recordInbound(InboxEntry entry, Instant heldUntil);

    /**
     * Claims up to {@code max} messages of these platforms not answered and held by nobody at {@code now},
     * oldest first, holding them until {@code heldUntil}; two callers never claim the same message.
     */
    List<InboxEntry> claimInbound(java.util.Collection<String> platforms, Instant now, Instant heldUntil, int max);

    /** A session's messages not answered, oldest first: what a resumed terminal session answers first. */
    List<InboxEntry> unansweredInbound(String sessionId);

    /** Keeps holding a message this instance is still working on; nothing if it was answered. */
    void holdInbound(String sessionId, String eventKey, Instant heldUntil);

    /**
     * Marks a message answered (shown), refused or dropped: nothing is left to do for it. {@link #appendTurn}
     * marks only that the turn's own event is stored, so one whose answer was never shown is taken up still.
     */
    void inboundDone(String sessionId, String eventKey);
}
