package org.practicum.core.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable expert review: the queue of finished cohort sessions, reviewers' notes on turns, their
 * verdicts on automatic flags, the flags they add as missed, and the agreement counts kept when
 * verdicts and added flags are erased. Every write is committed before it returns (inside a
 * transaction the caller opened over several stores, with that transaction). A note, verdict or added
 * flag given again by the same reviewer on the same turn (and flag kind) replaces the earlier one.
 * Thread-safe, also across instances sharing one database.
 */
public interface ReviewStore {

    /** Queues a finished session once; a second call (another instance, a repeated end) changes nothing. */
    boolean enqueue(String sessionId, String cohortId, Instant at);

    /** The reviews not yet done in these cohorts, oldest queued first. */
    List<QueuedReview> pending(List<String> cohortIds);

    /** A reviewer's note on one turn; the review is in progress from then on. */
    void annotate(String sessionId, int turn, String reviewerId, String note, Instant at);

    /** A reviewer's verdict on one automatic flag on one turn; the review is in progress from then on. */
    void judge(String sessionId, int turn, String flagKind, String reviewerId, Verdict verdict, Instant at);

    /**
     * A flag of this kind the tool did not raise on one turn, added by a reviewer with an optional note
     * (empty for none); the review is in progress from then on.
     */
    void addMissed(String sessionId, int turn, String flagKind, String reviewerId, String note, Instant at);

    /** The review is done, with the reviewer's summary. */
    void complete(String sessionId, String reviewerId, String summary, Instant at);

    Optional<Review> load(String sessionId);

    /**
     * Verdicts and added flags per flag kind over a cohort, in kind order: those on its sessions still
     * kept, plus the counts archived when earlier sessions, verdicts or added flags were erased
     * (retention, forget-me).
     */
    List<FlagAgreement> agreement(String cohortId, List<String> sessionIds);

    /**
     * Erases a session's review, notes, verdicts and added flags. Their counts are archived first, so
     * reviewer agreement outlives them; this holds for every erasing method below.
     */
    void forgetSession(String sessionId, Instant at);

    /** Erases the notes, verdicts and added flags on one turn of a session (its reply is being removed). */
    void forgetTurn(String sessionId, int turn, Instant at);

    /** Erases everything a reviewer wrote; reviews they did stay, naming no reviewer. */
    void forgetReviewer(String reviewerId, Instant at);
}
