package org.practicum.core.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable sessions and turns. Every write is committed before it returns, so a turn that was shown
 * was stored. Writes carry the version the caller read; a stale version fails with
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
}
